import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, outletInput, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { eventTypes, insertSession } from '../zones/sessions-fixture.js';

const coach = (externalId: string, extra: Record<string, unknown> = {}) => ({
  externalId,
  name: '王教练',
  role: 'coach',
  ...extra,
});

describe.each(DIALECTS)('staff on %s', (kind) => {
  let t: TestApp;
  let outletA: string;
  let outletB: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    outletA = (await call(t.app, 'POST', '/v1/outlets', { token: t.tokens.writer, body: outletInput('S-A') }))
      .body.id;
    outletB = (await call(t.app, 'POST', '/v1/outlets', { token: t.tokens.writer, body: outletInput('S-B') }))
      .body.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates with defaults, gets, updates (arrays replace, null clears phone) and deletes', async () => {
    const created = await call(t.app, 'POST', '/v1/staff', {
      token: t.tokens.writer,
      body: coach('C-0042', { outletIds: [outletA], phone: '+86 138 0000 0000', certifications: ['二级'] }),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ outletIds: [outletA], phone: '+86 138 0000 0000', revision: 1 });
    const url = `/v1/staff/${created.body.id}`;
    expect((await call(t.app, 'GET', url, { token: t.tokens.reader })).body).toEqual(created.body);
    const updated = await call(t.app, 'PATCH', url, {
      token: t.tokens.writer,
      headers: { 'if-match': '"1"' },
      body: { outletIds: [outletB], phone: null },
    });
    expect(updated.body).toMatchObject({
      outletIds: [outletB],
      phone: null,
      certifications: ['二级'],
      revision: 2,
    });
    expect(
      (await call(t.app, 'PATCH', url, { token: t.tokens.writer, body: { phone: null } })).body.revision,
    ).toBe(2);
    const stale = await call(t.app, 'DELETE', url, {
      token: t.tokens.writer,
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    expect((await call(t.app, 'DELETE', url, { token: t.tokens.writer })).status).toBe(204);
    expect((await call(t.app, 'GET', url, { token: t.tokens.reader })).status).toBe(404);
    const types = (await eventTypes(t.database.db, t.organizationId)).filter((type) =>
      type.startsWith('staff.'),
    );
    expect(types).toEqual(['staff.created', 'staff.updated', 'staff.deleted']);
  });

  it("answers 422 unknown_reference for outlet ids that do not exist (or are another tenant's)", async () => {
    const theirs = (
      await call(t.app, 'POST', '/v1/outlets', { token: t.other.token, body: outletInput('THEIRS') })
    ).body.id;
    const res = await call(t.app, 'POST', '/v1/staff', {
      token: t.tokens.writer,
      body: coach('C-BAD', { outletIds: [outletA, theirs, 'out_nope'] }),
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ path: '/outletIds/1', code: 'unknown_reference' }),
      expect.objectContaining({ path: '/outletIds/2', code: 'unknown_reference' }),
    ]);
    const ok = await call(t.app, 'POST', '/v1/staff', { token: t.tokens.writer, body: coach('C-OK') });
    const patch = await call(t.app, 'PATCH', `/v1/staff/${ok.body.id}`, {
      token: t.tokens.writer,
      body: { outletIds: [theirs] },
    });
    expect(patch.status).toBe(422);
    expect(patch.body.errors[0].code).toBe('unknown_reference');
  });

  it('lists with filters (outletId membership, role, externalId) and pages', async () => {
    await call(t.app, 'POST', '/v1/staff:batchUpsert', {
      token: t.tokens.writer,
      body: {
        items: [
          coach('L-1', { outletIds: [outletA, outletB] }),
          coach('L-2', { role: 'volunteer', outletIds: [outletB] }),
          coach('L-3', { role: 'manager' }),
        ],
      },
    });
    const ext = async (query: string) =>
      (await call(t.app, 'GET', `/v1/staff?${query}`, { token: t.tokens.reader })).body.data
        .map((s: { externalId: string }) => s.externalId)
        .filter((id: string) => id.startsWith('L-'));
    expect(await ext(`outletId=${outletA}`)).toEqual(['L-1']);
    expect(await ext(`outletId=${outletB}`)).toEqual(['L-1', 'L-2']);
    expect(await ext(`outletId=${outletB.replace('_', '%25')}`)).toEqual([]);
    expect(await ext('role=manager')).toEqual(['L-3']);
    expect(await ext('externalId=L-2')).toEqual(['L-2']);
    const page = await call(t.app, 'GET', '/v1/staff?limit=1', { token: t.tokens.reader });
    expect(page.body.nextCursor).not.toBeNull();
  });

  it('batch upserts on externalId and rejects items with unknown outlets', async () => {
    const res = await call(t.app, 'POST', '/v1/staff:batchUpsert?mode=partial', {
      token: t.tokens.writer,
      body: {
        items: [
          coach('B-1', { outletIds: [outletA] }),
          coach('B-2', { outletIds: ['out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P'] }),
          coach('B-3', { role: 'wizard' }),
        ],
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual([
      'created',
      'rejected',
      'rejected',
    ]);
    expect(res.body.results[1].errors[0]).toMatchObject({
      path: '/items/1/outletIds/0',
      code: 'unknown_reference',
    });
    const again = await call(t.app, 'POST', '/v1/staff:batchUpsert', {
      token: t.tokens.writer,
      body: { items: [coach('B-1', { outletIds: [outletA] }), coach('B-1', { name: 'dup' })] },
    });
    expect(again.status).toBe(422);
    const atomic = await call(t.app, 'POST', '/v1/staff:batchUpsert', {
      token: t.tokens.writer,
      body: { items: [coach('B-1', { outletIds: [outletA] }), coach('B-4', { name: '李' })] },
    });
    expect(atomic.body.summary).toEqual({ created: 1, updated: 0, unchanged: 1, rejected: 0 });
  });

  it('answers 409 for a taken externalId and for a coach of a future scheduled session', async () => {
    const a = await call(t.app, 'POST', '/v1/staff', { token: t.tokens.writer, body: coach('D-1') });
    expect(
      (await call(t.app, 'POST', '/v1/staff', { token: t.tokens.writer, body: coach('D-1') })).status,
    ).toBe(409);
    const b = await call(t.app, 'POST', '/v1/staff', { token: t.tokens.writer, body: coach('D-2') });
    const rename = await call(t.app, 'PATCH', `/v1/staff/${b.body.id}`, {
      token: t.tokens.writer,
      body: { externalId: 'D-1' },
    });
    expect(rename.status).toBe(409);
    await insertSession(t.database.db, t.organizationId, {
      outletId: outletA,
      coachId: a.body.id,
      startsInHours: 5,
    });
    await insertSession(t.database.db, t.organizationId, {
      outletId: outletA,
      coachId: b.body.id,
      startsInHours: -5,
    });
    expect((await call(t.app, 'DELETE', `/v1/staff/${a.body.id}`, { token: t.tokens.writer })).status).toBe(
      409,
    );
    expect((await call(t.app, 'DELETE', `/v1/staff/${b.body.id}`, { token: t.tokens.writer })).status).toBe(
      204,
    );
  });

  it('hides other tenants and malformed ids (404) and enforces scopes (403)', async () => {
    const mine = await call(t.app, 'POST', '/v1/staff', { token: t.tokens.writer, body: coach('T-1') });
    const url = `/v1/staff/${mine.body.id}`;
    expect((await call(t.app, 'GET', url, { token: t.other.token })).status).toBe(404);
    expect((await call(t.app, 'PATCH', url, { token: t.other.token, body: { name: 'x' } })).status).toBe(404);
    expect((await call(t.app, 'DELETE', url, { token: t.other.token })).status).toBe(404);
    expect((await call(t.app, 'GET', '/v1/staff/stf_x', { token: t.tokens.reader })).status).toBe(404);
    expect(
      (await call(t.app, 'POST', '/v1/staff', { token: t.tokens.reader, body: coach('T-2') })).status,
    ).toBe(403);
    expect((await call(t.app, 'PATCH', url, { token: t.tokens.reader, body: { name: 'x' } })).status).toBe(
      403,
    );
  });
});
