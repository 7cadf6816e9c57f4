import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/ids.js';
import { call, outletInput, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { eventTypes, insertSession } from '../zones/sessions-fixture.js';

const program = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  title: '太极拳晨练',
  kind: 'class',
  category: 'tai_chi',
  ageGroups: ['adult', 'senior'],
  intensity: 'light',
  ...extra,
});

describe.each(DIALECTS)('programs on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates with defaults, gets, updates (null clears) and deletes', async () => {
    const created = await call(t.app, 'POST', '/v1/programs', {
      token: t.tokens.writer,
      body: program('P-TAICHI', { theme: 'national-fitness-day', defaultDurationMinutes: 60 }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.body).toMatchObject({ code: 'P-TAICHI', description: null, defaultDurationMinutes: 60 });
    const url = `/v1/programs/${created.body.id}`;
    expect((await call(t.app, 'GET', url, { token: t.tokens.reader })).body).toEqual(created.body);

    const updated = await call(t.app, 'PATCH', url, {
      token: t.tokens.writer,
      headers: { 'if-match': '"1"' },
      body: { theme: null, ageGroups: ['senior'] },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      theme: null,
      ageGroups: ['senior'],
      revision: 2,
      title: '太极拳晨练',
    });
    const same = await call(t.app, 'PATCH', url, { token: t.tokens.writer, body: { theme: null } });
    expect(same.body.revision).toBe(2);
    const stale = await call(t.app, 'PATCH', url, {
      token: t.tokens.writer,
      headers: { 'if-match': '"1"' },
      body: { title: 'x' },
    });
    expect(stale.status).toBe(412);

    expect((await call(t.app, 'DELETE', url, { token: t.tokens.writer })).status).toBe(204);
    expect((await call(t.app, 'GET', url, { token: t.tokens.reader })).status).toBe(404);
    const types = await eventTypes(t.database.db, t.organizationId);
    expect(types.filter((type) => type.startsWith('program.'))).toEqual([
      'program.created',
      'program.updated',
      'program.deleted',
    ]);
  });

  it('lists with filters and pages', async () => {
    await call(t.app, 'POST', '/v1/programs:batchUpsert', {
      token: t.tokens.writer,
      body: {
        items: [
          program('L-1'),
          program('L-2', { kind: 'event', category: 'walking', ageGroups: ['child'] }),
          program('L-3', { category: 'yoga', ageGroups: ['adult'] }),
        ],
      },
    });
    const ids = async (query: string) =>
      (await call(t.app, 'GET', `/v1/programs?${query}`, { token: t.tokens.reader })).body.data.map(
        (p: { code: string }) => p.code,
      );
    expect(await ids('kind=event')).toEqual(['L-2']);
    expect(await ids('category=yoga')).toEqual(['L-3']);
    expect(await ids('ageGroup=senior')).toEqual(['L-1']);
    expect(await ids('ageGroup=adult&code=L-3')).toEqual(['L-3']);
    const page = await call(t.app, 'GET', '/v1/programs?limit=2', { token: t.tokens.reader });
    expect(page.body.data).toHaveLength(2);
    const next = await call(t.app, 'GET', `/v1/programs?limit=2&cursor=${page.body.nextCursor}`, {
      token: t.tokens.reader,
    });
    expect(next.body.data.map((p: { code: string }) => p.code)).toEqual(['L-3']);
    expect((await call(t.app, 'GET', '/v1/programs?ageGroup=baby', { token: t.tokens.reader })).status).toBe(
      422,
    );
  });

  it('batch upserts on code: created, updated, unchanged; atomic by default, partial on request', async () => {
    const first = await call(t.app, 'POST', '/v1/programs:batchUpsert', {
      token: t.tokens.writer,
      body: { items: [program('B-1'), program('B-2')] },
    });
    expect(first.body.summary).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    const second = await call(t.app, 'POST', '/v1/programs:batchUpsert', {
      token: t.tokens.writer,
      body: { items: [program('B-1'), program('B-2', { title: '新标题' }), program('B-3')] },
    });
    expect(second.body.results.map((r: { status: string }) => r.status)).toEqual([
      'unchanged',
      'updated',
      'created',
    ]);
    const atomic = await call(t.app, 'POST', '/v1/programs:batchUpsert', {
      token: t.tokens.writer,
      body: { items: [program('B-4'), program('B-5', { intensity: 'extreme' })] },
    });
    expect(atomic.status).toBe(422);
    expect(atomic.body.results[1]).toMatchObject({ index: 1, status: 'rejected' });
    expect((await call(t.app, 'GET', '/v1/programs?code=B-4', { token: t.tokens.reader })).body.data).toEqual(
      [],
    );
    const partial = await call(t.app, 'POST', '/v1/programs:batchUpsert?mode=partial', {
      token: t.tokens.writer,
      body: { items: [program('B-4'), program('B-5', { intensity: 'extreme' }), program('B-4')] },
    });
    expect(partial.status).toBe(200);
    expect(partial.body.summary).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 2 });
  });

  it('answers 409 for a taken code and for a program in use by a session or an enrollment', async () => {
    await call(t.app, 'POST', '/v1/programs', { token: t.tokens.writer, body: program('C-1') });
    expect(
      (await call(t.app, 'POST', '/v1/programs', { token: t.tokens.writer, body: program('C-1') })).status,
    ).toBe(409);
    const c2 = await call(t.app, 'POST', '/v1/programs', { token: t.tokens.writer, body: program('C-2') });
    expect(
      (
        await call(t.app, 'PATCH', `/v1/programs/${c2.body.id}`, {
          token: t.tokens.writer,
          body: { code: 'C-1' },
        })
      ).status,
    ).toBe(409);

    const outlet = await call(t.app, 'POST', '/v1/outlets', {
      token: t.tokens.writer,
      body: outletInput('PO-1'),
    });
    // A past, completed session still refers to the program (participation history).
    await insertSession(t.database.db, t.organizationId, {
      outletId: outlet.body.id,
      programId: c2.body.id,
      startsInHours: -48,
      status: 'completed',
    });
    const used = await call(t.app, 'DELETE', `/v1/programs/${c2.body.id}`, { token: t.tokens.writer });
    expect(used.status).toBe(409);

    const c3 = await call(t.app, 'POST', '/v1/programs', { token: t.tokens.writer, body: program('C-3') });
    const now = new Date().toISOString();
    await t.database.db
      .insertInto('enrollments')
      .values({
        organization_id: t.organizationId,
        id: newId('enr'),
        member_id: newId('mem'),
        program_id: c3.body.id,
        group_id: null,
        source: 'self',
        reference_id: null,
        status: 'active',
        created_at: now,
        updated_at: now,
        revision: 1,
      })
      .execute();
    expect(
      (await call(t.app, 'DELETE', `/v1/programs/${c3.body.id}`, { token: t.tokens.writer })).status,
    ).toBe(409);
  });

  it('hides other tenants and malformed ids (404) and enforces scopes (403)', async () => {
    const mine = await call(t.app, 'POST', '/v1/programs', { token: t.tokens.writer, body: program('T-1') });
    const url = `/v1/programs/${mine.body.id}`;
    expect((await call(t.app, 'GET', url, { token: t.other.token })).status).toBe(404);
    expect((await call(t.app, 'PATCH', url, { token: t.other.token, body: { title: 'x' } })).status).toBe(
      404,
    );
    expect((await call(t.app, 'DELETE', url, { token: t.other.token })).status).toBe(404);
    expect((await call(t.app, 'GET', '/v1/programs?code=T-1', { token: t.other.token })).body.data).toEqual(
      [],
    );
    expect((await call(t.app, 'GET', '/v1/programs/prg_nope', { token: t.tokens.reader })).status).toBe(404);
    expect(
      (await call(t.app, 'POST', '/v1/programs', { token: t.tokens.reader, body: program('T-2') })).status,
    ).toBe(403);
    expect((await call(t.app, 'DELETE', url, { token: t.tokens.reader })).status).toBe(403);
    const batch = await call(t.app, 'POST', '/v1/programs:batchUpsert', {
      token: t.tokens.reader,
      body: { items: [program('T-3')] },
    });
    expect(batch.status).toBe(403);
  });
});
