import { Args } from '@oclif/core';
import { SporthubCommand } from '../../../base-command.js';

export default class WebhooksRemove extends SporthubCommand<typeof WebhooksRemove> {
  static override summary = 'Remove a webhook endpoint (no more deliveries; its delivery log goes too).';
  static override examples = [
    '<%= config.bin %> integrations webhooks remove whe_01JD…',
    '<%= config.bin %> integrations webhooks remove whe_01JD… --json',
  ];
  static override args = { endpoint: Args.string({ description: 'Endpoint id.', required: true }) };

  async run(): Promise<{ id: string; removed: true }> {
    const hub = await this.client();
    await hub.webhooks.endpoints.delete(this.args.endpoint);
    this.note(`Removed ${this.args.endpoint}.`);
    return { id: this.args.endpoint, removed: true };
  }
}
