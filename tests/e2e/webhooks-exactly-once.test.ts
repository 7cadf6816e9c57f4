/**
 * Two real server processes on one PostgreSQL database share the webhook outbox (SPEC §8): every event
 * reaches the receiver exactly once, signed, whichever process committed it and whichever worker sent it.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../support/server.js';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

const EVENTS = 200;
let first: RunningServer | undefined;
let second: RunningServer | undefined;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  first = await startServer({ db: 'postgres', sandbox: true });
  second = await startServer({ dbUrl: first.dbUrl, sandbox: true });
});

afterAll(async () => {
  await second?.stop();
  await first?.stop();
  await new Promise<void>((resolve) => {
    receiver.closeAllConnections();
    receiver.close(() => resolve());
  });
});

function verifies(message: Received, secret: string): boolean {
  const id = String(message.headers['webhook-id']);
  const timestamp = String(message.headers['webhook-timestamp']);
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${message.body}`).digest('base64');
  return String(message.headers['webhook-signature']).split(' ').includes(`v1,${expected}`);
}

async function api(server: RunningServer, token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('webhooks across two server processes', () => {
  it('delivers each of 200 events exactly once with a valid signature', async () => {
    if (!first || !second) throw new Error('servers did not start');
    const servers = [first, second];
    const token = first.token; // the second server shares the first one's database, so its tokens too
    const endpoint = await api(first, token, 'POST', '/v1/webhook-endpoints', {
      url: receiverUrl,
      events: ['outlet.*'],
    });
    expect(endpoint.status).toBe(201);
    const secret = String(endpoint.body.secret);

    // Writes alternate between the processes, ten at a time.
    for (let batch = 0; batch < EVENTS / 10; batch++) {
      const writes = Array.from({ length: 10 }, (_, i) => {
        const n = batch * 10 + i;
        const server = servers[n % 2] as RunningServer;
        return api(server, token, 'POST', '/v1/outlets', { code: `WH-${n}`, name: `网点 ${n}` });
      });
      for (const result of await Promise.all(writes)) expect(result.status).toBe(201);
    }

    // Every event the feed has must arrive; read the feed to know their ids.
    const eventIds: string[] = [];
    let after = '';
    for (;;) {
      const page = await api(second, token, 'GET', `/v1/events?types=outlet.created&limit=500${after}`);
      const data = page.body.data as { id: string }[];
      if (data.length === 0) break;
      eventIds.push(...data.map((e) => e.id));
      after = `&after=${data.at(-1)?.id}`;
    }
    expect(eventIds).toHaveLength(EVENTS);

    const deadline = Date.now() + 30_000;
    while (new Set(received.map((r) => r.headers['webhook-id'])).size < EVENTS && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    // Give a duplicate, if either worker were to send one, time to show up.
    await new Promise((r) => setTimeout(r, 2_000));

    const ids = received.map((r) => String(r.headers['webhook-id']));
    expect(ids.length).toBe(EVENTS);
    expect(new Set(ids)).toEqual(new Set(eventIds));
    for (const message of received) {
      expect(verifies(message, secret)).toBe(true);
      expect(JSON.parse(message.body).id).toBe(message.headers['webhook-id']);
    }
  });
});
