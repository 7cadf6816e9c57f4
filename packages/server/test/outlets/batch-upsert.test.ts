import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, outletInput, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('POST /v1/outlets:batchUpsert on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  const upsert = (items: unknown[], mode?: string) =>
    call(t.app, 'POST', `/v1/outlets:batchUpsert${mode ? `?mode=${mode}` : ''}`, {
      token: t.tokens.writer,
      body: { items },
    });
  const countOutlets = async () =>
    (
      await t.database.db
        .selectFrom('outlets')
        .select('id')
        .where('organization_id', '=', t.organizationId)
        .execute()
    ).length;
  const countEvents = async () =>
    (
      await t.database.db
        .selectFrom('events')
        .select('id')
        .where('organization_id', '=', t.organizationId)
        .execute()
    ).length;

  it('creates, then reports unchanged without a revision bump or event, then updates', async () => {
    const items = [
      outletInput('B-1', { zones: [{ code: 'EXP', name: '体验区', kind: 'experience', capacity: 10 }] }),
      outletInput('B-2'),
    ];
    const first = await upsert(items);
    expect(first.status).toBe(200);
    expect(first.body.summary).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(first.body.results.map((r: { index: number }) => r.index)).toEqual([0, 1]);

    const events = await countEvents();
    const second = await upsert(items);
    expect(second.body.summary).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    expect(second.body.results.map((r: { id: string }) => r.id)).toEqual(
      first.body.results.map((r: { id: string }) => r.id),
    );
    expect(await countEvents()).toBe(events);

    const third = await upsert([{ ...items[0], name: '改名了' }, items[1], outletInput('B-3')]);
    expect(third.body.summary).toEqual({ created: 1, updated: 1, unchanged: 1, rejected: 0 });
    expect(await countEvents()).toBe(events + 2);
    const got = await call(t.app, 'GET', `/v1/outlets/${first.body.results[0].id}`, {
      token: t.tokens.reader,
    });
    expect(got.body).toMatchObject({ name: '改名了', revision: 2 });
    expect(got.body.zones).toHaveLength(1);
  });

  it('is atomic by default: one invalid item → 422 with errors and results, nothing written', async () => {
    const before = await countOutlets();
    const res = await upsert([outletInput('A-1'), { code: 'A-2' }, outletInput('A-1')]);
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['/items/1/name', '/items/2/code']);
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual([
      'created',
      'rejected',
      'rejected',
    ]);
    expect(res.body.results[0].id).toBeUndefined();
    expect(await countOutlets()).toBe(before);
  });

  it('writes the valid items with ?mode=partial', async () => {
    const before = await countOutlets();
    const res = await upsert([outletInput('P-1'), { code: 'P-2', name: 'x', status: 'open' }], 'partial');
    expect(res.status).toBe(200);
    expect(res.body.summary).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 1 });
    expect(res.body.results[1].errors[0]).toMatchObject({ path: '/items/1/status', code: 'invalid_enum' });
    expect(await countOutlets()).toBe(before + 1);
  });

  it('rejects an empty or oversized envelope and accepts 5,000 items', async () => {
    expect((await upsert([])).status).toBe(422);
    const items = Array.from({ length: 5000 }, (_, i) =>
      outletInput(`BIG-${i}`, { address: { district: '静安区' } }),
    );
    const res = await upsert(items);
    expect(res.status).toBe(200);
    expect(res.body.summary.created).toBe(5000);
    expect((await upsert([...items, outletInput('BIG-X')])).status).toBe(422);
  });
});
