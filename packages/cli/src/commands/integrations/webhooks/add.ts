import { Flags } from '@oclif/core';
import type { WebhookEndpointWithSecret } from '@sporthub/sdk';
import { SporthubCommand } from '../../../base-command.js';
import { WEBHOOK_COLUMNS } from '../../../integrations/columns.js';

export default class WebhooksAdd extends SporthubCommand<typeof WebhooksAdd> {
  static override summary = 'Add a webhook endpoint; its signing secret is shown once.';
  static override description =
    `Registers a URL that receives signed events (Standard Webhooks: webhook-id, webhook-timestamp,
webhook-signature v1 HMAC-SHA256). --events takes event types (participation.recorded), a resource's
types (booking.*) or * (comma-separated or repeated). The whsec_ secret is printed once: store it now;
\`rotate-secret\` issues a new one. Endpoints of a --partner get only what its agreements allow.`;
  static override examples = [
    '<%= config.bin %> integrations webhooks add --url https://clinic.example.cn/hooks --events participation.recorded,consent.*',
    '<%= config.bin %> integrations webhooks add --url https://school.example.cn/hooks --events "*" --partner PD-SCH-0007 --json',
  ];
  static override flags = {
    url: Flags.string({ description: 'HTTPS URL that receives the deliveries.', required: true }),
    events: Flags.string({
      description: 'Event types to deliver: type, resource.* or * (comma-separated, repeatable).',
      multiple: true,
      required: true,
    }),
    partner: Flags.string({ description: 'Partner code or id the endpoint belongs to.' }),
    description: Flags.string({ description: 'Free text, e.g. who runs the receiver.' }),
    disabled: Flags.boolean({ description: 'Create it disabled (enable with `update --enable`).' }),
  };

  async run(): Promise<WebhookEndpointWithSecret> {
    const hub = await this.client();
    const { url, description, disabled } = this.flags;
    const events = this.flags.events
      .flatMap((e) => e.split(','))
      .map((e) => e.trim())
      .filter(Boolean);
    let partnerId: string | undefined;
    if (this.flags.partner) {
      const { resolvePartner } = await import('../../../integrations/partner-ref.js');
      partnerId = (await resolvePartner(hub, this.flags.partner)).id;
    }
    const endpoint = await hub.webhooks.endpoints.create({
      url,
      events,
      ...(partnerId && { partnerId }),
      ...(description && { description }),
      ...(disabled && { status: 'disabled' as const }),
    });
    await this.printRecord(endpoint, [
      ...WEBHOOK_COLUMNS,
      { header: 'Signing secret', value: (e) => e.secret },
    ]);
    this.note(
      'The signing secret is shown only now: store it (e.g. as SPORTHUB_WEBHOOK_SECRET) to verify deliveries.',
    );
    return endpoint;
  }
}
