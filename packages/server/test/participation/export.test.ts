import { csvHeader } from '@sporthub/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newParticipation } from '../../src/routes/participation/model.js';
import { saveParticipation, sessionContexts } from '../../src/routes/participation/queries.js';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { csvLines, digest, expectedRows, exportNdjson, ndjsonLines } from './export-support.js';
import { addMembers, addOutlet, addProgram, addSessions } from './fixtures.js';

describe.each(DIALECTS)('participation export on %s', (kind) => {
  let t: TestApp;
  let outletA: string;
  let programB: string;
  let sessions: string[];
  let members: string[];

  const checkIn = (i: number, sessionId: string, memberId: string) => ({
    externalId: `X-${i}`,
    sessionId,
    memberId,
    checkedInAt: new Date(
      Date.UTC(2026, 8, 1 + (i % 28), i % 24, 7, 30, i % 3 === 0 ? 250 : 0),
    ).toISOString(),
    durationMinutes: i % 5 === 0 ? null : 30 + i,
    source: (['staff', 'qr', 'partner', 'import'] as const)[i % 4],
  });

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.database.db;
    const org = t.organizationId;
    outletA = await addOutlet(db, org, 'SH-PD-0001');
    const outletB = await addOutlet(db, org, 'LDN-1', { timezone: 'UTC', district: 'Other, "quoted"' });
    const programA = await addProgram(db, org, 'P-TAICHI');
    programB = await addProgram(db, org, 'P-WALK');
    sessions = [
      ...(await addSessions(db, org, outletA, programA, 3)),
      ...(await addSessions(db, org, outletB, programB, 2, { externalPrefix: null })),
    ];
    members = await addMembers(db, org, [
      { ageGroup: 'senior' },
      { ageGroup: null },
      { ageGroup: 'child' },
      {},
      {},
      {},
    ]);
    const items = [];
    let i = 0;
    for (const s of sessions) for (const m of members) items.push(checkIn(i++, s, m));
    const res = await call(t.app, 'POST', '/v1/participation:batchUpsert', {
      token: t.tokens.admin,
      body: { items },
    });
    expect(res.body.summary.created).toBe(30);
  });
  afterAll(() => t.close());

  it('NDJSON equals the database row for row, ordered by id, trailer = header', async () => {
    const expected = await expectedRows(t.database.db, t.organizationId);
    const out = await exportNdjson(t.app, t.tokens.admin);
    expect(digest(out.lines)).toEqual(digest(ndjsonLines(expected)));
    const ids = out.rows.map((r) => r.participation_id);
    expect([...ids].sort()).toEqual(ids);
    expect(out.trailer).toEqual({ count: 30, watermark: out.watermark });
    expect(out.watermark).toMatch(/^\d{16}$/);
    expect(out.rows.find((r) => r.outlet_code === 'SH-PD-0001')?.checked_in_at).toMatch(/\+08:00$/);
  });

  it('CSV equals the database row for row: header, CRLF, quoting, no trailer', async () => {
    const expected = await expectedRows(t.database.db, t.organizationId);
    const res = await t.app.inject({
      method: 'GET',
      url: '/v1/participation:export?format=csv',
      headers: { authorization: `Bearer ${t.tokens.admin}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.body.charCodeAt(0)).not.toBe(0xfeff);
    expect(res.body.endsWith('\r\n')).toBe(true);
    const [header, ...lines] = res.body.slice(0, -2).split('\r\n');
    expect(header).toBe(csvHeader());
    expect(digest(lines)).toEqual(digest(csvLines(expected)));
    expect(res.headers['sporthub-watermark']).toMatch(/^\d{16}$/);
  });

  it('filters by outlet, district, program and local dates', async () => {
    const all = await expectedRows(t.database.db, t.organizationId);
    const byOutlet = await exportNdjson(t.app, t.tokens.admin, `&outletId=${outletA}`);
    expect(byOutlet.trailer.count).toBe(all.filter((r) => r.outlet_code === 'SH-PD-0001').length);
    const byDistrict = await exportNdjson(
      t.app,
      t.tokens.admin,
      `&district=${encodeURIComponent('Other, "quoted"')}`,
    );
    expect(byDistrict.rows.every((r) => r.outlet_code === 'LDN-1')).toBe(true);
    expect(byDistrict.trailer.count).toBe(12);
    const byProgram = await exportNdjson(t.app, t.tokens.admin, `&programId=${programB}`);
    expect(byProgram.rows.map((r) => r.program_code)).toEqual(Array(12).fill('P-WALK'));
    const days = await exportNdjson(t.app, t.tokens.admin, '&from=2026-09-03&to=2026-09-04');
    const local = all.filter((r) => ['2026-09-03', '2026-09-04'].includes(r.checked_in_at.slice(0, 10)));
    expect(digest(days.lines)).toEqual(digest(ndjsonLines(local)));
  });

  it('chained exports with afterWatermark neither miss nor repeat a change', async () => {
    const first = await exportNdjson(t.app, t.tokens.admin);
    const extra = await addMembers(t.database.db, t.organizationId, [{}, {}]);
    const res = await call(t.app, 'POST', '/v1/participation:batchUpsert', {
      token: t.tokens.admin,
      body: {
        items: [
          checkIn(100, sessions[0] as string, extra[0] as string),
          checkIn(101, sessions[1] as string, extra[1] as string),
          { ...checkIn(0, sessions[0] as string, members[0] as string), durationMinutes: 99 },
        ],
      },
    });
    expect(res.body.summary).toMatchObject({ created: 2, updated: 1 });
    const second = await exportNdjson(t.app, t.tokens.admin, `&afterWatermark=${first.watermark}`);
    expect(second.rows.map((r) => r.participation_id).sort()).toEqual(
      res.body.results.map((r: { id: string }) => r.id).sort(),
    );
    expect(second.watermark > first.watermark).toBe(true);
    const third = await exportNdjson(t.app, t.tokens.admin, `&afterWatermark=${second.watermark}`);
    expect(third.trailer).toEqual({ count: 0, watermark: second.watermark });
    // Applying the increments to the first export gives exactly what the database holds now.
    const merged = new Map(first.rows.map((r) => [r.participation_id, r]));
    for (const r of second.rows) merged.set(r.participation_id, r);
    const now = await expectedRows(t.database.db, t.organizationId);
    expect(digest([...merged.values()].map((r) => JSON.stringify(r)))).toEqual(digest(ndjsonLines(now)));
  });

  // Only PostgreSQL runs writers concurrently; on SQLite transactions are serialized, so the case cannot arise.
  const onPostgres = kind === 'postgres' ? it : () => undefined;
  onPostgres('a write still in flight when the export starts comes with the next export', async () => {
    const db = t.database.db;
    const org = t.organizationId;
    const [late] = await addMembers(db, org, [{}]);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked = () => {};
    const wrote = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const writer = db.transaction().execute(async (trx) => {
      const contexts = await sessionContexts(trx, org, [sessions[2] as string]);
      const record = newParticipation(
        { sessionId: sessions[2] as string, memberId: late as string },
        contexts.get(sessions[2] as string)!,
        new Date().toISOString(),
      );
      await saveParticipation(trx, org, [{ before: null, after: record }], contexts, record.createdAt);
      locked();
      await held;
      return record.id;
    });
    await wrote;
    const during = await exportNdjson(t.app, t.tokens.admin);
    release();
    const lateId = await writer;
    expect(during.rows.some((r) => r.participation_id === lateId)).toBe(false);
    const next = await exportNdjson(t.app, t.tokens.admin, `&afterWatermark=${during.watermark}`);
    expect(next.rows.map((r) => r.participation_id)).toEqual([lateId]);
  });

  it('answers 422 for a bad format, date or watermark; 403 without participation:read', async () => {
    for (const query of ['format=xml', 'from=2026-9-1', 'afterWatermark=abc']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/v1/participation:export?${query}`,
        headers: { authorization: `Bearer ${t.tokens.admin}` },
      });
      expect(res.statusCode, query).toBe(422);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const denied = await call(t.app, 'GET', '/v1/participation:export', { token: t.tokens.reader });
    expect(denied.status).toBe(403);
  });

  it('exports nothing of another organization', async () => {
    const out = await exportNdjson(t.app, t.other.token);
    expect(out.trailer.count).toBe(0);
  });
});
