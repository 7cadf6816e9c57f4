import { Args } from '@oclif/core';
import type { WebhookDelivery } from '@sporthub/sdk';
import { SporthubCommand } from '../../../base-command.js';
import { DELIVERY_COLUMNS } from '../../../integrations/columns.js';

export default class WebhooksTest extends SporthubCommand<typeof WebhooksTest> {
  static override summary = 'Send a webhook.test event to an endpoint now.';
  static override description =
    'The server queues a signed webhook.test delivery; follow it with `deliveries ENDPOINT`.';
  static override examples = [
    '<%= config.bin %> integrations webhooks test whe_01JD…',
    '<%= config.bin %> integrations webhooks test whe_01JD… --json',
  ];
  static override args = { endpoint: Args.string({ description: 'Endpoint id.', required: true }) };

  async run(): Promise<WebhookDelivery> {
    const hub = await this.client();
    const delivery = await hub.webhooks.test(this.args.endpoint);
    await this.printRecord(delivery, DELIVERY_COLUMNS);
    return delivery;
  }
}
