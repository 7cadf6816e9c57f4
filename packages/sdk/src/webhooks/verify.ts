/**
 * `verifyWebhook` and `signWebhook`: Standard Webhooks (SPEC §6.4) for receivers of sporthub events.
 */
import type { components } from '../generated/sporthub.js';
import { computeSignature, matchesAny, parseSignatures, secretKey } from './signature.js';
import { WebhookVerificationError } from './verification-error.js';

type Event = components['schemas']['Event'];

/**
 * Request headers as any Node framework hands them over: a `Headers` object, or a plain record
 * (`IncomingHttpHeaders`, values possibly arrays), names in any case.
 *
 * @example
 * ```ts
 * import type { WebhookHeaders } from '@sporthub/sdk';
 * const headers: WebhookHeaders = { 'webhook-id': 'evt_…', 'webhook-timestamp': '1788570750', 'webhook-signature': 'v1,…' };
 * ```
 */
export type WebhookHeaders =
  | { get(name: string): string | null }
  | Record<string, string | string[] | undefined>;

/**
 * Options of `verifyWebhook`.
 *
 * @example
 * ```ts
 * const options: VerifyWebhookOptions = { toleranceSeconds: 300 };
 * ```
 */
export interface VerifyWebhookOptions {
  /** How far `webhook-timestamp` may be from now, either way. Default 300 s (SPEC §6.4). */
  toleranceSeconds?: number | undefined;
  /**
   * Whether a delivery with this `webhook-id` was already processed (a `Set#has`, or a lookup in the
   * receiver's store): a valid signature on an id already processed is a replay inside the timestamp
   * window, refused with reason `replayed`. Record an id only once its event is processed: the server
   * retries a delivery that failed under the same id (SPEC §6.4), and that retry must pass.
   */
  processed?: ((webhookId: string) => boolean) | undefined;
  /** The current time (a `Date` or epoch milliseconds), for tests. Default `Date.now()`. */
  now?: Date | number | undefined;
}

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  }
  for (const [key, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (key.toLowerCase() !== name) continue;
    return Array.isArray(value) ? value.join(' ') : value;
  }
  return undefined;
}

function requireHeader(headers: WebhookHeaders, name: string): string {
  const value = header(headers, name)?.trim();
  if (!value) {
    throw new WebhookVerificationError('missing_header', `the ${name} header is missing or empty`);
  }
  return value;
}

function checkTimestamp(timestamp: string, options: VerifyWebhookOptions): void {
  if (!/^\d+$/.test(timestamp)) {
    throw new WebhookVerificationError(
      'missing_header',
      `webhook-timestamp "${timestamp}" is not unix seconds`,
    );
  }
  const tolerance = options.toleranceSeconds ?? 300;
  const now = Math.floor(Number(options.now ?? Date.now()) / 1000);
  const skew = now - Number(timestamp);
  if (skew > tolerance) {
    throw new WebhookVerificationError(
      'timestamp_too_old',
      `webhook-timestamp is ${skew} s old (tolerance ${tolerance} s): a replay, or a clock off`,
    );
  }
  if (-skew > tolerance) {
    throw new WebhookVerificationError(
      'timestamp_in_future',
      `webhook-timestamp is ${-skew} s in the future (tolerance ${tolerance} s): check this machine's clock`,
    );
  }
}

function parseEvent(body: Buffer): Event {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw new WebhookVerificationError('invalid_body', 'the signed body is not JSON');
  }
  const event = value as Partial<Event> | null;
  if (!event || typeof event !== 'object' || typeof event.id !== 'string' || typeof event.type !== 'string') {
    throw new WebhookVerificationError(
      'invalid_body',
      'the signed body is not an event ({id, type, occurredAt, data})',
    );
  }
  return event as Event;
}

