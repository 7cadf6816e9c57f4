import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/tenancy/tokens.js';
import { call, outletInput, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('authentication and tenancy on %s', (kind) => {
  let t: TestApp;
  let outletId: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    outletId = (await call(t.app, 'POST', '/v1/outlets', { token: t.tokens.admin, body: outletInput('T-1') }))
      .body.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each([
    ['no token', undefined],
    ['a malformed token', 'nope'],
    ['an unknown token', `shk_${'A'.repeat(43)}`],
  ])('answers 401 with WWW-Authenticate for %s', async (_name, token) => {
    const res = await call(t.app, 'GET', '/v1/outlets', { token });
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(res.body).toMatchObject({
      code: 'unauthorized',
      type: 'https://sporthub.dev/problems/unauthorized',
    });
  });

  it('answers 401 for expired and revoked tokens', async () => {
    const expired = await createToken(t.database.db, {
      organizationId: t.organizationId,
      name: 'expired',
      scopes: ['admin'],
      expiresInDays: 0,
    });
    expect((await call(t.app, 'GET', '/v1/outlets', { token: expired.token })).status).toBe(401);
    const revoked = await createToken(t.database.db, {
      organizationId: t.organizationId,
      name: 'r',
      scopes: ['admin'],
    });
    await t.database.db
      .updateTable('api_tokens')
      .set({ revoked_at: new Date().toISOString() })
      .where('id', '=', revoked.id)
      .execute();
    expect((await call(t.app, 'GET', '/v1/outlets', { token: revoked.token })).status).toBe(401);
  });

  it('answers 403 forbidden without the scope', async () => {
    const res = await call(t.app, 'POST', '/v1/outlets', {
      token: t.tokens.reader,
      body: outletInput('T-2'),
    });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
    expect((await call(t.app, 'GET', '/v1/outlets', { token: t.tokens.writer })).status).toBe(403);
  });

  it('records lastUsedAt and stores only a hash of the token', async () => {
    const rows = await t.database.db.selectFrom('api_tokens').selectAll().execute();
    for (const row of rows) {
      expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(Object.values(t.tokens)).not.toContain(row.token_hash);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    const admin = rows.find((row) => row.name === 'admin' && row.organization_id === t.organizationId);
    const fresh = await t.database.db
      .selectFrom('api_tokens')
      .select('last_used_at')
      .where('id', '=', admin!.id)
      .executeTakeFirst();
    expect(fresh?.last_used_at).not.toBeNull();
  });

  it.each([
    ['malformed', 'not-an-id'],
    ['unknown', 'out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P'],
  ])('answers 404 for a %s id', async (_name, id) => {
    const res = await call(t.app, 'GET', `/v1/outlets/${id}`, { token: t.tokens.reader });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('not_found');
  });

  it('hides every outlet of another organization (404, empty list, no write)', async () => {
    const other = t.other.token;
    expect((await call(t.app, 'GET', `/v1/outlets/${outletId}`, { token: other })).status).toBe(404);
    expect(
      (await call(t.app, 'PATCH', `/v1/outlets/${outletId}`, { token: other, body: { name: 'x' } })).status,
    ).toBe(404);
    expect((await call(t.app, 'DELETE', `/v1/outlets/${outletId}`, { token: other })).status).toBe(404);
    expect((await call(t.app, 'GET', '/v1/outlets', { token: other })).body.data).toEqual([]);
    // The same code is free in another organization.
    expect(
      (await call(t.app, 'POST', '/v1/outlets', { token: other, body: outletInput('T-1') })).status,
    ).toBe(201);
    expect((await call(t.app, 'GET', `/v1/outlets/${outletId}`, { token: t.tokens.reader })).body.name).toBe(
      '服务点 T-1',
    );
  });
});
