import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('identity and tokens on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('GET /v1/me answers any valid token with its organization and token', async () => {
    const me = await call(t.app, 'GET', '/v1/me', { token: t.tokens.reader });
    expect(me.status).toBe(200);
    expect(me.body.organization).toEqual({ id: t.organizationId, name: '上海体育服务' });
    expect(me.body.token).toMatchObject({ scopes: ['outlets:read'], expiresAt: null });
    expect(t.tokens.reader.startsWith(me.body.token.prefix)).toBe(true);
    const none = await call(t.app, 'GET', '/v1/me');
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    const bogus = await call(t.app, 'GET', '/v1/me', { token: `shk_${'x'.repeat(43)}` });
    expect(bogus.status).toBe(401);
  });

  it('creates a token shown once, lists it without its value, and it works', async () => {
    const created = await call(t.app, 'POST', '/v1/tokens', {
      token: t.tokens.admin,
      body: {
        name: 'CI 排课同步',
        scopes: ['schedules:write', 'outlets:read'],
        expiresAt: '2099-01-01T00:00:00+08:00',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'CI 排课同步',
      scopes: ['schedules:write', 'outlets:read'],
      expiresAt: '2098-12-31T16:00:00.000Z',
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(created.body.token.startsWith(created.body.prefix)).toBe(true);

    const me = await call(t.app, 'GET', '/v1/me', { token: created.body.token });
    expect(me.body.token.id).toBe(created.body.id);

    const list = await call(t.app, 'GET', '/v1/tokens?limit=2', { token: t.tokens.admin });
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(2);
    expect(list.body.nextCursor).not.toBeNull();
    const all = [...list.body.data];
    let cursor = list.body.nextCursor as string | null;
    while (cursor) {
      const next = await call(t.app, 'GET', `/v1/tokens?limit=2&cursor=${cursor}`, { token: t.tokens.admin });
      all.push(...next.body.data);
      cursor = next.body.nextCursor;
    }
    const ids = all.map((token: { id: string }) => token.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain(created.body.id);
    expect(all.some((token: Record<string, unknown>) => 'token' in token)).toBe(false);
    const stored = await t.database.db.selectFrom('api_tokens').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(created.body.token);
  });

  it('rejects invalid bodies and past expiries with 422', async () => {
    const bad = await call(t.app, 'POST', '/v1/tokens', {
      token: t.tokens.admin,
      body: { name: '', scopes: ['root'] },
    });
    expect(bad.status).toBe(422);
    const past = await call(t.app, 'POST', '/v1/tokens', {
      token: t.tokens.admin,
      body: { name: 'old', scopes: ['admin'], expiresAt: '2020-01-01T00:00:00Z' },
    });
    expect(past.status).toBe(422);
    expect(past.body.errors[0].path).toBe('/expiresAt');
  });

  it('revokes a token: it answers 401 at once; revoking again is 200 unchanged', async () => {
    const created = await call(t.app, 'POST', '/v1/tokens', {
      token: t.tokens.admin,
      body: { name: 'short-lived', scopes: ['outlets:read'] },
    });
    expect((await call(t.app, 'GET', '/v1/me', { token: created.body.token })).status).toBe(200);
    const revoked = await call(t.app, 'POST', `/v1/tokens/${created.body.id}:revoke`, {
      token: t.tokens.admin,
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await call(t.app, 'GET', '/v1/me', { token: created.body.token })).status).toBe(401);
    const again = await call(t.app, 'POST', `/v1/tokens/${created.body.id}:revoke`, {
      token: t.tokens.admin,
    });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(revoked.body);
  });

  it('a token may revoke itself', async () => {
    const self = await call(t.app, 'POST', '/v1/tokens', {
      token: t.tokens.admin,
      body: { name: 'self', scopes: ['admin'] },
    });
    const res = await call(t.app, 'POST', `/v1/tokens/${self.body.id}:revoke`, { token: self.body.token });
    expect(res.status).toBe(200);
    expect((await call(t.app, 'GET', '/v1/tokens', { token: self.body.token })).status).toBe(401);
  });

  it('needs admin (403), hides other tenants (404) and malformed ids (404)', async () => {
    expect((await call(t.app, 'GET', '/v1/tokens', { token: t.tokens.writer })).status).toBe(403);
    const forbidden = await call(t.app, 'POST', '/v1/tokens', {
      token: t.tokens.reader,
      body: { name: 'x', scopes: ['admin'] },
    });
    expect(forbidden.status).toBe(403);
    const mine = (await call(t.app, 'GET', '/v1/me', { token: t.tokens.reader })).body.token.id;
    const other = await call(t.app, 'POST', `/v1/tokens/${mine}:revoke`, { token: t.other.token });
    expect(other.status).toBe(404);
    expect((await call(t.app, 'GET', '/v1/me', { token: t.tokens.reader })).status).toBe(200);
    const theirs = await call(t.app, 'GET', '/v1/tokens', { token: t.other.token });
    expect(theirs.body.data.map((token: { id: string }) => token.id)).not.toContain(mine);
    const malformed = await call(t.app, 'POST', '/v1/tokens/nope:revoke', { token: t.tokens.admin });
    expect(malformed.status).toBe(404);
  });
});
