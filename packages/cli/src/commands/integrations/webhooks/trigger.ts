import { Args, Flags } from '@oclif/core';
import { SporthubCommand } from '../../../base-command.js';
import { CliError, usageError } from '../../../errors/cli-error.js';
import { ExitCode } from '../../../errors/exit-codes.js';

export default class WebhooksTrigger extends SporthubCommand<typeof WebhooksTrigger> {
  static override summary =
    'Send a sample event: through the server to an endpoint, or signed locally to a URL.';
  static override description =
    `With --forward-to URL: builds a sample EVENT_TYPE event (made-up ids), signs it as a Standard
Webhooks delivery with --secret (or a new whsec_ secret, printed) and POSTs it, with retries — no server
needed. With --endpoint ID: asks the server to send a test delivery to that endpoint (the server's test
event type is webhook.test whatever EVENT_TYPE says).`;
  static override examples = [
    '<%= config.bin %> integrations webhooks trigger participation.recorded --forward-to http://localhost:3000/hooks',
    '<%= config.bin %> integrations webhooks trigger webhook.test --endpoint whe_01JD…',
  ];
  static override args = {
    type: Args.string({ description: 'Event type, e.g. participation.recorded.', required: true }),
  };
  static override flags = {
    'forward-to': Flags.string({
      description: 'Local URL to POST the signed sample to.',
      exclusive: ['endpoint'],
    }),
    endpoint: Flags.string({
      description: 'Endpoint id: the server sends its test delivery there.',
      exclusive: ['forward-to'],
    }),
    secret: Flags.string({
      description: 'whsec_ secret to sign with (with --forward-to). Default: a new one, printed.',
    }),
  };

  async run(): Promise<unknown> {
    const { flags } = this;
    if (!/^[a-z_]+\.[a-z_]+$/.test(this.args.type))
      throw usageError(`"${this.args.type}" is not an event type (resource.change).`);
    if (flags.endpoint) {
      const hub = await this.client();
      const delivery = await hub.webhooks.test(flags.endpoint);
      if (this.args.type !== 'webhook.test')
        this.note('The server sends webhook.test; use --forward-to for other sample types.');
      this.note(`Queued delivery ${delivery.id} to ${flags.endpoint}.`);
      return delivery;
    }
    if (!flags['forward-to'])
      throw usageError('Give --forward-to URL (local signed sample) or --endpoint ID (server test).');
    const { newWebhookSecret, forwardEvent } = await import('../../../integrations/webhooks-listen.js');
    const { sampleEvent } = await import('../../../integrations/webhook-samples.js');
    const secret = flags.secret ?? newWebhookSecret();
    if (!flags.secret) process.stderr.write(`Webhook signing secret: ${secret}\n`);
    const event = sampleEvent(this.args.type);
    const result = await forwardEvent(event, { url: flags['forward-to'], secret });
    if (!result.ok) {
      throw new CliError(`${flags['forward-to']} did not accept the sample: ${result.error}`, {
        code: 'delivery_failed',
        exitCode: result.status === null || result.status >= 500 ? ExitCode.transient : ExitCode.failure,
      });
    }
    this.note(`Delivered ${event.type} ${event.id} → ${result.status} (${result.durationMs} ms).`);
    return { event, ...result };
  }
}
