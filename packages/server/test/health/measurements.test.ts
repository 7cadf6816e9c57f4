import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/ids.js';
import { addMembers, addOutlet } from '../participation/fixtures.js';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('health measurements on %s', (kind) => {
  let t: TestApp;
  let outlet: string;
  let member: string;
  const url = '/v1/health-measurements';

  beforeAll(async () => {
    t = await startTestApp(kind);
    outlet = await addOutlet(t.database.db, t.organizationId, 'SH-PD-0001');
    [member] = (await addMembers(t.database.db, t.organizationId, [{}])) as [string];
  });
  afterAll(() => t.close());

  const post = (body: Record<string, unknown>, token = t.tokens.admin) =>
    call(t.app, 'POST', url, { token, body: { memberId: member, outletId: outlet, ...body } });

  it('records blood pressure with its unit filled in, and a number measurement; emits events', async () => {
    const bp = await post({
      type: 'blood_pressure',
      value: { systolic: 128, diastolic: 82 },
      measuredAt: '2026-09-05T09:12:00+08:00',
    });
    expect(bp.status).toBe(201);
    expect(bp.headers.etag).toBe('"1"');
    expect(bp.body).toMatchObject({
      unit: 'mm[Hg]',
      value: { systolic: 128, diastolic: 82 },
      source: 'staff',
    });
    const weight = await post({ type: 'weight', value: 63.4, unit: 'kg', source: 'device' });
    expect(weight.status).toBe(201);
    expect(weight.body).toMatchObject({ unit: 'kg', value: 63.4, source: 'device' });
    const got = await call(t.app, 'GET', `${url}/${bp.body.id}`, { token: t.tokens.admin });
    expect(got.body).toEqual(bp.body);
    const events = await t.database.db
      .selectFrom('events')
      .select('type')
      .where('organization_id', '=', t.organizationId)
      .execute();
    expect(events.map((e) => e.type)).toEqual(['health_measurement.created', 'health_measurement.created']);
  });

  it('answers 422 for a wrong unit, a value of the wrong shape, an unknown member or outlet', async () => {
    expect((await post({ type: 'weight', value: 63, unit: 'cm' })).status).toBe(422);
    expect((await post({ type: 'blood_pressure', value: 120 })).status).toBe(422);
    expect((await post({ type: 'steps', value: { systolic: 1, diastolic: 1 } })).status).toBe(422);
    expect((await post({ type: 'weight', value: 63, measuredAt: 'now' })).status).toBe(422);
    const unknown = await post({ type: 'weight', value: 63, memberId: newId('mem'), outletId: newId('out') });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((e: { code: string }) => e.code).sort()).toEqual([
      'unknown_member',
      'unknown_outlet',
    ]);
  });

  it('lists with filters (type, local dates) and pages', async () => {
    const bpOnly = await call(t.app, 'GET', `${url}?type=blood_pressure`, { token: t.tokens.admin });
    expect(bpOnly.body.data).toHaveLength(1);
    const day = await call(t.app, 'GET', `${url}?from=2026-09-05&to=2026-09-05&memberId=${member}`, {
      token: t.tokens.admin,
    });
    expect(day.body.data.map((m: { type: string }) => m.type)).toEqual(['blood_pressure']);
    const page = await call(t.app, 'GET', `${url}?limit=1`, { token: t.tokens.admin });
    expect(page.body.nextCursor).not.toBeNull();
    expect((await call(t.app, 'GET', `${url}?type=height_cm`, { token: t.tokens.admin })).status).toBe(422);
  });

  it('deletes (204, event), then 404; other tenants and malformed ids get 404', async () => {
    const created = await post({ type: 'grip_strength', value: 27.5 });
    const id = created.body.id;
    expect((await call(t.app, 'GET', `${url}/${id}`, { token: t.other.token })).status).toBe(404);
    expect((await call(t.app, 'DELETE', `${url}/${id}`, { token: t.other.token })).status).toBe(404);
    expect((await call(t.app, 'GET', `${url}/msr_bad`, { token: t.tokens.admin })).status).toBe(404);
    expect((await call(t.app, 'DELETE', `${url}/${id}`, { token: t.tokens.admin })).status).toBe(204);
    expect((await call(t.app, 'GET', `${url}/${id}`, { token: t.tokens.admin })).status).toBe(404);
    expect((await call(t.app, 'DELETE', `${url}/${id}`, { token: t.tokens.admin })).status).toBe(404);
    const last = await t.database.db
      .selectFrom('events')
      .select(['type', 'data'])
      .where('organization_id', '=', t.organizationId)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(last.type).toBe('health_measurement.deleted');
    expect(JSON.parse(last.data).id).toBe(id);
  });

  it('enforces scopes', async () => {
    expect((await post({ type: 'weight', value: 60 }, t.tokens.reader)).status).toBe(403);
    expect((await call(t.app, 'GET', url, { token: t.tokens.reader })).status).toBe(403);
    expect((await call(t.app, 'GET', url, { token: t.other.token })).body.data).toEqual([]);
  });
});
