import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, outletInput, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { eventTypes, insertSession } from './sessions-fixture.js';

describe.each(DIALECTS)('zones on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function newOutlet(code: string, zones: unknown[] = []) {
    const res = await call(t.app, 'POST', '/v1/outlets', {
      token: t.tokens.writer,
      body: outletInput(code, { zones }),
    });
    expect(res.status).toBe(201);
    return res.body as { id: string; revision: number; zones: { id: string; code: string }[] };
  }

  it('creates, gets, updates and deletes a zone, bumping the outlet and writing events', async () => {
    const outlet = await newOutlet('Z-1');
    const base = `/v1/outlets/${outlet.id}/zones`;
    const created = await call(t.app, 'POST', base, {
      token: t.tokens.writer,
      body: { code: 'TRN', name: '训练区', kind: 'training', capacity: 30 },
    });
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.body).toMatchObject({ outletId: outlet.id, code: 'TRN', capacity: 30, revision: 1 });
    const zoneUrl = `${base}/${created.body.id}`;

    const got = await call(t.app, 'GET', zoneUrl, { token: t.tokens.reader });
    expect(got.body).toEqual(created.body);
    const parent = await call(t.app, 'GET', `/v1/outlets/${outlet.id}`, { token: t.tokens.reader });
    expect(parent.body.revision).toBe(2);
    expect(parent.body.zones).toEqual([created.body]);

    const updated = await call(t.app, 'PATCH', zoneUrl, {
      token: t.tokens.writer,
      headers: { 'if-match': '"1"' },
      body: { capacity: null, name: '力量训练区' },
    });
    expect(updated.status).toBe(200);
    expect(updated.headers.etag).toBe('"2"');
    expect(updated.body).toMatchObject({ capacity: null, name: '力量训练区', revision: 2 });
    const same = await call(t.app, 'PATCH', zoneUrl, { token: t.tokens.writer, body: { capacity: null } });
    expect(same.body.revision).toBe(2);
    const stale = await call(t.app, 'PATCH', zoneUrl, {
      token: t.tokens.writer,
      headers: { 'if-match': '"1"' },
      body: { name: 'x' },
    });
    expect(stale.status).toBe(412);

    const deleted = await call(t.app, 'DELETE', zoneUrl, { token: t.tokens.writer });
    expect(deleted.status).toBe(204);
    expect((await call(t.app, 'GET', zoneUrl, { token: t.tokens.reader })).status).toBe(404);
    const after = await call(t.app, 'GET', `/v1/outlets/${outlet.id}`, { token: t.tokens.reader });
    expect(after.body).toMatchObject({ revision: 4, zones: [] });

    expect(await eventTypes(t.database.db, t.organizationId)).toEqual([
      'outlet.created',
      'zone.created',
      'outlet.updated',
      'zone.updated',
      'outlet.updated',
      'zone.deleted',
      'outlet.updated',
    ]);
  });

  it('lists zones by code with kind filter and code cursor', async () => {
    const outlet = await newOutlet('Z-2', [
      { code: 'C', name: 'c', kind: 'retail' },
      { code: 'A', name: 'a', kind: 'training' },
      { code: 'B', name: 'b', kind: 'training' },
    ]);
    const base = `/v1/outlets/${outlet.id}/zones`;
    const first = await call(t.app, 'GET', `${base}?limit=2`, { token: t.tokens.reader });
    expect(first.status).toBe(200);
    expect(first.body.data.map((z: { code: string }) => z.code)).toEqual(['A', 'B']);
    const second = await call(t.app, 'GET', `${base}?limit=2&cursor=${first.body.nextCursor}`, {
      token: t.tokens.reader,
    });
    expect(second.body).toMatchObject({ nextCursor: null });
    expect(second.body.data.map((z: { code: string }) => z.code)).toEqual(['C']);
    const training = await call(t.app, 'GET', `${base}?kind=training`, { token: t.tokens.reader });
    expect(training.body.data).toHaveLength(2);
    const bad = await call(t.app, 'GET', `${base}?kind=sauna`, { token: t.tokens.reader });
    expect(bad.status).toBe(422);
  });

  it('answers 409 for a duplicate code on create and on rename', async () => {
    const outlet = await newOutlet('Z-3', [
      { code: 'A', name: 'a', kind: 'training' },
      { code: 'B', name: 'b', kind: 'training' },
    ]);
    const base = `/v1/outlets/${outlet.id}/zones`;
    const dup = await call(t.app, 'POST', base, {
      token: t.tokens.writer,
      body: { code: 'A', name: 'again', kind: 'retail' },
    });
    expect(dup.status).toBe(409);
    const zoneB = outlet.zones.find((z) => z.code === 'B');
    const rename = await call(t.app, 'PATCH', `${base}/${zoneB?.id}`, {
      token: t.tokens.writer,
      body: { code: 'A' },
    });
    expect(rename.status).toBe(409);
    const invalid = await call(t.app, 'POST', base, { token: t.tokens.writer, body: { code: 'X' } });
    expect(invalid.status).toBe(422);
    const empty = await call(t.app, 'PATCH', `${base}/${zoneB?.id}`, { token: t.tokens.writer, body: {} });
    expect(empty.status).toBe(422);
  });

  it('refuses to delete a zone used by a future scheduled session (409); past ones do not count', async () => {
    const outlet = await newOutlet('Z-4', [
      { code: 'A', name: 'a', kind: 'training' },
      { code: 'B', name: 'b', kind: 'training' },
    ]);
    const [a, b] = outlet.zones;
    await insertSession(t.database.db, t.organizationId, {
      outletId: outlet.id,
      zoneId: a?.id,
      startsInHours: 24,
    });
    await insertSession(t.database.db, t.organizationId, {
      outletId: outlet.id,
      zoneId: b?.id,
      startsInHours: -24,
    });
    await insertSession(t.database.db, t.organizationId, {
      outletId: outlet.id,
      zoneId: b?.id,
      startsInHours: 24,
      status: 'cancelled',
    });
    const base = `/v1/outlets/${outlet.id}/zones`;
    const refused = await call(t.app, 'DELETE', `${base}/${a?.id}`, { token: t.tokens.writer });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('conflict');
    expect((await call(t.app, 'DELETE', `${base}/${b?.id}`, { token: t.tokens.writer })).status).toBe(204);
  });

  it('answers 404 for other tenants, other outlets and malformed ids; 403 without the scope', async () => {
    const outlet = await newOutlet('Z-5', [{ code: 'A', name: 'a', kind: 'training' }]);
    const other = await newOutlet('Z-6');
    const zoneId = outlet.zones[0]?.id;
    const base = `/v1/outlets/${outlet.id}/zones`;
    expect((await call(t.app, 'GET', base, { token: t.other.token })).status).toBe(404);
    expect((await call(t.app, 'GET', `${base}/${zoneId}`, { token: t.other.token })).status).toBe(404);
    const patchOther = await call(t.app, 'PATCH', `${base}/${zoneId}`, {
      token: t.other.token,
      body: { name: 'x' },
    });
    expect(patchOther.status).toBe(404);
    expect((await call(t.app, 'DELETE', `${base}/${zoneId}`, { token: t.other.token })).status).toBe(404);
    const wrongOutlet = await call(t.app, 'GET', `/v1/outlets/${other.id}/zones/${zoneId}`, {
      token: t.tokens.reader,
    });
    expect(wrongOutlet.status).toBe(404);
    expect((await call(t.app, 'GET', '/v1/outlets/nope/zones', { token: t.tokens.reader })).status).toBe(404);
    expect((await call(t.app, 'GET', `${base}/zon_bad`, { token: t.tokens.reader })).status).toBe(404);
    const forbidden = await call(t.app, 'POST', base, {
      token: t.tokens.reader,
      body: { code: 'Q', name: 'q', kind: 'retail' },
    });
    expect(forbidden.status).toBe(403);
    expect((await call(t.app, 'DELETE', `${base}/${zoneId}`, { token: t.tokens.reader })).status).toBe(403);
  });
});
