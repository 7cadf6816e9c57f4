import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { buildWorld, insertMembers, sessionInput, type World } from './fixtures.js';

describe.each(DIALECTS)('POST /v1/sessions:batchUpsert on %s', (kind) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp(kind);
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const upsert = (items: unknown[], mode?: string) =>
    call(t.app, 'POST', `/v1/sessions:batchUpsert${mode ? `?mode=${mode}` : ''}`, {
      token: w.write,
      body: { items },
    });
  const countEvents = async () => (await t.database.db.selectFrom('events').select('id').execute()).length;
  const countSessions = async () =>
    (await t.database.db.selectFrom('sessions').select('id').execute()).length;

  it('creates, reports unchanged without a write or event, then replaces (defaults return)', async () => {
    const items = [
      sessionInput(w, { externalId: 'B-1', title: '初级班', waitlistCapacity: 3, seriesKey: 'S' }, 2),
      sessionInput(w, { externalId: 'B-2', zoneId: w.zoneId, coachId: w.coachId }, 3),
    ];
    const first = await upsert(items);
    expect(first.status).toBe(200);
    expect(first.body.summary).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    const events = await countEvents();
    const second = await upsert(items);
    expect(second.body.summary).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    expect(second.body.results.map((r: { id: string }) => r.id)).toEqual(
      first.body.results.map((r: { id: string }) => r.id),
    );
    expect(await countEvents()).toBe(events);

    // Same instants written with another offset are the same session.
    const shifted = { ...items[1], startsAt: '2027-01-03T00:30:00Z', endsAt: '2027-01-03T01:30:00Z' };
    const replaced = { ...items[0] } as Record<string, unknown>;
    delete replaced.title;
    delete replaced.waitlistCapacity;
    const third = await upsert([replaced, shifted, sessionInput(w, { externalId: 'B-3' })]);
    expect(third.body.summary).toEqual({ created: 1, updated: 1, unchanged: 1, rejected: 0 });
    expect(await countEvents()).toBe(events + 2);
    const got = await call(t.app, 'GET', `/v1/sessions/${first.body.results[0].id}`, { token: w.read });
    expect(got.body).toMatchObject({ title: null, waitlistCapacity: 0, seriesKey: 'S', revision: 2 });
  });

  it('is atomic by default: any invalid item → 422 with results, nothing written', async () => {
    const before = await countSessions();
    const res = await upsert([
      sessionInput(w, { externalId: 'A-1' }),
      sessionInput(w), // no externalId
      sessionInput(w, { externalId: 'A-1' }),
      sessionInput(w, { externalId: 'A-4', zoneId: w.otherZoneId }),
      sessionInput(w, { externalId: 'A-5', endsAt: '2027-01-01T08:00:00+08:00' }),
      sessionInput(w, { externalId: 'A-6', programId: 'prg_01JD0Z8Q3W5XKJ5V7J9C2N4M6P' }),
    ]);
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ['/items/1/externalId', 'required'],
      ['/items/2/externalId', 'duplicate_key'],
      ['/items/3/zoneId', 'unknown_reference'],
      ['/items/4/endsAt', 'ends_before_start'],
      ['/items/5/programId', 'unknown_reference'],
    ]);
    expect(res.body.results[0]).toEqual({ index: 0, status: 'created' });
    expect(await countSessions()).toBe(before);
  });

  it('writes the valid items with ?mode=partial', async () => {
    const before = await countSessions();
    const res = await upsert(
      [sessionInput(w, { externalId: 'P-1' }), { externalId: 'P-2', capacity: -1 }],
      'partial',
    );
    expect(res.status).toBe(200);
    expect(res.body.summary).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 1 });
    expect(await countSessions()).toBe(before + 1);
  });

  it('rejects capacity below bookings, cancels bookings for status cancelled, promotes on a raise', async () => {
    const base = sessionInput(w, { externalId: 'C-1', capacity: 1, waitlistCapacity: 5 }, 9);
    const created = await upsert([base]);
    const sessionId = created.body.results[0].id as string;
    const members = await insertMembers(t, 3);
    const bookings = [];
    for (const memberId of members) {
      bookings.push(
        (await call(t.app, 'POST', '/v1/bookings', { token: w.write, body: { sessionId, memberId } })).body,
      );
    }
    expect(bookings.map((b) => b.status)).toEqual(['booked', 'waitlisted', 'waitlisted']);

    const below = await upsert([{ ...base, capacity: 0 }]);
    expect(below.status).toBe(422);
    expect(below.body.errors[0]).toMatchObject({
      path: '/items/0/capacity',
      code: 'capacity_below_bookings',
    });

    const raised = await upsert([{ ...base, capacity: 2 }]);
    expect(raised.body.summary.updated).toBe(1);
    const second = await call(t.app, 'GET', `/v1/bookings/${bookings[1].id}`, { token: w.read });
    const third = await call(t.app, 'GET', `/v1/bookings/${bookings[2].id}`, { token: w.read });
    expect(second.body).toMatchObject({ status: 'booked', position: null });
    expect(third.body).toMatchObject({ status: 'waitlisted', position: 1 });

    const cancelled = await upsert([{ ...base, capacity: 2, status: 'cancelled' }]);
    expect(cancelled.body.summary.updated).toBe(1);
    const session = await call(t.app, 'GET', `/v1/sessions/${sessionId}`, { token: w.read });
    expect(session.body).toMatchObject({ status: 'cancelled', bookedCount: 0, waitlistedCount: 0 });
    const live = await call(t.app, 'GET', `/v1/bookings?sessionId=${sessionId}&status=booked`, {
      token: w.read,
    });
    expect(live.body.data).toEqual([]);
    const types = (await t.database.db.selectFrom('events').select('type').orderBy('seq').execute()).map(
      (e) => e.type,
    );
    expect(types.slice(-4)).toEqual([
      'session.cancelled',
      'booking.cancelled',
      'booking.cancelled',
      'booking.cancelled',
    ]);
  });

  it('accepts 5,000 items in one request and refuses 5,001; 403 without the scope', async () => {
    const items = Array.from({ length: 5000 }, (_, i) =>
      sessionInput(w, { externalId: `BIG-${i}` }, 1 + (i % 28)),
    );
    const res = await upsert(items);
    expect(res.status).toBe(200);
    expect(res.body.summary.created).toBe(5000);
    expect((await upsert([...items, sessionInput(w, { externalId: 'X' })])).status).toBe(422);
    const denied = await call(t.app, 'POST', '/v1/sessions:batchUpsert', {
      token: w.read,
      body: { items: [sessionInput(w, { externalId: 'D' })] },
    });
    expect(denied.status).toBe(403);
    // Another tenant cannot see or reach these outlets.
    const foreign = await call(t.app, 'POST', '/v1/sessions:batchUpsert', {
      token: t.other.token,
      body: { items: [sessionInput(w, { externalId: 'BIG-0' })] },
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors[0]).toMatchObject({ path: '/items/0/outletId', code: 'unknown_reference' });
  });
});
