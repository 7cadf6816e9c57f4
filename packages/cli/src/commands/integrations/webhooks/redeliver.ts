import { Args } from '@oclif/core';
import type { WebhookDelivery } from '@sporthub/sdk';
import { SporthubCommand } from '../../../base-command.js';
import { DELIVERY_COLUMNS } from '../../../integrations/columns.js';

export default class WebhooksRedeliver extends SporthubCommand<typeof WebhooksRedeliver> {
  static override summary = 'Deliver an event again (same webhook-id), e.g. after fixing a receiver.';
  static override examples = [
    '<%= config.bin %> integrations webhooks redeliver whd_01JD…',
    '<%= config.bin %> integrations webhooks redeliver whd_01JD… --json',
  ];
  static override args = {
    delivery: Args.string({ description: 'Delivery id (from `deliveries`).', required: true }),
  };

  async run(): Promise<WebhookDelivery> {
    const hub = await this.client();
    const delivery = await hub.webhooks.redeliver(this.args.delivery);
    await this.printRecord(delivery, DELIVERY_COLUMNS);
    return delivery;
  }
}
