import { Args, Flags } from '@oclif/core';
import type { WebhookDelivery } from '@sporthub/sdk';
import { SporthubCommand } from '../../../base-command.js';
import { DELIVERY_COLUMNS } from '../../../integrations/columns.js';
import { pageFlags, readPage } from '../../../integrations/paging.js';

export default class WebhooksDeliveries extends SporthubCommand<typeof WebhooksDeliveries> {
  static override summary = "List an endpoint's delivery attempts.";
  static override examples = [
    '<%= config.bin %> integrations webhooks deliveries whe_01JD… --status failed',
    '<%= config.bin %> integrations webhooks deliveries whe_01JD… --event evt_01JD… --json',
  ];
  static override args = { endpoint: Args.string({ description: 'Endpoint id.', required: true }) };
  static override flags = {
    status: Flags.option({
      options: ['pending', 'succeeded', 'failed', 'withheld'] as const,
      description: 'Only deliveries with this status.',
    })(),
    event: Flags.string({ description: 'Only deliveries of this event id (evt_…).' }),
    ...pageFlags('deliveries'),
  };

  async run(): Promise<{ data: WebhookDelivery[]; nextCursor: string | null }> {
    const hub = await this.client();
    const { status, event, limit, all, cursor } = this.flags;
    const pages = hub.webhooks.deliveries.list(this.args.endpoint, {
      limit,
      ...(status && { status }),
      ...(event && { eventId: event }),
    });
    const result = await readPage(pages, { all, cursor });
    await this.printList(result.data, DELIVERY_COLUMNS);
    return result;
  }
}
