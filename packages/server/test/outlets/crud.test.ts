import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, outletInput, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('outlets CRUD on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  const zones = [
    { code: 'TRN', name: '训练区', kind: 'training', capacity: 30 },
    { code: 'EXP', name: '体验区', kind: 'experience' },
  ];

  it('creates an outlet with defaults, zones nested and ordered by code, and an ETag', async () => {
    const res = await call(t.app, 'POST', '/v1/outlets', {
      token: t.tokens.writer,
      body: outletInput('SH-PD-0001', { address: { district: '浦东新区' }, zones }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({
      code: 'SH-PD-0001',
      status: 'active',
      timezone: 'Asia/Shanghai',
      revision: 1,
    });
    expect(res.body.zones.map((z: { code: string }) => z.code)).toEqual(['EXP', 'TRN']);
    expect(res.body.zones[0]).toMatchObject({ outletId: res.body.id, capacity: null, revision: 1 });
  });

  it('gets, lists with filters, updates and deletes', async () => {
    const created = await call(t.app, 'POST', '/v1/outlets', {
      token: t.tokens.admin,
      body: outletInput('SH-XH-0002', { address: { district: '徐汇区' }, zones }),
    });
    const id = created.body.id as string;

    const got = await call(t.app, 'GET', `/v1/outlets/${id}`, { token: t.tokens.reader });
    expect(got.status).toBe(200);
    expect(got.body).toEqual(created.body);
    expect(got.headers.etag).toBe('"1"');

    const byDistrict = await call(t.app, 'GET', `/v1/outlets?district=${encodeURIComponent('徐汇区')}`, {
      token: t.tokens.reader,
    });
    expect(byDistrict.body.data.map((o: { id: string }) => o.id)).toEqual([id]);
    const byCode = await call(t.app, 'GET', '/v1/outlets?code=SH-XH-0002&status=active', {
      token: t.tokens.reader,
    });
    expect(byCode.body.data).toHaveLength(1);

    const updated = await call(t.app, 'PATCH', `/v1/outlets/${id}`, {
      token: t.tokens.writer,
      headers: { 'if-match': '"1"' },
      body: {
        status: 'suspended',
        zones: [{ code: 'EXP', name: '体验区', kind: 'experience', capacity: 5 }],
      },
    });
    expect(updated.status).toBe(200);
    expect(updated.headers.etag).toBe('"2"');
    expect(updated.body).toMatchObject({ status: 'suspended', revision: 2, name: created.body.name });
    expect(updated.body.zones).toHaveLength(1);
    // The zone matched by code keeps its id; its revision moves because its capacity changed.
    expect(updated.body.zones[0]).toMatchObject({ id: created.body.zones[0].id, capacity: 5, revision: 2 });

    const same = await call(t.app, 'PATCH', `/v1/outlets/${id}`, {
      token: t.tokens.writer,
      body: { status: 'suspended' },
    });
    expect(same.body.revision).toBe(2);

    const deleted = await call(t.app, 'DELETE', `/v1/outlets/${id}`, { token: t.tokens.writer });
    expect(deleted.status).toBe(204);
    expect(deleted.raw).toBe('');
    expect((await call(t.app, 'GET', `/v1/outlets/${id}`, { token: t.tokens.reader })).status).toBe(404);
    const zonesLeft = await t.database.db
      .selectFrom('zones')
      .select('id')
      .where('outlet_id', '=', id)
      .execute();
    expect(zonesLeft).toEqual([]);
  });

  it('rejects a stale If-Match with 412 revision_mismatch', async () => {
    const created = await call(t.app, 'POST', '/v1/outlets', {
      token: t.tokens.writer,
      body: outletInput('IFM-1'),
    });
    const id = created.body.id as string;
    await call(t.app, 'PATCH', `/v1/outlets/${id}`, { token: t.tokens.writer, body: { name: '新名' } });
    const stale = await call(t.app, 'PATCH', `/v1/outlets/${id}`, {
      token: t.tokens.writer,
      headers: { 'if-match': '"1"' },
      body: { name: '又一个' },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('revision_mismatch');
    const staleDelete = await call(t.app, 'DELETE', `/v1/outlets/${id}`, {
      token: t.tokens.writer,
      headers: { 'if-match': '"1"' },
    });
    expect(staleDelete.status).toBe(412);
  });

  it('answers 409 conflict for a taken code, on create and on update', async () => {
    await call(t.app, 'POST', '/v1/outlets', { token: t.tokens.writer, body: outletInput('DUP-1') });
    const again = await call(t.app, 'POST', '/v1/outlets', {
      token: t.tokens.writer,
      body: outletInput('DUP-1'),
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('conflict');
    const other = await call(t.app, 'POST', '/v1/outlets', {
      token: t.tokens.writer,
      body: outletInput('DUP-2'),
    });
    const rename = await call(t.app, 'PATCH', `/v1/outlets/${other.body.id}`, {
      token: t.tokens.writer,
      body: { code: 'DUP-1' },
    });
    expect(rename.status).toBe(409);
  });

  it('answers 422 with JSON Pointer paths, unknown fields included', async () => {
    const res = await call(t.app, 'POST', '/v1/outlets', {
      token: t.tokens.writer,
      body: { code: '', colour: 'red', zones: [{ code: 'A', name: 'a', kind: 'sauna' }] },
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('validation_failed');
    const errors = res.body.errors.map((e: { path: string; code: string }) => ({
      path: e.path,
      code: e.code,
    }));
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: '/code', code: 'too_small' },
        { path: '/name', code: 'required' },
        { path: '/zones/0/kind', code: 'invalid_enum' },
        { path: '/colour', code: 'unknown_field' },
      ]),
    );
    const twice = await call(t.app, 'POST', '/v1/outlets', {
      token: t.tokens.writer,
      body: outletInput('ZZ-1', { zones: [zones[0], zones[0]] }),
    });
    expect(twice.status).toBe(422);
    expect(twice.body.errors).toEqual([expect.objectContaining({ path: '/zones/1/code' })]);
    const empty = await call(t.app, 'PATCH', `/v1/outlets/out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P`, {
      token: t.tokens.writer,
      body: { nope: 1 },
    });
    expect([404, 422]).toContain(empty.status);
  });

  it('pages through 120 outlets with limit 50, stable and complete', async () => {
    const fresh = await startTestApp(kind);
    try {
      const items = Array.from({ length: 120 }, (_, i) => outletInput(`PG-${String(i).padStart(3, '0')}`));
      const batch = await call(fresh.app, 'POST', '/v1/outlets:batchUpsert', {
        token: fresh.tokens.admin,
        body: { items },
      });
      expect(batch.body.summary.created).toBe(120);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const url: string = `/v1/outlets?limit=50${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await call(fresh.app, 'GET', url, { token: fresh.tokens.reader });
        expect(page.status).toBe(200);
        seen.push(...page.body.data.map((o: { id: string }) => o.id));
        cursor = page.body.nextCursor;
        pages += 1;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toHaveLength(120);
      expect(new Set(seen).size).toBe(120);
      expect(seen).toEqual([...seen].sort());
      const bad = await call(fresh.app, 'GET', '/v1/outlets?cursor=garbage', { token: fresh.tokens.reader });
      expect(bad.status).toBe(422);
      const tooBig = await call(fresh.app, 'GET', '/v1/outlets?limit=501', { token: fresh.tokens.reader });
      expect(tooBig.status).toBe(422);
      expect(tooBig.body.errors[0].path).toBe('limit');
    } finally {
      await fresh.close();
    }
  });

  it('writes exactly one outlet.created event in the same transaction as the outlet', async () => {
    const res = await call(t.app, 'POST', '/v1/outlets', {
      token: t.tokens.writer,
      body: outletInput('EVT-1'),
    });
    const events = await t.database.db
      .selectFrom('events')
      .selectAll()
      .where('organization_id', '=', t.organizationId)
      .execute();
    const mine = events.filter((e) => JSON.parse(e.data).id === res.body.id);
    expect(mine.map((e) => e.type)).toEqual(['outlet.created']);
    expect(JSON.parse(mine[0]!.data)).toEqual(res.body);
    expect(mine[0]!.id).toMatch(/^evt_[0-9A-HJKMNP-TV-Z]{26}$/);
    const seqs = events.map((e) => Number(e.seq)).sort((a, b) => a - b);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));

    // A failing write leaves neither the outlet nor its event behind.
    const before = events.length;
    const dup = await call(t.app, 'POST', '/v1/outlets', {
      token: t.tokens.writer,
      body: outletInput('EVT-1'),
    });
    expect(dup.status).toBe(409);
    const after = await t.database.db
      .selectFrom('events')
      .select('id')
      .where('organization_id', '=', t.organizationId)
      .execute();
    expect(after).toHaveLength(before);
  });
});
