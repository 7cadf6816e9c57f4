import { createHmac } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addMs, nowIso } from '../../src/time.js';
import { startWebhookWorker, type WebhookWorker, webhookLeaseFromEnv } from '../../src/webhooks/worker.js';
import { call, outletInput, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { type Received, type Receiver, startReceiver } from './receiver.js';

/** Standard Webhooks verification, written out independently of the server's signer. */
function verifies(received: Received, secret: string): boolean {
  const id = String(received.headers['webhook-id']);
  const timestamp = String(received.headers['webhook-timestamp']);
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${received.body}`).digest('base64');
  return String(received.headers['webhook-signature'])
    .split(' ')
    .some((value) => value === `v1,${expected}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(DIALECTS)('webhook outbox delivery on %s', (kind) => {
  let t: TestApp;
  let receiver: Receiver;
  let worker: WebhookWorker;
  beforeAll(async () => {
    t = await startTestApp(kind);
    // The sandbox allows endpoints on 127.0.0.1 (SPEC §1.1), where the receiver listens.
    (t.app as unknown as { sandbox: boolean }).sandbox = true;
  });
  beforeEach(async () => {
    receiver = await startReceiver();
    worker = startWebhookWorker({
      db: t.database.db,
      sandbox: true,
      pollMs: 50,
      retryDelaysMs: [200, 200, 200],
      retentionEveryMs: 0,
    });
  });
  afterEach(async () => {
    await worker.stop();
    await receiver.close();
    // Endpoints of one test must not receive the next test's events.
    await t.database.db.updateTable('webhook_endpoints').set({ status: 'disabled' }).execute();
  });
  afterAll(async () => {
    await t?.close();
  });

  const endpoint = async (events: string[] = ['outlet.*']) =>
    (
      await call(t.app, 'POST', '/v1/webhook-endpoints', {
        token: t.tokens.admin,
        body: { url: receiver.url, events },
      })
    ).body;
  const deliveries = async (endpointId: string) =>
    (await call(t.app, 'GET', `/v1/webhook-endpoints/${endpointId}/deliveries`, { token: t.tokens.admin }))
      .body.data;

  it('delivers each event signed, within seconds of the commit, and records the attempt', async () => {
    const ep = await endpoint();
    const started = Date.now();
    const outlet = await call(t.app, 'POST', '/v1/outlets', {
      token: t.tokens.admin,
      body: outletInput('HOOK-1'),
    });
    const [got] = await receiver.waitFor(1, 5_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    if (!got) throw new Error('nothing received');
    expect(verifies(got, ep.secret)).toBe(true);
    const body = JSON.parse(got.body);
    expect(body).toEqual({
      id: got.headers['webhook-id'],
      type: 'outlet.created',
      occurredAt: expect.any(String),
      data: outlet.body,
    });
    expect(Math.abs(Number(got.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(10);
    expect(got.headers['content-type']).toBe('application/json');
    const feed = await call(t.app, 'GET', '/v1/events?types=outlet.created', { token: t.tokens.admin });
    expect(feed.body.data.at(-1).id).toBe(body.id);
    await sleep(100);
    const [delivery] = await deliveries(ep.id);
    expect(delivery).toMatchObject({
      eventId: body.id,
      attempt: 1,
      status: 'succeeded',
      responseCode: 200,
      nextAttemptAt: null,
    });
    expect(delivery.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('retries after a 500 with the same webhook-id and records both attempts', async () => {
    const ep = await endpoint();
    receiver.answers.push(500);
    await call(t.app, 'POST', '/v1/outlets', { token: t.tokens.admin, body: outletInput('HOOK-500') });
    const [first, second] = await receiver.waitFor(2, 5_000);
    expect(second?.headers['webhook-id']).toBe(first?.headers['webhook-id']);
    await sleep(100);
    const list = await deliveries(ep.id);
    expect(
      list.map((d: { attempt: number; status: string; responseCode: number }) => [
        d.attempt,
        d.status,
        d.responseCode,
      ]),
    ).toEqual([
      [2, 'succeeded', 200],
      [1, 'failed', 500],
    ]);
    expect(list[1].nextAttemptAt).not.toBeNull();
  });

  it('disables the endpoint on a 410 and sends nothing more', async () => {
    const ep = await endpoint();
    receiver.answers.push(410);
    await call(t.app, 'POST', '/v1/outlets', { token: t.tokens.admin, body: outletInput('HOOK-410') });
    await receiver.waitFor(1, 5_000);
    await sleep(300);
    const got = await call(t.app, 'GET', `/v1/webhook-endpoints/${ep.id}`, { token: t.tokens.admin });
    expect(got.body).toMatchObject({ status: 'disabled', revision: 2 });
    const [delivery] = await deliveries(ep.id);
    expect(delivery).toMatchObject({ status: 'failed', responseCode: 410, nextAttemptAt: null });
    await call(t.app, 'POST', '/v1/outlets', { token: t.tokens.admin, body: outletInput('HOOK-410-B') });
    await sleep(400);
    expect(receiver.received).toHaveLength(1);
    // A test is sent even to a disabled endpoint.
    await call(t.app, 'POST', `/v1/webhook-endpoints/${ep.id}:test`, { token: t.tokens.admin });
    const [, test] = await receiver.waitFor(2, 5_000);
    expect(JSON.parse(test?.body ?? '{}')).toMatchObject({
      type: 'webhook.test',
      data: { endpointId: ep.id },
    });
  });

  it('disables an endpoint that has been failing for over a day', async () => {
    const ep = await endpoint();
    await t.database.db
      .updateTable('webhook_endpoints')
      .set({ failing_since: addMs(nowIso(), -25 * 3600_000) })
      .where('organization_id', '=', t.organizationId)
      .where('id', '=', ep.id)
      .execute();
    receiver.answers.push(503);
    await call(t.app, 'POST', '/v1/outlets', { token: t.tokens.admin, body: outletInput('HOOK-DAY') });
    await receiver.waitFor(1, 5_000);
    await sleep(400);
    expect(
      (await call(t.app, 'GET', `/v1/webhook-endpoints/${ep.id}`, { token: t.tokens.admin })).body.status,
    ).toBe('disabled');
    expect(receiver.received).toHaveLength(1);
  });

  it('signs with both secrets for 24 h after a rotation, and redelivers with the same id', async () => {
    const ep = await endpoint();
    const rotated = await call(t.app, 'POST', `/v1/webhook-endpoints/${ep.id}:rotateSecret`, {
      token: t.tokens.admin,
    });
    await call(t.app, 'POST', '/v1/outlets', { token: t.tokens.admin, body: outletInput('HOOK-ROT') });
    const [got] = await receiver.waitFor(1, 5_000);
    if (!got) throw new Error('nothing received');
    expect(String(got.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verifies(got, ep.secret)).toBe(true);
    expect(verifies(got, rotated.body.secret)).toBe(true);
    await sleep(100);
    const [delivery] = await deliveries(ep.id);
    await call(t.app, 'POST', `/v1/webhook-deliveries/${delivery.id}:redeliver`, { token: t.tokens.admin });
    const [, again] = await receiver.waitFor(2, 5_000);
    expect(again?.headers['webhook-id']).toBe(got.headers['webhook-id']);
    expect(again?.body).toBe(got.body);
  });

  it('picks up rows whose claim lease expired (a crashed worker)', async () => {
    const ep = await endpoint();
    await worker.stop();
    await call(t.app, 'POST', '/v1/outlets', { token: t.tokens.admin, body: outletInput('HOOK-LEASE') });
    // Another worker claimed the row and died: its lease runs out a moment ago.
    await t.database.db
      .updateTable('webhook_outbox')
      .set({ claimed_by: 'dead-worker', claimed_until: addMs(nowIso(), -1000) })
      .where('organization_id', '=', t.organizationId)
      .where('endpoint_id', '=', ep.id)
      .execute();
    worker = startWebhookWorker({ db: t.database.db, sandbox: true, pollMs: 50, retentionEveryMs: 0 });
    await receiver.waitFor(1, 5_000);
    await sleep(100);
    const left = await t.database.db
      .selectFrom('webhook_outbox')
      .select('delivery_id')
      .where('endpoint_id', '=', ep.id)
      .execute();
    expect(left).toEqual([]);
  });
});

describe('SPORTHUB_WEBHOOK_LEASE_SECONDS', () => {
  it('sets the claim lease in whole seconds; unset keeps the default', () => {
    expect(webhookLeaseFromEnv({ SPORTHUB_WEBHOOK_LEASE_SECONDS: '5' })).toBe(5_000);
    expect(webhookLeaseFromEnv({ SPORTHUB_WEBHOOK_LEASE_SECONDS: ' ' })).toBeUndefined();
    expect(webhookLeaseFromEnv({})).toBeUndefined();
  });

  it('refuses anything but a whole number of seconds from 1 up, naming the variable', () => {
    for (const bad of ['0', '-1', '2.5', '10s'])
      expect(() => webhookLeaseFromEnv({ SPORTHUB_WEBHOOK_LEASE_SECONDS: bad })).toThrow(
        /SPORTHUB_WEBHOOK_LEASE_SECONDS must be a whole number of seconds/,
      );
  });
});
