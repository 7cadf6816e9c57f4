import { createHmac, randomBytes } from 'node:crypto';

/** Standard Webhooks signing (SPEC §6.4): `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`. */

const PREFIX = 'whsec_';

/** A new signing secret: `whsec_` and the base64 of 32 random bytes. */
export function generateSecret(): string {
  return `${PREFIX}${randomBytes(32).toString('base64')}`;
}

/** What the API shows to recognise a secret: its first 10 characters. */
export function secretPrefixOf(secret: string): string {
  return secret.slice(0, 10);
}

/** The HMAC key: the bytes the base64 after `whsec_` encodes. */
function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, 'base64');
}

/** The base64 signature of one message with one secret. */
export function sign(secret: string, id: string, timestamp: number, body: string): string {
  return createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');
}

/**
 * The `webhook-signature` header: one `v1,…` per secret, space-separated (during a rotation the new
 * and the previous secret both sign, so receivers holding either accept the delivery).
 */
export function signatureHeader(
  secrets: readonly string[],
  id: string,
  timestamp: number,
  body: string,
): string {
  return secrets.map((secret) => `v1,${sign(secret, id, timestamp, body)}`).join(' ');
}

/** The three Standard Webhooks headers of one attempt. */
export function webhookHeaders(
  secrets: readonly string[],
  id: string,
  body: string,
  now: Date = new Date(),
): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signatureHeader(secrets, id, timestamp, body),
  };
}
