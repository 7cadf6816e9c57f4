import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, eventTypes, insertProgram, peopleTokens } from '../members/helpers.js';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('enrollments on %s', (kind) => {
  let t: TestApp;
  let tok: { read: string; write: string };
  let member: string;
  let program: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    tok = await peopleTokens(t);
    member = await createMember(t, { displayName: '王秀英', birthYear: 1958 });
    program = await insertProgram(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const enroll = (body: Record<string, unknown>, token = tok.write) =>
    call(t.app, 'POST', '/v1/enrollments', { token, body });

  it('creates (status active by default), gets, lists with filters and updates', async () => {
    const created = await enroll({
      memberId: member,
      programId: program,
      source: 'referral',
      referenceId: 'SR-1',
    });
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.body).toMatchObject({ status: 'active', groupId: null, referenceId: 'SR-1', revision: 1 });
    const id = created.body.id as string;
    expect((await call(t.app, 'GET', `/v1/enrollments/${id}`, { token: tok.read })).body).toEqual(
      created.body,
    );

    const group = await call(t.app, 'POST', '/v1/groups', {
      token: tok.write,
      body: { code: 'COHORT-1', name: 'cohort', kind: 'referral_cohort' },
    });
    const updated = await call(t.app, 'PATCH', `/v1/enrollments/${id}`, {
      token: tok.write,
      headers: { 'if-match': '"1"' },
      body: { status: 'completed', groupId: group.body.id },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ status: 'completed', groupId: group.body.id, revision: 2 });
    const same = await call(t.app, 'PATCH', `/v1/enrollments/${id}`, {
      token: tok.write,
      body: { status: 'completed' },
    });
    expect(same.body.revision).toBe(2);
    const stale = await call(t.app, 'PATCH', `/v1/enrollments/${id}`, {
      token: tok.write,
      headers: { 'if-match': '"1"' },
      body: { status: 'cancelled' },
    });
    expect(stale.status).toBe(412);
    const fixed = await call(t.app, 'PATCH', `/v1/enrollments/${id}`, {
      token: tok.write,
      body: { memberId: member },
    });
    expect(fixed.status).toBe(422);

    await enroll({ memberId: member, programId: program, source: 'self' });
    for (const [query, count] of [
      [`memberId=${member}`, 2],
      [`programId=${program}`, 2],
      [`groupId=${group.body.id}`, 1],
      ['status=completed', 1],
    ] as const) {
      const res = await call(t.app, 'GET', `/v1/enrollments?${query}`, { token: tok.read });
      expect(res.body.data).toHaveLength(count);
    }
    const personal = await call(t.app, 'GET', `/v1/members/${member}:personalData`, { token: tok.read });
    expect(personal.body.enrollments).toHaveLength(2);
    expect(await eventTypes(t)).toEqual(expect.arrayContaining(['enrollment.created', 'enrollment.updated']));
  });

  it('answers 409 for a referenceId already used with the same source, not with another source', async () => {
    await enroll({ memberId: member, programId: program, source: 'referral', referenceId: 'SR-2' });
    const dup = await enroll({
      memberId: member,
      programId: program,
      source: 'referral',
      referenceId: 'SR-2',
    });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('conflict');
    const otherSource = await enroll({
      memberId: member,
      programId: program,
      source: 'school',
      referenceId: 'SR-2',
    });
    expect(otherSource.status).toBe(201);
    const moved = await call(t.app, 'PATCH', `/v1/enrollments/${otherSource.body.id}`, {
      token: tok.write,
      body: { referenceId: 'SR-2' },
    });
    expect(moved.body.revision).toBe(1);
  });

  it('answers 422 unknown_reference for unknown member, program or group; 409 for an erased member', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ memberId: 'mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', programId: program }, '/memberId'],
      [{ memberId: member, programId: 'prg_01JD0Z8Q3W5XKJ5V7J9C2N4M3A' }, '/programId'],
      [{ memberId: member, programId: program, groupId: 'grp_01JD0Z8Q3W5XKJ5V7J9C2N4M8B' }, '/groupId'],
      [{ memberId: member, programId: await insertProgram(t, t.other.organizationId) }, '/programId'],
    ];
    for (const [body, path] of cases) {
      const res = await enroll({ ...body, source: 'self' });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('unknown_reference');
      expect(res.body.errors[0].path).toBe(path);
    }
    const erased = await createMember(t, { displayName: 'gone', birthYear: 1970 });
    await call(t.app, 'POST', `/v1/members/${erased}:erase`, { token: tok.write });
    const res = await enroll({ memberId: erased, programId: program, source: 'self' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('member_erased');
  });

  it('answers 404 across tenants and for malformed ids, 403 without the scope', async () => {
    const created = await enroll({ memberId: member, programId: program, source: 'self' });
    const id = created.body.id as string;
    const other = t.other.token;
    expect((await call(t.app, 'GET', `/v1/enrollments/${id}`, { token: other })).status).toBe(404);
    const patch = await call(t.app, 'PATCH', `/v1/enrollments/${id}`, {
      token: other,
      body: { status: 'cancelled' },
    });
    expect(patch.status).toBe(404);
    expect((await call(t.app, 'GET', '/v1/enrollments/enr_x', { token: tok.read })).status).toBe(404);
    expect((await call(t.app, 'GET', '/v1/enrollments', { token: other })).body.data).toEqual([]);
    expect((await enroll({ memberId: member, programId: program, source: 'self' }, other)).status).toBe(422);
    expect((await call(t.app, 'GET', '/v1/enrollments', { token: t.tokens.reader })).status).toBe(403);
    expect((await enroll({ memberId: member, programId: program, source: 'self' }, tok.read)).status).toBe(
      403,
    );
  });
});
