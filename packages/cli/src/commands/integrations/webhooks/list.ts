import { Flags } from '@oclif/core';
import type { WebhookEndpoint } from '@sporthub/sdk';
import { SporthubCommand } from '../../../base-command.js';
import { WEBHOOK_COLUMNS } from '../../../integrations/columns.js';
import { pageFlags, readPage } from '../../../integrations/paging.js';

export default class WebhooksList extends SporthubCommand<typeof WebhooksList> {
  static override summary = 'List webhook endpoints.';
  static override description =
    'Endpoints with their events, status and secret prefix (never the secret). With --json, result is {data, nextCursor}.';
  static override examples = [
    '<%= config.bin %> integrations webhooks list',
    '<%= config.bin %> integrations webhooks list --status disabled --json',
  ];
  static override flags = {
    partner: Flags.string({ description: 'Only endpoints of this partner (code or id).' }),
    status: Flags.option({
      options: ['enabled', 'disabled'] as const,
      description: 'Only endpoints with this status.',
    })(),
    ...pageFlags('endpoints'),
  };

  async run(): Promise<{ data: WebhookEndpoint[]; nextCursor: string | null }> {
    const hub = await this.client();
    const { status, limit, all, cursor } = this.flags;
    let partnerId: string | undefined;
    if (this.flags.partner) {
      const { resolvePartner } = await import('../../../integrations/partner-ref.js');
      partnerId = (await resolvePartner(hub, this.flags.partner)).id;
    }
    const pages = hub.webhooks.endpoints.list({
      limit,
      ...(status && { status }),
      ...(partnerId && { partnerId }),
    });
    const result = await readPage(pages, { all, cursor });
    await this.printList(result.data, WEBHOOK_COLUMNS);
    if (result.data.length === 0)
      this.note('No webhook endpoints. Add one with `sporthub integrations webhooks add`.');
    return result;
  }
}
