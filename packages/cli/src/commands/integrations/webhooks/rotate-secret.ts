import { Args } from '@oclif/core';
import type { WebhookSecretRotation } from '@sporthub/sdk';
import { SporthubCommand } from '../../../base-command.js';

export default class WebhooksRotateSecret extends SporthubCommand<typeof WebhooksRotateSecret> {
  static override summary = 'Issue a new signing secret; the old one keeps signing for 24 hours.';
  static override description =
    'During the overlap deliveries carry two v1 signatures, so receivers can switch secrets without missing one. The new secret is shown once.';
  static override examples = [
    '<%= config.bin %> integrations webhooks rotate-secret whe_01JD…',
    '<%= config.bin %> integrations webhooks rotate-secret whe_01JD… --json',
  ];
  static override args = { endpoint: Args.string({ description: 'Endpoint id.', required: true }) };

  async run(): Promise<WebhookSecretRotation> {
    const hub = await this.client();
    const rotation = await hub.webhooks.rotateSecret(this.args.endpoint);
    await this.printRecord(rotation, [
      { header: 'Endpoint', value: (r) => r.endpointId },
      { header: 'New secret', value: (r) => r.secret },
      { header: 'Old secret valid until', value: (r) => r.previousSecretExpiresAt },
    ]);
    this.note('The new secret is shown only now: update your receiver before the old one expires.');
    return rotation;
  }
}
