/**
 * Standard Webhooks signatures (SPEC §6.4): `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, keyed
 * with the bytes of the secret's base64 part (`whsec_<base64>`).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { WebhookVerificationError } from './verification-error.js';

const SECRET_PREFIX = 'whsec_';

/** The HMAC key of a `whsec_…` secret (a secret without the prefix is taken as base64 too). */
export function secretKey(secret: string): Buffer {
  if (typeof secret !== 'string' || secret === '') {
    throw new WebhookVerificationError('invalid_secret', 'the secret is empty');
  }
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) {
    throw new WebhookVerificationError('invalid_secret', 'the secret is not `whsec_` followed by base64');
  }
  return Buffer.from(encoded, 'base64');
}

/** The raw HMAC-SHA256 of `{id}.{timestamp}.{body}`. */
export function computeSignature(key: Buffer, id: string, timestamp: string, body: Buffer): Buffer {
  return createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest();
}

/** The signatures of a `webhook-signature` header: every `v1,<base64>` value (others ignored). */
export function parseSignatures(header: string): Buffer[] {
  const signatures: Buffer[] = [];
  for (const part of header.split(' ')) {
    if (!part.startsWith('v1,')) continue;
    signatures.push(Buffer.from(part.slice(3), 'base64'));
  }
  return signatures;
}

/** Constant-time match of one expected signature against any candidate. */
export function matchesAny(expected: Buffer, candidates: Buffer[]): boolean {
  let matched = false;
  for (const candidate of candidates) {
    // timingSafeEqual needs equal lengths; a length mismatch leaks only the (public) length.
    if (candidate.length === expected.length && timingSafeEqual(candidate, expected)) matched = true;
  }
  return matched;
}
