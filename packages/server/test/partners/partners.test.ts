import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/tenancy/tokens.js';
import { call, outletInput, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('partners on %s', (kind) => {
  let t: TestApp;
  let writer: string;
  let reader: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const token = async (scopes: ('partners:read' | 'partners:write')[]) =>
      (await createToken(t.database.db, { organizationId: t.organizationId, name: 'p', scopes })).token;
    writer = await token(['partners:write', 'partners:read']);
    reader = await token(['partners:read']);
  });
  afterAll(async () => {
    await t?.close();
  });

  const create = (body: unknown, token = writer) => call(t.app, 'POST', '/v1/partners', { token, body });

  it('creates, gets, lists, updates and deletes a partner, with events', async () => {
    const outlet = await call(t.app, 'POST', '/v1/outlets', {
      token: t.tokens.admin,
      body: outletInput('P-OUT-1'),
    });
    const created = await create({
      code: 'XH-CHC-01',
      kind: 'clinic',
      name: '徐汇区斜土街道社区卫生服务中心',
      outletIds: [outlet.body.id],
      contacts: [{ name: '王丽华', role: '全科医生', phone: '021-64381234' }],
    });
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.body).toMatchObject({
      code: 'XH-CHC-01',
      outletIds: [outlet.body.id],
      contacts: [{ name: '王丽华', role: '全科医生', email: null, phone: '021-64381234' }],
      revision: 1,
    });
    const id = created.body.id as string;

    const got = await call(t.app, 'GET', `/v1/partners/${id}`, { token: reader });
    expect(got.body).toEqual(created.body);
    const list = await call(t.app, 'GET', '/v1/partners?kind=clinic&code=XH-CHC-01', { token: reader });
    expect(list.body.data.map((p: { id: string }) => p.id)).toEqual([id]);

    const updated = await call(t.app, 'PATCH', `/v1/partners/${id}`, {
      token: writer,
      headers: { 'if-match': '"1"' },
      body: { name: '斜土社区卫生服务中心', contacts: [] },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ revision: 2, contacts: [], name: '斜土社区卫生服务中心' });
    const same = await call(t.app, 'PATCH', `/v1/partners/${id}`, {
      token: writer,
      body: { kind: 'clinic' },
    });
    expect(same.body.revision).toBe(2);

    const stale = await call(t.app, 'PATCH', `/v1/partners/${id}`, {
      token: writer,
      headers: { 'if-match': '"1"' },
      body: { name: 'x' },
    });
    expect(stale.status).toBe(412);

    expect((await call(t.app, 'DELETE', `/v1/partners/${id}`, { token: writer })).status).toBe(204);
    expect((await call(t.app, 'GET', `/v1/partners/${id}`, { token: reader })).status).toBe(404);

    const events = await t.database.db
      .selectFrom('events')
      .select('type')
      .where('organization_id', '=', t.organizationId)
      .where('type', 'like', 'partner.%')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.type)).toEqual(['partner.created', 'partner.updated', 'partner.deleted']);
  });

  it('answers 409 for a taken code and 422 for unknown outlets or bad fields', async () => {
    await create({ code: 'DUP-P', kind: 'school', name: 'A' });
    expect((await create({ code: 'DUP-P', kind: 'school', name: 'B' })).status).toBe(409);
    const other = await create({ code: 'DUP-Q', kind: 'school', name: 'B' });
    const rename = await call(t.app, 'PATCH', `/v1/partners/${other.body.id}`, {
      token: writer,
      body: { code: 'DUP-P' },
    });
    expect(rename.status).toBe(409);

    const unknown = await create({
      code: 'BAD-OUT',
      kind: 'clinic',
      name: 'x',
      outletIds: ['out_01JD0Z8Q3W5XKJ5V7J9C2N4M6T'],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0]).toMatchObject({ path: '/outletIds/0', code: 'unknown_reference' });
    const invalid = await create({ code: '', kind: 'spa', name: 'x', extra: 1 });
    expect(invalid.status).toBe(422);
    const empty = await call(t.app, 'PATCH', `/v1/partners/${other.body.id}`, { token: writer, body: {} });
    expect(empty.status).toBe(422);
  });

  it('refuses to delete a partner with an agreement in force unless force=true', async () => {
    const partner = await create({ code: 'FORCE-1', kind: 'senior_center', name: '长者中心' });
    const id = partner.body.id as string;
    const agreement = await call(t.app, 'POST', `/v1/partners/${id}/agreements`, {
      token: writer,
      body: { scopes: ['participation:aggregate'], validFrom: '2020-01-01' },
    });
    expect(agreement.status).toBe(201);
    const refused = await call(t.app, 'DELETE', `/v1/partners/${id}`, { token: writer });
    expect(refused.status).toBe(409);
    const forced = await call(t.app, 'DELETE', `/v1/partners/${id}?force=true`, { token: writer });
    expect(forced.status).toBe(204);
    const row = await t.database.db
      .selectFrom('data_sharing_agreements')
      .select('revoked_at')
      .where('organization_id', '=', t.organizationId)
      .where('id', '=', agreement.body.id)
      .executeTakeFirstOrThrow();
    expect(row.revoked_at).not.toBeNull();
    const audit = await call(t.app, 'GET', `/v1/audit?partnerId=${id}&action=agreement_change`, {
      token: t.tokens.admin,
    });
    expect(audit.body.data.map((e: { detail: { change: string } }) => e.detail.change)).toEqual([
      'created',
      'revoked',
    ]);
  });

  it('paginates by id', async () => {
    for (const n of [1, 2, 3]) await create({ code: `PAGE-${n}`, kind: 'government', name: `p${n}` });
    const first = await call(t.app, 'GET', '/v1/partners?kind=government&limit=2', { token: reader });
    expect(first.body.data).toHaveLength(2);
    const second = await call(
      t.app,
      'GET',
      `/v1/partners?kind=government&limit=2&cursor=${first.body.nextCursor}`,
      {
        token: reader,
      },
    );
    expect(second.body.data).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
  });

  it('hides other tenants (404), checks scopes (403) and needs a token (401)', async () => {
    const partner = await create({ code: 'MINE-1', kind: 'enterprise', name: 'mine' });
    const id = partner.body.id as string;
    const opts = { token: t.other.token };
    expect((await call(t.app, 'GET', `/v1/partners/${id}`, opts)).status).toBe(404);
    expect((await call(t.app, 'PATCH', `/v1/partners/${id}`, { ...opts, body: { name: 'x' } })).status).toBe(
      404,
    );
    expect((await call(t.app, 'DELETE', `/v1/partners/${id}`, opts)).status).toBe(404);
    expect((await call(t.app, 'GET', `/v1/partners/${id}/agreements`, opts)).status).toBe(404);
    expect((await call(t.app, 'GET', '/v1/partners/prt_nope', { token: reader })).status).toBe(404);
    expect((await call(t.app, 'GET', '/v1/partners?code=MINE-1', opts)).body.data).toEqual([]);
    expect((await create({ code: 'NOPE', kind: 'clinic', name: 'x' }, reader)).status).toBe(403);
    expect((await call(t.app, 'GET', '/v1/partners', { token: t.tokens.reader })).status).toBe(403);
    expect((await call(t.app, 'GET', '/v1/partners')).status).toBe(401);
  });
});
