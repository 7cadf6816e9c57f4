import { Flags } from '@oclif/core';
import type { Event, EventType, SportHub } from '@sporthub/sdk';
import { SporthubCommand } from '../../../base-command.js';
import { usageError } from '../../../errors/cli-error.js';

export default class WebhooksListen extends SporthubCommand<typeof WebhooksListen> {
  static override summary =
    'Forward live events to a local URL as signed webhook deliveries, for development.';
  static override description =
    `Polls the change feed and POSTs each event to --forward-to as a Standard Webhooks delivery
(webhook-id = event id, webhook-timestamp, webhook-signature v1 HMAC-SHA256), retrying failures with
backoff, so a receiver on localhost gets what a deployed endpoint would. The whsec_ signing secret is
generated and printed once at start (or pass --secret to keep one across runs). Starts with the next new
event; --after EVENT_ID replays from a cursor, --state FILE resumes where the last run stopped. One line
per delivery on stdout (NDJSON with -o ndjson). Ctrl-C to stop.`;
  static override examples = [
    '<%= config.bin %> integrations webhooks listen --forward-to http://localhost:3000/hooks/sporthub',
    '<%= config.bin %> integrations webhooks listen --forward-to http://localhost:3000/hooks --types participation.recorded,consent.revoked -o ndjson',
  ];
  static override flags = {
    'forward-to': Flags.string({ description: 'Local URL that receives the deliveries.', required: true }),
    types: Flags.string({ description: 'Only these event types, comma-separated. Default: every type.' }),
    secret: Flags.string({
      description: 'Sign with this whsec_ secret instead of a new one (also $SPORTHUB_LISTEN_SECRET).',
    }),
    after: Flags.string({ description: 'Start after this event id instead of at the next new event.' }),
    state: Flags.string({ description: 'Keep the cursor in this file, to resume after a restart.' }),
    max: Flags.integer({ min: 1, description: 'Stop after forwarding this many events.' }),
    interval: Flags.integer({
      min: 100,
      default: 1000,
      description: 'Wait between polls of an idle feed, in ms.',
    }),
    attempts: Flags.integer({
      min: 1,
      max: 20,
      default: 5,
      description: 'Delivery attempts per event (first included).',
    }),
  };

  async run(): Promise<{ forwarded: number; failed: number; secret: string; cursor: string | null }> {
    const { flags } = this;
    if (flags.json && !flags.max)
      throw usageError('--json prints one document at the end; add --max N (or drop --json).');
    const { newWebhookSecret, forwardEvent } = await import('../../../integrations/webhooks-listen.js');
    const secret = flags.secret ?? process.env.SPORTHUB_LISTEN_SECRET ?? newWebhookSecret();
    const { secretKeyCheck } = { secretKeyCheck: /^whsec_[A-Za-z0-9+/]+={0,2}$/ };
    if (!secretKeyCheck.test(secret)) throw usageError('--secret must be whsec_ followed by base64.');
    const hub = await this.client();
    const types = flags.types
      ? (flags.types
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean) as EventType[])
      : undefined;
    const { SyncState } = await import('../../../integrations/sync-state.js');
    const state = flags.state ? await SyncState.open({ file: flags.state, profile: '' }) : undefined;
    let cursor: string | null =
      flags.after ?? state?.get<{ after: string }>('listen')?.after ?? (await feedHead(hub, types));
    // The secret is what the receiver needs to verify: printed even with --quiet, on stderr (data is on stdout).
    process.stderr.write(`Ready. Forwarding to ${flags['forward-to']}; webhook signing secret: ${secret}\n`);
    let forwarded = 0;
    let failed = 0;
    const controller = new AbortController();
    process.once('SIGTERM', () => controller.abort());
    for await (const event of hub.events.tail({
      ...(cursor && { after: cursor }),
      types,
      intervalMs: flags.interval,
      signal: controller.signal,
    })) {
      const result = await forwardEvent(event, {
        url: flags['forward-to'],
        secret,
        attempts: flags.attempts,
        onRetry: (attempt, reason) =>
          this.note(`  ${event.id}: ${reason}; attempt ${attempt}/${flags.attempts}`),
      });
      if (result.ok) forwarded += 1;
      else failed += 1;
      this.printDelivery(event, result);
      cursor = event.id;
      if (state) {
        state.set('listen', { after: cursor });
        await state.save();
      }
      if (flags.max && forwarded + failed >= flags.max) break;
    }
    return { forwarded, failed, secret, cursor };
  }

  private printDelivery(
    event: Event,
    result: { ok: boolean; status: number | null; attempts: number; durationMs: number; error?: string },
  ): void {
    if (this.jsonMode) return;
    if (this.outputFormat === 'ndjson' || this.outputFormat === 'json') {
      process.stdout.write(`${JSON.stringify({ eventId: event.id, type: event.type, ...result })}\n`);
      return;
    }
    const outcome = result.ok ? `${result.status}` : `failed (${result.error})`;
    process.stdout.write(
      `${new Date().toISOString()}  ${event.type}  ${event.id}  → ${outcome}  ${result.durationMs} ms\n`,
    );
  }
}

/** The id of the newest event (of `types`): listening starts after it. */
async function feedHead(hub: SportHub, types: EventType[] | undefined): Promise<string | null> {
  let head: string | null = null;
  for await (const event of hub.events.list({ limit: 500, ...(types && { types }) })) head = event.id;
  return head;
}
