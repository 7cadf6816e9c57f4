import { Args, Flags } from '@oclif/core';
import type { WebhookEndpoint, WebhookEndpointUpdate } from '@sporthub/sdk';
import { SporthubCommand } from '../../../base-command.js';
import { usageError } from '../../../errors/cli-error.js';
import { WEBHOOK_COLUMNS } from '../../../integrations/columns.js';

export default class WebhooksUpdate extends SporthubCommand<typeof WebhooksUpdate> {
  static override summary = 'Change a webhook endpoint: URL, events, description, enabled or disabled.';
  static override examples = [
    '<%= config.bin %> integrations webhooks update whe_01JD… --events "participation.*,consent.*"',
    '<%= config.bin %> integrations webhooks update whe_01JD… --enable',
  ];
  static override args = { endpoint: Args.string({ description: 'Endpoint id.', required: true }) };
  static override flags = {
    url: Flags.string({ description: 'New URL.' }),
    events: Flags.string({
      description: 'New event list (replaces it): comma-separated or repeated.',
      multiple: true,
    }),
    description: Flags.string({ description: 'New description.' }),
    enable: Flags.boolean({
      description: 'Enable the endpoint (deliveries resume).',
      exclusive: ['disable'],
    }),
    disable: Flags.boolean({ description: 'Disable the endpoint (no deliveries).', exclusive: ['enable'] }),
  };

  async run(): Promise<WebhookEndpoint> {
    const { url, events, description, enable, disable } = this.flags;
    const body: WebhookEndpointUpdate = {
      ...(url && { url }),
      ...(events && {
        events: events
          .flatMap((e) => e.split(','))
          .map((e) => e.trim())
          .filter(Boolean),
      }),
      ...(description !== undefined && { description }),
      ...(enable && { status: 'enabled' as const }),
      ...(disable && { status: 'disabled' as const }),
    };
    if (Object.keys(body).length === 0)
      throw usageError('Nothing to change: give --url, --events, --description, --enable or --disable.');
    const hub = await this.client();
    const endpoint = await hub.webhooks.endpoints.update(this.args.endpoint, body);
    await this.printRecord(endpoint, WEBHOOK_COLUMNS);
    return endpoint;
  }
}
