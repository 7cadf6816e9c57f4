import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, eventTypes, insertPartner, insertProgram, peopleTokens } from '../members/helpers.js';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('groups on %s', (kind) => {
  let t: TestApp;
  let tok: { read: string; write: string };
  let a: string;
  let b: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    tok = await peopleTokens(t);
    a = await createMember(t, { displayName: 'A', schoolGrade: 4 });
    b = await createMember(t, { displayName: 'B', schoolGrade: 4 });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates with members ordered by id, gets, lists with filters and updates the member set', async () => {
    const partner = await insertPartner(t);
    const created = await call(t.app, 'POST', '/v1/groups', {
      token: tok.write,
      body: {
        code: 'CLASS-4-2',
        name: '四年级2班',
        kind: 'school_class',
        partnerId: partner,
        memberIds: [b, a],
      },
    });
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.body).toMatchObject({ partnerId: partner, memberIds: [a, b].sort(), revision: 1 });
    const id = created.body.id as string;

    expect((await call(t.app, 'GET', `/v1/groups/${id}`, { token: tok.read })).body).toEqual(created.body);
    const own = await call(t.app, 'POST', '/v1/groups', {
      token: tok.write,
      body: { code: 'WALK-1', name: '健步走', kind: 'interest_group' },
    });
    expect(own.body).toMatchObject({ partnerId: null, memberIds: [] });

    const filters: [string, string[]][] = [
      ['kind=school_class', [id]],
      [`partnerId=${partner}`, [id]],
      [`memberId=${a}`, [id]],
      ['code=WALK-1', [own.body.id]],
    ];
    for (const [query, ids] of filters) {
      const res = await call(t.app, 'GET', `/v1/groups?${query}`, { token: tok.read });
      expect(res.body.data.map((g: { id: string }) => g.id)).toEqual(ids);
    }
    const members = await call(t.app, 'GET', `/v1/members?groupId=${id}`, { token: tok.read });
    expect(members.body.data.map((m: { id: string }) => m.id)).toEqual([a, b].sort());

    const updated = await call(t.app, 'PATCH', `/v1/groups/${id}`, {
      token: tok.write,
      headers: { 'if-match': '"1"' },
      body: { memberIds: [b], name: '五年级2班' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ memberIds: [b], name: '五年级2班', revision: 2 });
    const same = await call(t.app, 'PATCH', `/v1/groups/${id}`, {
      token: tok.write,
      body: { memberIds: [b] },
    });
    expect(same.body.revision).toBe(2);
    const stale = await call(t.app, 'PATCH', `/v1/groups/${id}`, {
      token: tok.write,
      headers: { 'if-match': '"1"' },
      body: { name: 'x' },
    });
    expect(stale.status).toBe(412);
    expect(await eventTypes(t)).toEqual(expect.arrayContaining(['group.created', 'group.updated']));
  });

  it('answers 409 for a taken code and 422 for unknown members or partners', async () => {
    const dup = await call(t.app, 'POST', '/v1/groups', {
      token: tok.write,
      body: { code: 'WALK-1', name: 'dup', kind: 'interest_group' },
    });
    expect(dup.status).toBe(409);
    const foreign = await createMemberInOther();
    const unknown = await call(t.app, 'POST', '/v1/groups', {
      token: tok.write,
      body: { code: 'G-X', name: 'x', kind: 'interest_group', memberIds: [a, 'mem_nope', foreign] },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('unknown_reference');
    expect(unknown.body.errors.map((e: { path: string }) => e.path)).toEqual([
      '/memberIds/1',
      '/memberIds/2',
    ]);
    const partner = await call(t.app, 'POST', '/v1/groups', {
      token: tok.write,
      body: { code: 'G-Y', name: 'y', kind: 'interest_group', partnerId: 'prt_01JD0Z8Q3W5XKJ5V7J9C2N4M5B' },
    });
    expect(partner.status).toBe(422);
    const repeated = await call(t.app, 'POST', '/v1/groups', {
      token: tok.write,
      body: { code: 'G-Z', name: 'z', kind: 'interest_group', memberIds: [a, a] },
    });
    expect(repeated.status).toBe(422);
  });

  it('deletes a group: members untouched, enrollments keep existing with groupId null', async () => {
    const group = await call(t.app, 'POST', '/v1/groups', {
      token: tok.write,
      body: { code: 'REF-1', name: '转介队列', kind: 'referral_cohort', memberIds: [a] },
    });
    const program = await insertProgram(t);
    const enrollment = await call(t.app, 'POST', '/v1/enrollments', {
      token: tok.write,
      body: { memberId: a, programId: program, groupId: group.body.id, source: 'self' },
    });
    expect(enrollment.status).toBe(201);
    const stale = await call(t.app, 'DELETE', `/v1/groups/${group.body.id}`, {
      token: tok.write,
      headers: { 'if-match': '"9"' },
    });
    expect(stale.status).toBe(412);
    const deleted = await call(t.app, 'DELETE', `/v1/groups/${group.body.id}`, { token: tok.write });
    expect(deleted.status).toBe(204);
    expect((await call(t.app, 'GET', `/v1/groups/${group.body.id}`, { token: tok.read })).status).toBe(404);
    expect((await call(t.app, 'GET', `/v1/members/${a}`, { token: tok.read })).status).toBe(200);
    const kept = await call(t.app, 'GET', `/v1/enrollments/${enrollment.body.id}`, { token: tok.read });
    expect(kept.body).toMatchObject({ groupId: null, revision: 2 });
    expect(await eventTypes(t)).toEqual(expect.arrayContaining(['group.deleted', 'enrollment.updated']));
  });

  it('answers 404 across tenants and for malformed ids, 403 without the scope', async () => {
    const list = await call(t.app, 'GET', '/v1/groups?code=WALK-1', { token: tok.read });
    const id = list.body.data[0].id as string;
    const other = t.other.token;
    expect((await call(t.app, 'GET', `/v1/groups/${id}`, { token: other })).status).toBe(404);
    expect(
      (await call(t.app, 'PATCH', `/v1/groups/${id}`, { token: other, body: { name: 'x' } })).status,
    ).toBe(404);
    expect((await call(t.app, 'DELETE', `/v1/groups/${id}`, { token: other })).status).toBe(404);
    expect((await call(t.app, 'GET', '/v1/groups/grp_x', { token: tok.read })).status).toBe(404);
    expect((await call(t.app, 'GET', '/v1/groups', { token: other })).body.data).toEqual([]);
    expect((await call(t.app, 'GET', '/v1/groups', { token: t.tokens.reader })).status).toBe(403);
    const write = await call(t.app, 'POST', '/v1/groups', {
      token: tok.read,
      body: { code: 'NO', name: 'no', kind: 'interest_group' },
    });
    expect(write.status).toBe(403);
    expect((await call(t.app, 'DELETE', `/v1/groups/${id}`, { token: tok.read })).status).toBe(403);
  });

  async function createMemberInOther(): Promise<string> {
    const res = await call(t.app, 'POST', '/v1/members', {
      token: t.other.token,
      body: { displayName: 'other' },
    });
    return res.body.id as string;
  }
});
