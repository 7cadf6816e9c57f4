import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { peopleTokens } from './helpers.js';

describe.each(DIALECTS)('members :batchUpsert on %s', (kind) => {
  let t: TestApp;
  let tok: { read: string; write: string };
  beforeAll(async () => {
    t = await startTestApp(kind);
    tok = await peopleTokens(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const upsert = (items: unknown[], query = '') =>
    call(t.app, 'POST', `/v1/members:batchUpsert${query}`, { token: tok.write, body: { items } });

  it('creates, then updates or leaves unchanged on re-run, keeping omitted fields', async () => {
    const first = await upsert([
      { externalId: 'B-1', displayName: '一', birthYear: 1958, phone: '13800138000' },
      { externalId: 'B-2', displayName: '二', schoolGrade: 3 },
    ]);
    expect(first.status).toBe(200);
    expect(first.body.summary).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });

    const again = await upsert([
      { externalId: 'B-1', displayName: '一' },
      { externalId: 'B-2', displayName: '二二' },
    ]);
    expect(again.body.summary).toEqual({ created: 0, updated: 1, unchanged: 1, rejected: 0 });
    expect(again.body.results[0]).toMatchObject({ status: 'unchanged', id: first.body.results[0].id });
    const b1 = await call(t.app, 'GET', `/v1/members/${first.body.results[0].id}`, { token: tok.read });
    expect(b1.body).toMatchObject({ phone: '13800138000', birthYear: 1958, revision: 1 });
    const b2 = await call(t.app, 'GET', `/v1/members/${first.body.results[1].id}`, { token: tok.read });
    expect(b2.body).toMatchObject({ displayName: '二二', ageGroup: 'child', revision: 2 });
  });

  it('rejects items without externalId; atomic writes nothing, partial writes the valid ones', async () => {
    const atomic = await upsert([{ externalId: 'B-3', displayName: '三' }, { displayName: 'no key' }]);
    expect(atomic.status).toBe(422);
    expect(atomic.body.errors[0]).toMatchObject({ path: '/items/1/externalId', code: 'required' });
    expect(atomic.body.results[0]).toEqual({ index: 0, status: 'created' });
    const none = await call(t.app, 'GET', '/v1/members?externalId=B-3', { token: tok.read });
    expect(none.body.data).toEqual([]);

    const partial = await upsert(
      [
        { externalId: 'B-3', displayName: '三' },
        { displayName: 'no key' },
        { externalId: 'B-3', displayName: 'dup' },
      ],
      '?mode=partial',
    );
    expect(partial.status).toBe(200);
    expect(partial.body.summary).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 2 });
    expect(partial.body.results[2].errors[0].code).toBe('duplicate_key');
  });

  it('rejects an item whose externalId belonged to an erased member (member_erased)', async () => {
    const created = await upsert([{ externalId: 'B-9', displayName: '九' }]);
    const id = created.body.results[0].id as string;
    expect((await call(t.app, 'POST', `/v1/members/${id}:erase`, { token: tok.write })).status).toBe(200);
    const again = await upsert([{ externalId: 'B-9', displayName: '九' }], '?mode=partial');
    expect(again.body.results[0]).toMatchObject({ status: 'rejected' });
    expect(again.body.results[0].errors[0]).toMatchObject({
      path: '/items/0/externalId',
      code: 'member_erased',
    });
    const single = await call(t.app, 'POST', '/v1/members', {
      token: tok.write,
      body: { externalId: 'B-9', displayName: '九' },
    });
    expect(single.status).toBe(409);
    expect(single.body.code).toBe('member_erased');
  });

  it('keeps tenants apart: the same externalId in another organization is a new member', async () => {
    const res = await call(t.app, 'POST', '/v1/members:batchUpsert', {
      token: t.other.token,
      body: { items: [{ externalId: 'B-1', displayName: 'other' }] },
    });
    expect(res.body.summary.created).toBe(1);
  });
});
