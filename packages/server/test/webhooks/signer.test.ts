import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  generateSecret,
  secretPrefixOf,
  sign,
  signatureHeader,
  webhookHeaders,
} from '../../src/webhooks/signer.js';

// Computed independently of the signer: the Standard Webhooks recipe written out with node:crypto.
function expected(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return createHmac('sha256', key).update(`${id}.${timestamp}.${body}`, 'utf8').digest('base64');
}

describe('webhook signer', () => {
  it('generates whsec_ secrets of 32 random bytes', () => {
    const secret = generateSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+={0,2}$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(generateSecret()).not.toBe(secret);
    expect(secretPrefixOf(secret)).toBe(secret.slice(0, 10));
  });

  it('signs {id}.{timestamp}.{body} with the decoded secret bytes', () => {
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const body = JSON.stringify({ id: 'evt_1', type: 'outlet.created', data: { name: '浦东 世纪大道' } });
    expect(sign(secret, 'evt_1', 1788570750, body)).toBe(expected(secret, 'evt_1', 1788570750, body));
  });

  it('matches the Standard Webhooks reference vector', () => {
    // From the standard-webhooks specification's test suite.
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const body = '{"test": 2432232314}';
    expect(sign(secret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, body)).toBe(
      'g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    );
  });

  it('puts one v1 signature per secret in the header, space-separated', () => {
    const [a, b] = [generateSecret(), generateSecret()];
    const header = signatureHeader([a, b], 'evt_2', 42, '{}');
    expect(header).toBe(`v1,${expected(a, 'evt_2', 42, '{}')} v1,${expected(b, 'evt_2', 42, '{}')}`);
    const headers = webhookHeaders([a], 'evt_3', '{}', new Date(1_700_000_000_999));
    expect(headers).toEqual({
      'webhook-id': 'evt_3',
      'webhook-timestamp': '1700000000',
      'webhook-signature': `v1,${expected(a, 'evt_3', 1_700_000_000, '{}')}`,
    });
  });
});
