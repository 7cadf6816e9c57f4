import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/ids.js';
import { createToken } from '../../src/tenancy/tokens.js';
import { call, outletInput, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('change feed on %s', (kind) => {
  let t: TestApp;
  let feedReader: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    feedReader = (
      await createToken(t.database.db, {
        organizationId: t.organizationId,
        name: 'f',
        scopes: ['webhooks:read'],
      })
    ).token;
  });
  afterAll(async () => {
    await t?.close();
  });

  const feed = (query = '', token = feedReader) => call(t.app, 'GET', `/v1/events${query}`, { token });

  it('lists committed changes in commit order, continuing after a cursor, filtered by type', async () => {
    expect((await feed()).body).toEqual({ data: [], nextCursor: null });
    const a = await call(t.app, 'POST', '/v1/outlets', {
      token: t.tokens.admin,
      body: outletInput('FEED-1'),
    });
    await call(t.app, 'PATCH', `/v1/outlets/${a.body.id}`, { token: t.tokens.admin, body: { name: '新' } });
    await call(t.app, 'POST', '/v1/outlets', { token: t.tokens.admin, body: outletInput('FEED-2') });

    const first = await feed('?limit=2');
    expect(first.body.data.map((e: { type: string }) => e.type)).toEqual([
      'outlet.created',
      'outlet.updated',
    ]);
    expect(first.body.data[0].data).toEqual(a.body);
    expect(first.body.nextCursor).toBe(first.body.data[1].id);
    const rest = await feed(`?after=${first.body.nextCursor}`);
    expect(rest.body.data.map((e: { data: { code: string } }) => e.data.code)).toEqual(['FEED-2']);
    const end = await feed(`?after=${rest.body.nextCursor}`);
    expect(end.body).toEqual({ data: [], nextCursor: null });

    const created = await feed('?types=outlet.created,outlet.deleted');
    expect(created.body.data.map((e: { type: string }) => e.type)).toEqual([
      'outlet.created',
      'outlet.created',
    ]);
    // Other tenants see none of it.
    expect((await feed('', t.other.token)).body.data).toEqual([]);
  });

  it('answers 422 for a malformed cursor or type, 410 for an expired one', async () => {
    expect((await feed('?after=garbage')).status).toBe(422);
    expect((await feed('?types=outlet.exploded')).status).toBe(422);
    expect((await feed('?limit=0')).status).toBe(422);
    // A well-formed id the feed never had (made now) is the client's mistake.
    expect((await feed(`?after=${newId('evt')}`)).status).toBe(422);

    // An event past the 30-day retention that the cleanup has not removed yet…
    const old = new Date(Date.now() - 31 * 24 * 3600_000).toISOString();
    const oldId = 'evt_01E0000000000000000000000A';
    await t.database.db
      .insertInto('events')
      .values({
        organization_id: t.organizationId,
        seq: 0,
        id: oldId,
        type: 'outlet.created',
        occurred_at: old,
        data: '{}',
      })
      .execute();
    const expired = await feed(`?after=${oldId}`);
    expect(expired.status).toBe(410);
    expect(expired.body.code).toBe('cursor_expired');
    // …and one it has removed (its ULID time is older than the retention).
    expect((await feed('?after=evt_01E0000000000000000000000B')).status).toBe(410);
  });

  it('needs webhooks:read', async () => {
    expect((await feed('', t.tokens.reader)).status).toBe(403);
    expect((await call(t.app, 'GET', '/v1/events')).status).toBe(401);
  });
});
