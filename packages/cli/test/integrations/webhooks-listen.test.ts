import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '@sporthub/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleEvent } from '../../src/integrations/webhook-samples.js';
import { forwardEvent, newWebhookSecret } from '../../src/integrations/webhooks-listen.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A receiver answering from `answers` in turn (last one repeated), recording what it got. */
async function receiver(answers: number[]) {
  const got: Array<{ headers: IncomingMessage['headers']; body: string }> = [];
  const http = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      got.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = answers[Math.min(got.length - 1, answers.length - 1)] ?? 200;
      res.end();
    });
  });
  server = http;
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/hooks`, got };
}

describe('forwardEvent', () => {
  it('delivers a Standard Webhooks request that verifyWebhook accepts', async () => {
    const { url, got } = await receiver([200]);
    const secret = newWebhookSecret();
    const event = sampleEvent('participation.recorded');
    const result = await forwardEvent(event, { url, secret });
    expect(result).toMatchObject({ ok: true, status: 200, attempts: 1 });
    const [delivery] = got;
    expect(delivery?.headers['webhook-id']).toBe(event.id);
    expect(verifyWebhook(delivery?.body ?? '', delivery?.headers ?? {}, secret)).toEqual(event);
  });

  it('retries 5xx with the same webhook-id; a 4xx is final', async () => {
    const { url, got } = await receiver([503, 500, 200]);
    const event = sampleEvent('consent.revoked');
    const result = await forwardEvent(event, { url, secret: newWebhookSecret(), backoffMs: 5 });
    expect(result).toMatchObject({ ok: true, attempts: 3 });
    expect(new Set(got.map((g) => g.headers['webhook-id']))).toEqual(new Set([event.id]));
  });

  it('stops at a 400 (the receiver rejected it)', async () => {
    const { url, got } = await receiver([400]);
    const result = await forwardEvent(sampleEvent('booking.created'), {
      url,
      secret: newWebhookSecret(),
      backoffMs: 5,
    });
    expect(result).toMatchObject({ ok: false, status: 400, attempts: 1 });
    expect(got).toHaveLength(1);
  });
});
