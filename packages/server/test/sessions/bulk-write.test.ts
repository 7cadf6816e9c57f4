import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { buildWorld, sessionInput, type World } from './fixtures.js';

// The import hot path writes sessions and their events in bulk statements (on SQLite, fixed-size
// statements from db/sqlite-bulk.ts). Every column must land exactly as given, on both dialects, across
// several statements (3,600 rows > 2 × 1,724, the session rows one statement binds within SQLite's
// 32,766 parameters), for inserts and for updates of existing rows.

const ROWS = 3_600;
const UNICODE = '太极 😀 café "quoted" \\ back\nslash';

function item(w: World, i: number, titleOf: (i: number) => string | undefined) {
  const title = titleOf(i);
  return sessionInput(
    w,
    {
      externalId: `RT-${i}`,
      ...(title === undefined ? {} : { title }),
      ...(i % 2 === 0 ? { zoneId: w.zoneId, coachId: w.coachId } : { seriesKey: `SER-${i % 5}` }),
      capacity: i % 40,
      waitlistCapacity: i % 7,
      ...(i % 50 === 0 ? { status: 'completed' } : {}),
    },
    (i % 28) + 1,
  );
}

const firstTitle = (i: number) => (i % 3 === 0 ? UNICODE : i % 3 === 1 ? undefined : `t${i}`);
const secondTitle = (i: number) => (i % 2 === 0 ? `更新 ${i}` : firstTitle(i));

describe.each(DIALECTS)('bulk session writes round-trip every column on %s', (kind) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp(kind);
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const upsert = async (titleOf: (i: number) => string | undefined) => {
    const items = Array.from({ length: ROWS }, (_, i) => item(w, i, titleOf));
    const res = await call(t.app, 'POST', '/v1/sessions:batchUpsert', { token: w.write, body: { items } });
    expect(res.status).toBe(200);
    return res.body;
  };
  const sessionRows = async () => {
    const rows = await t.database.db
      .selectFrom('sessions')
      .selectAll()
      .where('organization_id', '=', t.organizationId)
      .where('external_id', 'like', 'RT-%')
      .execute();
    return new Map(rows.map((row) => [row.external_id as string, row]));
  };
  const sessionEvents = async (type: string) => {
    const rows = await t.database.db
      .selectFrom('events')
      .selectAll()
      .where('organization_id', '=', t.organizationId)
      .where('type', '=', type)
      .orderBy('seq')
      .execute();
    return rows.map((row) => ({ seq: Number(row.seq), data: JSON.parse(row.data) }));
  };
  /** The row as the API returns it, built independently of the server's mapping. */
  const apiShape = (row: Record<string, unknown>) => ({
    id: row.id,
    externalId: row.external_id,
    outletId: row.outlet_id,
    zoneId: row.zone_id,
    programId: row.program_id,
    coachId: row.coach_id,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    capacity: row.capacity,
    waitlistCapacity: row.waitlist_capacity,
    status: row.status,
    seriesKey: row.series_key,
    bookedCount: row.booked_count,
    waitlistedCount: row.waitlisted_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  });

  it('inserts: text, unicode, NULLs and integers exactly as sent; one event per row with the record', async () => {
    const result = await upsert(firstTitle);
    expect(result.summary).toEqual({ created: ROWS, updated: 0, unchanged: 0, rejected: 0 });
    const rows = await sessionRows();
    expect(rows.size).toBe(ROWS);
    const ids = new Map<string, string>(
      result.results.map((r: { index: number; id: string }) => [`RT-${r.index}`, r.id]),
    );
    for (let i = 0; i < ROWS; i++) {
      const row = rows.get(`RT-${i}`);
      const day = String((i % 28) + 1).padStart(2, '0');
      expect(row).toEqual({
        organization_id: t.organizationId,
        id: ids.get(`RT-${i}`),
        external_id: `RT-${i}`,
        outlet_id: w.outletId,
        zone_id: i % 2 === 0 ? w.zoneId : null,
        program_id: w.programId,
        coach_id: i % 2 === 0 ? w.coachId : null,
        title: firstTitle(i) ?? null,
        starts_at: `2027-01-${day}T00:30:00.000Z`,
        ends_at: `2027-01-${day}T01:30:00.000Z`,
        capacity: i % 40,
        waitlist_capacity: i % 7,
        status: i % 50 === 0 ? 'completed' : 'scheduled',
        series_key: i % 2 === 0 ? null : `SER-${i % 5}`,
        booked_count: 0,
        waitlisted_count: 0,
        created_at: row?.created_at,
        updated_at: row?.created_at,
        revision: 1,
      });
    }
    const events = await sessionEvents('session.created');
    const ours = events.filter((e) => rows.has(e.data.externalId));
    expect(ours).toHaveLength(ROWS);
    // One contiguous run of seq, in item order, each carrying the stored record.
    expect(ours.map((e) => e.seq - (ours[0]?.seq ?? 0))).toEqual([...Array(ROWS).keys()]);
    expect(ours.map((e) => e.data)).toEqual(
      [...Array(ROWS).keys()].map((i) => apiShape(rows.get(`RT-${i}`)!)),
    );
    const one = await call(t.app, 'GET', `/v1/sessions/${ids.get('RT-3')}`, { token: w.read });
    expect(one.body).toEqual(ours[3]?.data);
  });

  it('updates existing rows in place: created_at kept, revision bumped, unchanged rows untouched', async () => {
    const before = await sessionRows();
    await new Promise((resolve) => setTimeout(resolve, 5)); // a later updated_at
    const result = await upsert(secondTitle);
    expect(result.summary).toEqual({ created: 0, updated: ROWS / 2, unchanged: ROWS / 2, rejected: 0 });
    const after = await sessionRows();
    expect(after.size).toBe(ROWS);
    for (let i = 0; i < ROWS; i++) {
      const old = before.get(`RT-${i}`)!;
      const row = after.get(`RT-${i}`)!;
      if (i % 2 === 1) {
        expect(row).toEqual(old);
        continue;
      }
      expect(row.updated_at > old.updated_at).toBe(true);
      expect(row).toEqual({ ...old, title: `更新 ${i}`, updated_at: row.updated_at, revision: 2 });
    }
    const updated = (await sessionEvents('session.updated')).filter((e) => after.has(e.data.externalId));
    expect(updated.map((e) => e.data)).toEqual(
      [...Array(ROWS / 2).keys()].map((k) => apiShape(after.get(`RT-${2 * k}`)!)),
    );
  });
});
