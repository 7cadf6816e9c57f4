/**
 * Vectors are computed here, independently of the SDK: HMAC-SHA256 with node:crypto (and with the
 * openssl CLI when it is installed) over `{id}.{timestamp}.{body}`, keyed with the secret's base64 bytes.
 */
import { execFileSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook, WebhookVerificationError } from '../../src/index.js';

const key = randomBytes(24);
const secret = `whsec_${key.toString('base64')}`;
const id = 'evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P';
const now = 1_788_570_750_000; // ms
const timestamp = String(now / 1000);
const body = JSON.stringify({
  id,
  type: 'participation.recorded',
  occurredAt: '2026-09-05T09:12:30+08:00',
  data: { memberId: 'mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6S', note: '太极拳 晨练' },
});

const hmac = (k: Buffer, b: string, t = timestamp) =>
  createHmac('sha256', k).update(`${id}.${t}.${b}`).digest('base64');
const headersFor = (signature: string, t = timestamp) => ({
  'webhook-id': id,
  'webhook-timestamp': t,
  'webhook-signature': signature,
});

function reasonOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error.reason;
    throw error;
  }
  return undefined;
}

describe('verifyWebhook', () => {
  it('accepts a signature computed independently, string or Buffer body, any header casing', () => {
    const signature = `v1,${hmac(key, body)}`;
    expect(verifyWebhook(body, headersFor(signature), secret, { now }).id).toBe(id);
    expect(verifyWebhook(Buffer.from(body), headersFor(signature), secret, { now }).type).toBe(
      'participation.recorded',
    );
    const upper = { 'Webhook-Id': id, 'WEBHOOK-TIMESTAMP': timestamp, 'Webhook-Signature': signature };
    expect(verifyWebhook(body, upper, secret, { now }).id).toBe(id);
    expect(verifyWebhook(body, new Headers(headersFor(signature)), secret, { now }).id).toBe(id);
  });

  it('matches a vector from `openssl dgst -sha256 -hmac` ', () => {
    // openssl is part of every Debian image this project runs on; its absence should fail loudly.
    const digest = execFileSync(
      'openssl',
      ['dgst', '-sha256', '-mac', 'HMAC', '-macopt', `hexkey:${key.toString('hex')}`, '-binary'],
      { input: `${id}.${timestamp}.${body}` },
    ).toString('base64');
    expect(verifyWebhook(body, headersFor(`v1,${digest}`), secret, { now }).id).toBe(id);
  });

  it('matches `openssl dgst -sha256 -hmac <text key>` for a secret whose bytes are text', () => {
    const textKey = 'sporthub-test-key';
    const textSecret = `whsec_${Buffer.from(textKey).toString('base64')}`;
    // openssl is part of every Debian image this project runs on; its absence should fail loudly.
    const digest = execFileSync('openssl', ['dgst', '-sha256', '-hmac', textKey, '-binary'], {
      input: `${id}.${timestamp}.${body}`,
    }).toString('base64');
    expect(verifyWebhook(body, headersFor(`v1,${digest}`), textSecret, { now }).id).toBe(id);
  });

  it('passes when any of several signatures or secrets matches (rotation)', () => {
    const oldKey = randomBytes(24);
    const oldSecret = `whsec_${oldKey.toString('base64')}`;
    const both = `v1,${hmac(oldKey, body)} v1,${hmac(key, body)}`;
    expect(verifyWebhook(body, headersFor(both), secret, { now }).id).toBe(id);
    expect(verifyWebhook(body, headersFor(`v1,${hmac(oldKey, body)}`), [secret, oldSecret], { now }).id).toBe(
      id,
    );
  });

  it.each([
    [
      'a tampered body',
      () => verifyWebhook(body.replace('晨练', '夜练'), headersFor(`v1,${hmac(key, body)}`), secret, { now }),
      'signature_mismatch',
    ],
    [
      'a re-serialized body',
      () =>
        verifyWebhook(
          JSON.stringify(JSON.parse(body), null, 2),
          headersFor(`v1,${hmac(key, body)}`),
          secret,
          { now },
        ),
      'signature_mismatch',
    ],
    [
      'a wrong secret',
      () =>
        verifyWebhook(
          body,
          headersFor(`v1,${hmac(key, body)}`),
          `whsec_${randomBytes(24).toString('base64')}`,
          { now },
        ),
      'signature_mismatch',
    ],
    [
      'a stale timestamp',
      () =>
        verifyWebhook(
          body,
          headersFor(`v1,${hmac(key, body, String(now / 1000 - 301))}`, String(now / 1000 - 301)),
          secret,
          { now },
        ),
      'timestamp_too_old',
    ],
    [
      'a future timestamp',
      () =>
        verifyWebhook(
          body,
          headersFor(`v1,${hmac(key, body, String(now / 1000 + 301))}`, String(now / 1000 + 301)),
          secret,
          { now },
        ),
      'timestamp_in_future',
    ],
    [
      'a missing signature header',
      () => verifyWebhook(body, { 'webhook-id': id, 'webhook-timestamp': timestamp }, secret, { now }),
      'missing_header',
    ],
    ['no v1 signature', () => verifyWebhook(body, headersFor('v2,abc'), secret, { now }), 'missing_header'],
    [
      'an invalid secret',
      () => verifyWebhook(body, headersFor(`v1,${hmac(key, body)}`), 'whsec_not base64!', { now }),
      'invalid_secret',
    ],
    [
      'no secret',
      () => verifyWebhook(body, headersFor(`v1,${hmac(key, body)}`), [], { now }),
      'invalid_secret',
    ],
    [
      'a signed body that is not JSON',
      () => verifyWebhook('not json', headersFor(`v1,${hmac(key, 'not json')}`), secret, { now }),
      'invalid_body',
    ],
  ] as const)('rejects %s', (_name, run, reason) => {
    expect(reasonOf(run)).toBe(reason);
  });

  it('says which check failed and hints at re-serialization', () => {
    const error = (() => {
      try {
        verifyWebhook(`${body} `, headersFor(`v1,${hmac(key, body)}`), secret, { now });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toMatch(/signature_mismatch.*raw body exactly as received.*re-serialized/);
  });

  it('honours toleranceSeconds', () => {
    const t = String(now / 1000 - 100);
    const headers = headersFor(`v1,${hmac(key, body, t)}`, t);
    expect(reasonOf(() => verifyWebhook(body, headers, secret, { now, toleranceSeconds: 60 }))).toBe(
      'timestamp_too_old',
    );
    expect(verifyWebhook(body, headers, secret, { now: new Date(now) }).id).toBe(id);
  });
});

describe('verifyWebhook replay refusal', () => {
  it('refuses an id already processed, inside the timestamp window, and only after the signature checks', () => {
    const processed = new Set<string>();
    const headers = headersFor(`v1,${hmac(key, body)}`);
    const event = verifyWebhook(body, headers, secret, { now, processed: (i) => processed.has(i) });
    processed.add(event.id);
    expect(
      reasonOf(() => verifyWebhook(body, headers, secret, { now, processed: (i) => processed.has(i) })),
    ).toBe('replayed');
    // A forged delivery reusing a processed id still fails on its signature, not as a replay.
    const forged = headersFor('v1,AAAA');
    expect(
      reasonOf(() => verifyWebhook(body, forged, secret, { now, processed: (i) => processed.has(i) })),
    ).toBe('signature_mismatch');
    // A retry of a delivery that was not processed passes.
    expect(verifyWebhook(body, headers, secret, { now, processed: () => false }).id).toBe(id);
  });
});

describe('signWebhook', () => {
  it('produces the headers an independent HMAC expects, and verifyWebhook accepts', () => {
    const headers = signWebhook({ id, timestamp: now / 1000, body, secret });
    expect(headers).toEqual(headersFor(`v1,${hmac(key, body)}`));
    expect(verifyWebhook(body, headers, secret, { now }).id).toBe(id);
    const fresh = signWebhook({ id, body: Buffer.from(body), secret });
    expect(verifyWebhook(body, fresh, secret).id).toBe(id);
  });
});
