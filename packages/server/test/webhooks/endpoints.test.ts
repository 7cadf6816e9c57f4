import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/tenancy/tokens.js';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('webhook endpoints on %s', (kind) => {
  let t: TestApp;
  let reader: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    reader = (
      await createToken(t.database.db, {
        organizationId: t.organizationId,
        name: 'w',
        scopes: ['webhooks:read'],
      })
    ).token;
  });
  afterAll(async () => {
    await t?.close();
  });

  const PUBLIC_URL = 'https://8.8.8.8/hooks/sporthub';
  const create = (body: unknown, token = t.tokens.admin) =>
    call(t.app, 'POST', '/v1/webhook-endpoints', { token, body });

  it('creates with a secret shown once, then gets, lists, updates and deletes', async () => {
    const created = await create({
      url: PUBLIC_URL,
      events: ['outlet.*', 'partner.created'],
      description: '运营',
    });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]+={0,2}$/);
    expect(Buffer.from(created.body.secret.slice(6), 'base64')).toHaveLength(32);
    expect(created.body).toMatchObject({ status: 'enabled', partnerId: null, revision: 1 });
    expect(created.body.secretPrefix).toBe(created.body.secret.slice(0, 10));
    const id = created.body.id as string;

    const got = await call(t.app, 'GET', `/v1/webhook-endpoints/${id}`, { token: reader });
    expect(got.body.secret).toBeUndefined();
    const { secret: _secret, ...withoutSecret } = created.body;
    expect(got.body).toEqual(withoutSecret);
    expect(
      (await call(t.app, 'GET', '/v1/webhook-endpoints?status=enabled', { token: reader })).body.data,
    ).toHaveLength(1);
    expect(
      (await call(t.app, 'GET', '/v1/webhook-endpoints?status=disabled', { token: reader })).body.data,
    ).toEqual([]);

    const updated = await call(t.app, 'PATCH', `/v1/webhook-endpoints/${id}`, {
      token: t.tokens.admin,
      headers: { 'if-match': '"1"' },
      body: { events: ['*'], status: 'disabled' },
    });
    expect(updated.body).toMatchObject({ events: ['*'], status: 'disabled', revision: 2 });
    const same = await call(t.app, 'PATCH', `/v1/webhook-endpoints/${id}`, {
      token: t.tokens.admin,
      body: { events: ['*'] },
    });
    expect(same.body.revision).toBe(2);
    const stale = await call(t.app, 'PATCH', `/v1/webhook-endpoints/${id}`, {
      token: t.tokens.admin,
      headers: { 'if-match': '"1"' },
      body: { description: null },
    });
    expect(stale.status).toBe(412);

    expect(
      (await call(t.app, 'DELETE', `/v1/webhook-endpoints/${id}`, { token: t.tokens.admin })).status,
    ).toBe(204);
    expect((await call(t.app, 'GET', `/v1/webhook-endpoints/${id}`, { token: reader })).status).toBe(404);
  });

  it('refuses private and loopback URLs outside the sandbox, bad filters and unknown partners', async () => {
    for (const url of [
      'https://127.0.0.1/x',
      'https://[::1]/x',
      'https://192.168.1.10/x',
      'https://localhost/x',
      'http://8.8.8.8/x',
    ]) {
      const res = await create({ url, events: ['*'] });
      expect(res.status, url).toBe(422);
      expect(res.body.errors[0].path).toBe('/url');
    }
    expect((await create({ url: PUBLIC_URL, events: ['outlet'] })).status).toBe(422);
    expect((await create({ url: PUBLIC_URL, events: [] })).status).toBe(422);
    const partner = await create({
      url: PUBLIC_URL,
      events: ['*'],
      partnerId: 'prt_01JD0Z8Q3W5XKJ5V7J9C2N4M6W',
    });
    expect(partner.status).toBe(422);
    expect(partner.body.errors[0]).toMatchObject({ path: '/partnerId', code: 'unknown_reference' });
    const own = await create({ url: PUBLIC_URL, events: ['*'] });
    const patch = await call(t.app, 'PATCH', `/v1/webhook-endpoints/${own.body.id}`, {
      token: t.tokens.admin,
      body: { url: 'https://10.0.0.1/x' },
    });
    expect(patch.status).toBe(422);
  });

  it('rotates the secret, queues a test delivery and redelivers it with the next attempt number', async () => {
    const created = await create({ url: PUBLIC_URL, events: ['consent.*'] });
    const id = created.body.id as string;
    const rotated = await call(t.app, 'POST', `/v1/webhook-endpoints/${id}:rotateSecret`, {
      token: t.tokens.admin,
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(created.body.secret);
    expect(rotated.body.endpointId).toBe(id);
    const expires = Date.parse(rotated.body.previousSecretExpiresAt) - Date.now();
    expect(expires).toBeGreaterThan(23.9 * 3600_000);
    const after = await call(t.app, 'GET', `/v1/webhook-endpoints/${id}`, { token: reader });
    expect(after.body).toMatchObject({ revision: 2, secretPrefix: rotated.body.secretPrefix });

    const test = await call(t.app, 'POST', `/v1/webhook-endpoints/${id}:test`, { token: t.tokens.admin });
    expect(test.status).toBe(202);
    expect(test.body).toMatchObject({
      endpointId: id,
      eventType: 'webhook.test',
      attempt: 1,
      status: 'pending',
      durationMs: null,
    });
    const again = await call(t.app, 'POST', `/v1/webhook-deliveries/${test.body.id}:redeliver`, {
      token: t.tokens.admin,
    });
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ eventId: test.body.eventId, attempt: 2, status: 'pending' });

    const list = await call(t.app, 'GET', `/v1/webhook-endpoints/${id}/deliveries`, { token: reader });
    expect(list.body.data.map((d: { id: string }) => d.id)).toEqual([again.body.id, test.body.id]);
    const page = await call(t.app, 'GET', `/v1/webhook-endpoints/${id}/deliveries?limit=1`, {
      token: reader,
    });
    const next = await call(
      t.app,
      'GET',
      `/v1/webhook-endpoints/${id}/deliveries?limit=1&cursor=${page.body.nextCursor}`,
      {
        token: reader,
      },
    );
    expect(next.body.data.map((d: { id: string }) => d.id)).toEqual([test.body.id]);
    const byEvent = await call(
      t.app,
      'GET',
      `/v1/webhook-endpoints/${id}/deliveries?eventId=${test.body.eventId}&status=pending`,
      {
        token: reader,
      },
    );
    expect(byEvent.body.data).toHaveLength(2);
    // The test event is not in the change feed.
    const feed = await call(t.app, 'GET', '/v1/events?types=webhook.test', { token: reader });
    expect(feed.body.data).toEqual([]);
  });

  it('queues one delivery per matching enabled endpoint in the same transaction as the event', async () => {
    const match = await create({ url: PUBLIC_URL, events: ['partner.*'] });
    const exact = await create({ url: PUBLIC_URL, events: ['partner.created'] });
    const other = await create({ url: PUBLIC_URL, events: ['outlet.created'] });
    const off = await create({ url: PUBLIC_URL, events: ['*'], status: 'disabled' });
    const partner = await call(t.app, 'POST', '/v1/partners', {
      token: t.tokens.admin,
      body: { code: 'HOOKED', kind: 'clinic', name: 'x' },
    });
    const [event] = (
      await call(t.app, 'GET', '/v1/events?types=partner.created', { token: reader })
    ).body.data.filter((e: { data: { id: string } }) => e.data.id === partner.body.id);
    const deliveries = async (endpointId: string) =>
      (
        await call(t.app, 'GET', `/v1/webhook-endpoints/${endpointId}/deliveries?eventId=${event.id}`, {
          token: reader,
        })
      ).body.data;
    expect(await deliveries(match.body.id)).toHaveLength(1);
    expect(await deliveries(exact.body.id)).toHaveLength(1);
    expect(await deliveries(other.body.id)).toHaveLength(0);
    expect(await deliveries(off.body.id)).toHaveLength(0);
    // A conflicting write rolls back: no event, no delivery.
    const before = await t.database.db
      .selectFrom('webhook_outbox')
      .select('delivery_id')
      .where('organization_id', '=', t.organizationId)
      .execute();
    await call(t.app, 'POST', '/v1/partners', {
      token: t.tokens.admin,
      body: { code: 'HOOKED', kind: 'clinic', name: 'y' },
    });
    const afterRows = await t.database.db
      .selectFrom('webhook_outbox')
      .select('delivery_id')
      .where('organization_id', '=', t.organizationId)
      .execute();
    expect(afterRows).toHaveLength(before.length);
  });

  it('hides other tenants (404) and checks scopes (403)', async () => {
    const mine = await create({ url: PUBLIC_URL, events: ['*'] });
    const id = mine.body.id as string;
    const test = await call(t.app, 'POST', `/v1/webhook-endpoints/${id}:test`, { token: t.tokens.admin });
    const other = { token: t.other.token };
    expect((await call(t.app, 'GET', `/v1/webhook-endpoints/${id}`, other)).status).toBe(404);
    expect(
      (await call(t.app, 'PATCH', `/v1/webhook-endpoints/${id}`, { ...other, body: { description: 'x' } }))
        .status,
    ).toBe(404);
    expect((await call(t.app, 'DELETE', `/v1/webhook-endpoints/${id}`, other)).status).toBe(404);
    expect((await call(t.app, 'GET', `/v1/webhook-endpoints/${id}/deliveries`, other)).status).toBe(404);
    expect((await call(t.app, 'POST', `/v1/webhook-endpoints/${id}:test`, other)).status).toBe(404);
    expect((await call(t.app, 'POST', `/v1/webhook-endpoints/${id}:rotateSecret`, other)).status).toBe(404);
    expect(
      (await call(t.app, 'POST', `/v1/webhook-deliveries/${test.body.id}:redeliver`, other)).status,
    ).toBe(404);
    expect(
      (await call(t.app, 'POST', '/v1/webhook-deliveries/whd_nope:redeliver', { token: t.tokens.admin }))
        .status,
    ).toBe(404);
    expect((await call(t.app, 'GET', '/v1/webhook-endpoints/whe_nope', { token: reader })).status).toBe(404);
    expect((await create({ url: PUBLIC_URL, events: ['*'] }, reader)).status).toBe(403);
    expect((await call(t.app, 'POST', `/v1/webhook-endpoints/${id}:test`, { token: reader })).status).toBe(
      403,
    );
    expect((await call(t.app, 'GET', '/v1/webhook-endpoints', { token: t.tokens.reader })).status).toBe(403);
  });
});