/**
 * Verifies a webhook delivery (Standard Webhooks, SPEC §6.4) and returns its event. Pass the body
 * exactly as received (the raw bytes or string: a body parsed and serialized again no longer matches
 * its signature), the request headers, and the endpoint's secret, or several during a rotation (any
 * match passes; the header may also carry several `v1,` signatures). Timestamps more than
 * `toleranceSeconds` (300) away from now are refused, which stops old replays; pass `processed` to refuse
 * a replay inside that window too. Comparison is constant-time.
 * Throws `WebhookVerificationError` whose `reason` names the failed check.
 *
 * @example
 * ```ts
 * import { verifyWebhook } from '@sporthub/sdk';
 * // express: app.post('/hooks/sporthub', express.raw({ type: 'application/json' }), handler)
 * function handler(req, res) {
 *   const event = verifyWebhook(req.body, req.headers, process.env.SPORTHUB_WEBHOOK_SECRET!);
 *   if (event.type === 'participation.recorded') console.log(event.data);
 *   res.sendStatus(204);
 * }
 * ```
 */
export function verifyWebhook(
  body: string | Uint8Array,
  headers: WebhookHeaders,
  secret: string | readonly string[],
  options: VerifyWebhookOptions = {},
): Event {
  const id = requireHeader(headers, 'webhook-id');
  const timestamp = requireHeader(headers, 'webhook-timestamp');
  const signatureHeader = requireHeader(headers, 'webhook-signature');
  const secrets = typeof secret === 'string' ? [secret] : [...secret];
  if (secrets.length === 0) throw new WebhookVerificationError('invalid_secret', 'no secret given');
  const keys = secrets.map(secretKey);
  checkTimestamp(timestamp, options);
  const signatures = parseSignatures(signatureHeader);
  if (signatures.length === 0) {
    throw new WebhookVerificationError('missing_header', 'webhook-signature holds no `v1,` signature');
  }
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
  let matched = false;
  for (const key of keys) {
    if (matchesAny(computeSignature(key, id, timestamp, bytes), signatures)) matched = true;
  }
  if (!matched) {
    throw new WebhookVerificationError(
      'signature_mismatch',
      'no signature matches the body with the given secret(s); pass the raw body exactly as received ' +
        '(re-serialized JSON breaks the signature) and the current endpoint secret',
    );
  }
  if (options.processed?.(id)) {
    throw new WebhookVerificationError(
      'replayed',
      `webhook-id ${id} was already processed: a replayed delivery (answer 2xx or 409, do not process it again)`,
    );
  }
  return parseEvent(bytes);
}

/**
 * What `signWebhook` needs: the event id, the unix time in seconds (default now), the exact body, and
 * the secret.
 *
 * @example
 * ```ts
 * const input: SignWebhookInput = { id: 'evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', body: JSON.stringify(event), secret: 'whsec_…' };
 * ```
 */
export interface SignWebhookInput {
  id: string;
  /** Unix seconds, or a Date. Default: now. */
  timestamp?: number | Date | undefined;
  body: string | Uint8Array;
  secret: string;
}

/**
 * The three Standard Webhooks headers for a body: `webhook-signature` is `v1,<base64 HMAC-SHA256>`. For
 * tests of your receiver, and for services that relay sporthub events.
 *
 * @example
 * ```ts
 * import { signWebhook, verifyWebhook } from '@sporthub/sdk';
 * const body = JSON.stringify({ id: 'evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', type: 'webhook.test', occurredAt: new Date().toISOString(), data: {} });
 * const headers = signWebhook({ id: 'evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', body, secret });
 * const event = verifyWebhook(body, headers, secret);
 * ```
 */
export function signWebhook(input: SignWebhookInput): {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
} {
  const at = input.timestamp ?? new Date();
  const seconds = at instanceof Date ? Math.floor(at.getTime() / 1000) : Math.floor(at);
  const timestamp = String(seconds);
  const bytes = typeof input.body === 'string' ? Buffer.from(input.body, 'utf8') : Buffer.from(input.body);
  const signature = computeSignature(secretKey(input.secret), input.id, timestamp, bytes).toString('base64');
  return { 'webhook-id': input.id, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${signature}` };
}
