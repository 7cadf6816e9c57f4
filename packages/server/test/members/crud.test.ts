import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { eventTypes, peopleTokens } from './helpers.js';

const year = new Date().getFullYear();

describe.each(DIALECTS)('members CRUD on %s', (kind) => {
  let t: TestApp;
  let tok: { read: string; write: string };
  beforeAll(async () => {
    t = await startTestApp(kind);
    tok = await peopleTokens(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates a member with a derived age group and an ETag', async () => {
    const res = await call(t.app, 'POST', '/v1/members', {
      token: tok.write,
      body: { externalId: 'M-1', displayName: '王秀英', birthYear: year - 66, phone: '+86 139 1234 5678' },
    });
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({
      externalId: 'M-1',
      ageGroup: 'senior',
      schoolGrade: null,
      guardian: null,
      erasedAt: null,
      revision: 1,
    });
    const pupil = await call(t.app, 'POST', '/v1/members', {
      token: tok.write,
      body: { displayName: '张子涵', schoolGrade: 8 },
    });
    expect(pupil.body).toMatchObject({ externalId: null, birthYear: null, ageGroup: 'youth' });
    expect(await eventTypes(t)).toContain('member.created');
  });

  it('gets, lists with filters and pages, updates with If-Match', async () => {
    const created = await call(t.app, 'POST', '/v1/members', {
      token: tok.write,
      body: { externalId: 'M-2', displayName: '陈建国', birthYear: year - 30 },
    });
    const id = created.body.id as string;
    const got = await call(t.app, 'GET', `/v1/members/${id}`, { token: tok.read });
    expect(got.status).toBe(200);
    expect(got.body).toEqual(created.body);

    const byKey = await call(t.app, 'GET', '/v1/members?externalId=M-2', { token: tok.read });
    expect(byKey.body.data.map((m: { id: string }) => m.id)).toEqual([id]);
    const adults = await call(t.app, 'GET', '/v1/members?ageGroup=adult', { token: tok.read });
    expect(adults.body.data.every((m: { ageGroup: string }) => m.ageGroup === 'adult')).toBe(true);
    const first = await call(t.app, 'GET', '/v1/members?limit=1', { token: tok.read });
    expect(first.body.data).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await call(t.app, 'GET', `/v1/members?limit=1&cursor=${first.body.nextCursor}`, {
      token: tok.read,
    });
    expect(second.body.data[0].id > first.body.data[0].id).toBe(true);

    const updated = await call(t.app, 'PATCH', `/v1/members/${id}`, {
      token: tok.write,
      headers: { 'if-match': '"1"' },
      body: { birthYear: year - 70, gender: 'male' },
    });
    expect(updated.status).toBe(200);
    expect(updated.headers.etag).toBe('"2"');
    expect(updated.body).toMatchObject({ ageGroup: 'senior', gender: 'male', revision: 2 });

    const same = await call(t.app, 'PATCH', `/v1/members/${id}`, {
      token: tok.write,
      body: { gender: 'male' },
    });
    expect(same.body.revision).toBe(2);
    const cleared = await call(t.app, 'PATCH', `/v1/members/${id}`, {
      token: tok.write,
      body: { birthYear: null },
    });
    expect(cleared.body).toMatchObject({ birthYear: null, ageGroup: null, revision: 3 });

    const stale = await call(t.app, 'PATCH', `/v1/members/${id}`, {
      token: tok.write,
      headers: { 'if-match': '"1"' },
      body: { displayName: 'x' },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('revision_mismatch');
  });

  it('answers 409 for a taken externalId and 422 for invalid bodies', async () => {
    const dup = await call(t.app, 'POST', '/v1/members', {
      token: tok.write,
      body: { externalId: 'M-1', displayName: 'dup' },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('conflict');
    const other = await call(t.app, 'POST', '/v1/members', {
      token: tok.write,
      body: { externalId: 'M-9', displayName: 'nine' },
    });
    const taken = await call(t.app, 'PATCH', `/v1/members/${other.body.id}`, {
      token: tok.write,
      body: { externalId: 'M-1' },
    });
    expect(taken.status).toBe(409);

    const future = await call(t.app, 'POST', '/v1/members', {
      token: tok.write,
      body: { displayName: 'x', birthYear: year + 1 },
    });
    expect(future.status).toBe(422);
    expect(future.body.errors[0].path).toBe('/birthYear');
    const derived = await call(t.app, 'POST', '/v1/members', {
      token: tok.write,
      body: { displayName: 'x', ageGroup: 'adult' },
    });
    expect(derived.status).toBe(422);
    expect(derived.body.errors[0]).toMatchObject({ path: '/ageGroup', code: 'unknown_field' });
    const empty = await call(t.app, 'PATCH', `/v1/members/${other.body.id}`, { token: tok.write, body: {} });
    expect(empty.status).toBe(422);
  });

  it('never echoes a phone number in a validation error', async () => {
    const phone = '138-0013-8000x';
    const res = await call(t.app, 'POST', '/v1/members', {
      token: tok.write,
      body: { displayName: 'x', phone, guardian: { name: '李娜', phone: 'tel:13900000000' } },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      '/guardian/phone',
      '/phone',
    ]);
    expect(res.raw).not.toContain('138-0013-8000');
    expect(res.raw).not.toContain('13900000000');
  });

  it('answers 404 for malformed, unknown and other tenants’ ids', async () => {
    const id = (await call(t.app, 'GET', '/v1/members?externalId=M-1', { token: tok.read })).body.data[0].id;
    for (const [token, memberId] of [
      [tok.read, 'mem_nope'],
      [tok.read, 'mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6P'],
      [t.other.token, id],
    ]) {
      const res = await call(t.app, 'GET', `/v1/members/${memberId}`, { token });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('not_found');
    }
    const patch = await call(t.app, 'PATCH', `/v1/members/${id}`, {
      token: t.other.token,
      body: { gender: 'male' },
    });
    expect(patch.status).toBe(404);
    const list = await call(t.app, 'GET', '/v1/members', { token: t.other.token });
    expect(list.body.data).toEqual([]);
  });

  it('enforces scopes: 403 without members:read / members:write, 401 without a token', async () => {
    const read = await call(t.app, 'GET', '/v1/members', { token: t.tokens.reader });
    expect(read.status).toBe(403);
    const write = await call(t.app, 'POST', '/v1/members', { token: tok.read, body: { displayName: 'x' } });
    expect(write.status).toBe(403);
    const batch = await call(t.app, 'POST', '/v1/members:batchUpsert', {
      token: tok.read,
      body: { items: [{ externalId: 'B', displayName: 'b' }] },
    });
    expect(batch.status).toBe(403);
    const anonymous = await call(t.app, 'GET', '/v1/members');
    expect(anonymous.status).toBe(401);
  });
});
