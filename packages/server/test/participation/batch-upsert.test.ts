import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/ids.js';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { addMembers, addOutlet, addProgram, addSessions } from './fixtures.js';

describe.each(DIALECTS)('participation: batchUpsert on %s', (kind) => {
  let t: TestApp;
  let s: string[];
  let m: string[];
  const url = '/v1/participation:batchUpsert';

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.database.db;
    const outlet = await addOutlet(db, t.organizationId, 'SH-PD-0001');
    s = await addSessions(db, t.organizationId, outlet, await addProgram(db, t.organizationId, 'P-1'), 2);
    m = await addMembers(db, t.organizationId, [{}, {}, {}, {}]);
  });
  afterAll(() => t.close());

  const batch = (items: unknown[], query = '', token = t.tokens.admin) =>
    call(t.app, 'POST', `${url}${query}`, { token, body: { items } });
  const eventCount = async () =>
    (
      await t.database.db
        .selectFrom('events')
        .select('id')
        .where('organization_id', '=', t.organizationId)
        .execute()
    ).length;

  it('creates, then reports unchanged on a re-run without new events', async () => {
    const items = [
      {
        externalId: 'E-1',
        sessionId: s[0],
        memberId: m[0],
        checkedInAt: '2026-09-05T07:58:12+08:00',
        source: 'import',
      },
      {
        externalId: 'E-2',
        sessionId: s[0],
        memberId: m[1],
        checkedInAt: '2026-09-05T08:03:40+08:00',
        source: 'import',
      },
      { sessionId: s[1], memberId: m[0], checkedInAt: '2026-09-06T08:00:00+08:00' },
    ];
    const first = await batch(items);
    expect(first.status).toBe(200);
    expect(first.body.summary).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 0 });
    const events = await eventCount();
    const again = await batch(items);
    expect(again.body.summary).toEqual({ created: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect(again.body.results.map((r: { id: string }) => r.id)).toEqual(
      first.body.results.map((r: { id: string }) => r.id),
    );
    expect(await eventCount()).toBe(events);
  });

  it('updates by externalId, and by (session, member) when there is none, bumping the revision', async () => {
    const res = await batch([
      { externalId: 'E-1', sessionId: s[0], memberId: m[0], durationMinutes: 55 },
      { sessionId: s[1], memberId: m[0], durationMinutes: 30 },
      { externalId: 'E-3', sessionId: s[1], memberId: m[2] },
    ]);
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual([
      'updated',
      'updated',
      'created',
    ]);
    const one = await call(t.app, 'GET', `/v1/participation/${res.body.results[0].id}`, {
      token: t.tokens.admin,
    });
    expect(one.body).toMatchObject({ durationMinutes: 55, revision: 2, source: 'import' });
    const types = await t.database.db
      .selectFrom('events')
      .select('type')
      .where('organization_id', '=', t.organizationId)
      .where('type', '=', 'participation.updated')
      .execute();
    expect(types).toHaveLength(2);
  });

  it('is all-or-nothing by default: one bad item → 422 with results, nothing written', async () => {
    const events = await eventCount();
    const res = await batch([
      { externalId: 'E-9', sessionId: s[0], memberId: m[3] },
      { externalId: 'E-10', sessionId: newId('ses'), memberId: m[3] },
      { externalId: 'E-11', sessionId: s[0], memberId: m[1] },
      { externalId: 'E-9', sessionId: s[1], memberId: m[3] },
    ]);
    expect(res.status).toBe(422);
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual([
      'created',
      'rejected',
      'rejected',
      'rejected',
    ]);
    expect(res.body.results[2].errors[0].code).toBe('conflict');
    expect(res.body.results[3].errors[0].code).toBe('duplicate_key');
    expect(await eventCount()).toBe(events);
    expect(
      (await call(t.app, 'GET', '/v1/participation?externalId=E-9', { token: t.tokens.admin })).body.data,
    ).toEqual([]);
  });

  it('writes the valid items with ?mode=partial', async () => {
    const res = await batch(
      [
        { externalId: 'E-9', sessionId: s[0], memberId: m[3] },
        { externalId: 'E-10', sessionId: s[0], memberId: newId('mem') },
      ],
      '?mode=partial',
    );
    expect(res.status).toBe(200);
    expect(res.body.summary).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 1 });
  });

  it('answers 403 without participation:write, 422 for a malformed envelope', async () => {
    expect((await batch([{ sessionId: s[0], memberId: m[0] }], '', t.tokens.reader)).status).toBe(403);
    expect((await call(t.app, 'POST', url, { token: t.tokens.admin, body: { items: [] } })).status).toBe(422);
  });

  it('never touches another organization', async () => {
    const res = await batch([{ sessionId: s[0], memberId: m[0] }], '', t.other.token);
    expect(res.status).toBe(422);
    expect(res.body.results[0].errors.map((e: { code: string }) => e.code).sort()).toEqual([
      'unknown_member',
      'unknown_session',
    ]);
  });
});
