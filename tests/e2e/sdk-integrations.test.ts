/**
 * The SDK against the real server: partners and agreements, webhooks (endpoints, test delivery verified
 * with verifyWebhook, secret rotation, deliveries, redeliver), the change feed (list, tail), the audit
 * log, tokens, health and readiness.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  type Event,
  SportHub,
  verifyWebhook,
  WebhookVerificationError,
} from '../../packages/sdk/src/index.js';
import { type RunningServer, startServer } from '../support/server.js';

let server: RunningServer;
let hub: SportHub;
const run = randomBytes(3).toString('hex').toUpperCase();

beforeAll(async () => {
  server = await startServer({ args: ['--sandbox'], env: { SPORTHUB_RATE_LIMIT: '0' } });
  hub = new SportHub({ baseUrl: server.baseUrl, token: server.token });
});

afterAll(async () => {
  await hub?.close();
  await server?.stop();
});

describe('system and tokens', () => {
  it('health and readiness', async () => {
    expect((await hub.health()).status).toBe('ok');
    expect((await hub.readiness()).status).toBe('ok');
  });

  it('tokens: create, list, revoke', async () => {
    const created = await hub.tokens.create({ name: `t-${run}`, scopes: ['outlets:read'] });
    const scoped = new SportHub({ baseUrl: server.baseUrl, token: created.token });
    try {
      expect((await scoped.me()).token.scopes).toEqual(['outlets:read']);
      expect((await hub.tokens.list().toArray({ max: 100 })).map((t) => t.id)).toContain(created.id);
      expect((await hub.tokens.revoke(created.id)).revokedAt).not.toBeNull();
      await expect(scoped.me()).rejects.toBeInstanceOf(AuthenticationError);
    } finally {
      await scoped.close();
    }
  });
});

describe('partners', () => {
  it('partners and agreements: create, get, update, list, revoke, delete', async () => {
    const partner = await hub.partners.create({
      code: `CL-${run}`,
      kind: 'clinic',
      name: '浦东社区卫生服务中心',
    });
    expect(await hub.partners.get(partner.id)).toMatchObject({ kind: 'clinic' });
    expect((await hub.partners.update(partner.id, { name: '浦东新区社区卫生服务中心' })).name).toBe(
      '浦东新区社区卫生服务中心',
    );
    expect((await hub.partners.list({ code: `CL-${run}` }).toArray({ max: 5 })).length).toBe(1);
    const agreement = await hub.partners.agreements.create(partner.id, {
      scopes: ['participation:aggregate'],
      validFrom: '2026-09-01',
    });
    expect(
      (await hub.partners.agreements.list(partner.id, { active: true }).toArray({ max: 5 })).length,
    ).toBe(1);
    await hub.partners.agreements.revoke(partner.id, agreement.id);
    expect(await hub.partners.agreements.list(partner.id, { active: true }).toArray({ max: 5 })).toEqual([]);
    await hub.partners.delete(partner.id, { force: true });
  });
});

describe('webhooks', () => {
  let receiver: Server;
  const deliveries: Array<{ body: Buffer; headers: Record<string, string | string[] | undefined> }> = [];
  let url: string;

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        deliveries.push({ body: Buffer.concat(chunks), headers: req.headers });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  });

  afterAll(async () => {
    receiver.closeAllConnections();
    await new Promise((resolve) => receiver.close(resolve));
  });

  async function waitForDeliveries(count: number): Promise<void> {
    for (let waited = 0; deliveries.length < count; waited += 100) {
      if (waited > 15_000) throw new Error(`only ${deliveries.length} of ${count} deliveries arrived`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('delivers a signed test event that verifyWebhook accepts; rotation keeps both secrets valid', async () => {
    const endpoint = await hub.webhooks.endpoints.create({ url, events: ['outlet.created'] });
    expect(endpoint.secret).toMatch(/^whsec_/);
    expect(await hub.webhooks.endpoints.get(endpoint.id)).toMatchObject({ url });
    expect((await hub.webhooks.endpoints.list().toArray({ max: 10 })).map((e) => e.id)).toContain(
      endpoint.id,
    );

    await hub.webhooks.test(endpoint.id);
    await waitForDeliveries(1);
    const first = deliveries[0] as (typeof deliveries)[number];
    const event = verifyWebhook(first.body, first.headers, endpoint.secret);
    expect(event.type).toBe('webhook.test');
    expect(() =>
      verifyWebhook(first.body, first.headers, `whsec_${randomBytes(24).toString('base64')}`),
    ).toThrow(WebhookVerificationError);

    const rotation = await hub.webhooks.rotateSecret(endpoint.id);
    await hub.outlets.create({ code: `WH-${run}`, name: '回调网点' });
    await waitForDeliveries(2);
    const second = deliveries[1] as (typeof deliveries)[number];
    expect(verifyWebhook(second.body, second.headers, rotation.secret).type).toBe('outlet.created');
    expect(verifyWebhook(second.body, second.headers, endpoint.secret).type).toBe('outlet.created');

    const log = await hub.webhooks.deliveries.list(endpoint.id).toArray({ max: 10 });
    expect(log.length).toBeGreaterThanOrEqual(2);
    await hub.webhooks.redeliver(log[0]?.id as string);
    await waitForDeliveries(3);
    expect((await hub.webhooks.endpoints.update(endpoint.id, { description: 'e2e' })).description).toBe(
      'e2e',
    );
    await hub.webhooks.endpoints.delete(endpoint.id);
  });
});

describe('events and audit', () => {
  it('lists the feed over `after` cursors and tails new events', async () => {
    const before = await hub.events.list({ limit: 500 }).toArray({ max: 100_000 });
    const checkpoint = before.at(-1)?.id;
    const controller = new AbortController();
    const seen: Event[] = [];
    const tail = (async () => {
      for await (const e of hub.events.tail({
        after: checkpoint,
        types: ['outlet.created'],
        intervalMs: 100,
        signal: controller.signal,
      })) {
        seen.push(e);
        if (seen.length === 2) controller.abort();
      }
    })();
    await hub.outlets.create({ code: `EV1-${run}`, name: '事件一' });
    await hub.outlets.create({ code: `EV2-${run}`, name: '事件二' });
    await tail;
    expect(seen.map((e) => (e.data as { code?: string }).code)).toEqual([`EV1-${run}`, `EV2-${run}`]);
    const after = await hub.events
      .list({ after: checkpoint, types: ['outlet.created'], limit: 1 })
      .toArray({ max: 10 });
    expect(after.map((e) => e.id)).toEqual(seen.map((e) => e.id));
  });

  it('lists the audit log', async () => {
    const token = await hub.tokens.create({ name: `audit-${run}`, scopes: ['reports:read'] });
    await hub.tokens.revoke(token.id);
    const entries = await hub.audit.list({ action: 'token_change' }).toArray({ max: 100 });
    expect(entries.length).toBeGreaterThanOrEqual(2);
  });
});
