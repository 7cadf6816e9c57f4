import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/ids.js';
import { addMembers, addOutlet, addProgram, addSessions } from '../participation/fixtures.js';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('feedback on %s', (kind) => {
  let t: TestApp;
  let outlet: string;
  let otherOutlet: string;
  let session: string;
  let member: string;
  const url = '/v1/feedback';

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.database.db;
    outlet = await addOutlet(db, t.organizationId, 'SH-PD-0001');
    otherOutlet = await addOutlet(db, t.organizationId, 'SH-PD-0002');
    [session] = (await addSessions(
      db,
      t.organizationId,
      outlet,
      await addProgram(db, t.organizationId, 'P'),
      1,
    )) as [string];
    [member] = (await addMembers(db, t.organizationId, [{}])) as [string];
  });
  afterAll(() => t.close());

  const post = (body: unknown, token = t.tokens.admin) => call(t.app, 'POST', url, { token, body });

  it('records feedback on a session (outlet taken from it) and on an outlet, anonymous allowed', async () => {
    const onSession = await post({
      sessionId: session,
      memberId: member,
      rating: 5,
      nps: 9,
      comment: '王教练讲解很耐心',
    });
    expect(onSession.status).toBe(201);
    expect(onSession.headers.etag).toBe('"1"');
    expect(onSession.body).toMatchObject({
      sessionId: session,
      outletId: outlet,
      memberId: member,
      rating: 5,
      nps: 9,
    });
    const onOutlet = await post({ outletId: otherOutlet, rating: 3 });
    expect(onOutlet.body).toMatchObject({
      sessionId: null,
      memberId: null,
      nps: null,
      comment: null,
      outletId: otherOutlet,
    });
    const got = await call(t.app, 'GET', `${url}/${onSession.body.id}`, { token: t.tokens.admin });
    expect(got.body).toEqual(onSession.body);
    const types = await t.database.db
      .selectFrom('events')
      .select('type')
      .where('organization_id', '=', t.organizationId)
      .execute();
    expect(types.map((e) => e.type)).toEqual(['feedback.created', 'feedback.created']);
  });

  it('answers 422 for unknown references, a session of another outlet, a bad rating, neither target', async () => {
    expect((await post({ sessionId: session, outletId: otherOutlet, rating: 4 })).body.errors[0].code).toBe(
      'outlet_mismatch',
    );
    expect((await post({ sessionId: newId('ses'), rating: 4 })).status).toBe(422);
    expect((await post({ outletId: newId('out'), rating: 4 })).status).toBe(422);
    expect((await post({ outletId: outlet, memberId: newId('mem'), rating: 4 })).status).toBe(422);
    expect((await post({ outletId: outlet, rating: 6 })).status).toBe(422);
    expect((await post({ rating: 4 })).status).toBe(422);
  });

  it('lists by outlet (sessions included) and by session', async () => {
    const atOutlet = await call(t.app, 'GET', `${url}?outletId=${outlet}`, { token: t.tokens.admin });
    expect(atOutlet.body.data).toHaveLength(1);
    const bySession = await call(t.app, 'GET', `${url}?sessionId=${session}`, { token: t.tokens.admin });
    expect(bySession.body.data).toHaveLength(1);
    const page = await call(t.app, 'GET', `${url}?limit=1`, { token: t.tokens.admin });
    const next = await call(t.app, 'GET', `${url}?limit=1&cursor=${page.body.nextCursor}`, {
      token: t.tokens.admin,
    });
    expect(next.body.data[0].id > page.body.data[0].id).toBe(true);
  });

  it('isolates tenants and enforces scopes', async () => {
    const mine = (await call(t.app, 'GET', url, { token: t.tokens.admin })).body.data[0].id;
    expect((await call(t.app, 'GET', `${url}/${mine}`, { token: t.other.token })).status).toBe(404);
    expect((await call(t.app, 'GET', `${url}/nope`, { token: t.tokens.admin })).status).toBe(404);
    expect((await call(t.app, 'GET', url, { token: t.other.token })).body.data).toEqual([]);
    expect((await post({ outletId: outlet, rating: 4 }, t.tokens.reader)).status).toBe(403);
    expect((await post({ outletId: outlet, rating: 4 }, t.other.token)).status).toBe(422);
  });
});
