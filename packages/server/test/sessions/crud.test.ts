import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { buildWorld, insertMembers, insertStaff, sessionInput, type World } from './fixtures.js';

describe.each(DIALECTS)('sessions CRUD on %s', (kind) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp(kind);
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const create = (body: unknown, token = w.write) => call(t.app, 'POST', '/v1/sessions', { token, body });

  it('creates with defaults, counters and times in UTC, and an ETag', async () => {
    const res = await create(
      sessionInput(w, { externalId: 'S-1', zoneId: w.zoneId, coachId: w.coachId, seriesKey: 'TC-AM' }),
    );
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({
      externalId: 'S-1',
      zoneId: w.zoneId,
      coachId: w.coachId,
      title: null,
      startsAt: '2027-01-01T00:30:00.000Z',
      endsAt: '2027-01-01T01:30:00.000Z',
      waitlistCapacity: 0,
      status: 'scheduled',
      seriesKey: 'TC-AM',
      bookedCount: 0,
      waitlistedCount: 0,
      revision: 1,
    });
    const got = await call(t.app, 'GET', `/v1/sessions/${res.body.id}`, { token: w.read });
    expect(got.body).toEqual(res.body);
    const events = await t.database.db.selectFrom('events').selectAll().execute();
    const mine = events.filter((e) => JSON.parse(e.data).id === res.body.id);
    expect(mine.map((e) => e.type)).toEqual(['session.created']);
    expect(JSON.parse(mine[0]!.data)).toEqual(res.body);
  });

  it('answers 409 for a taken externalId and 422 for bad references and times', async () => {
    expect((await create(sessionInput(w, { externalId: 'DUP' }))).status).toBe(201);
    const dup = await create(sessionInput(w, { externalId: 'DUP' }));
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('conflict');

    const otherProgram = 'prg_01JD0Z8Q3W5XKJ5V7J9C2N4M6P';
    const refs = await create(
      sessionInput(w, {
        programId: otherProgram,
        zoneId: w.otherZoneId,
        coachId: 'stf_01JD0Z8Q3W5XKJ5V7J9C2N4M6P',
      }),
    );
    expect(refs.status).toBe(422);
    expect(refs.body.errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ['/programId', 'unknown_reference'],
      ['/coachId', 'unknown_reference'],
      ['/zoneId', 'unknown_reference'],
    ]);
    // Another tenant's outlet is as unknown as a made-up one.
    const foreign = await call(t.app, 'POST', '/v1/sessions', {
      token: t.other.token,
      body: sessionInput(w),
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors[0]).toMatchObject({ path: '/outletId', code: 'unknown_reference' });

    const backwards = await create(sessionInput(w, { endsAt: '2027-01-01T08:30:00+08:00' }));
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors).toEqual([
      expect.objectContaining({ path: '/endsAt', code: 'ends_before_start' }),
    ]);
  });

  it('patches with If-Match, checks merged times and capacity, and skips unchanged writes', async () => {
    const created = await create(sessionInput(w, { capacity: 2 }));
    const id = created.body.id as string;
    const [m1, m2] = await insertMembers(t, 2);
    for (const memberId of [m1, m2]) {
      expect(
        (await call(t.app, 'POST', '/v1/bookings', { token: w.write, body: { sessionId: id, memberId } }))
          .status,
      ).toBe(201);
    }
    const below = await call(t.app, 'PATCH', `/v1/sessions/${id}`, { token: w.write, body: { capacity: 1 } });
    expect(below.status).toBe(422);
    expect(below.body.errors[0]).toMatchObject({ path: '/capacity', code: 'capacity_below_bookings' });
    const late = await call(t.app, 'PATCH', `/v1/sessions/${id}`, {
      token: w.write,
      body: { startsAt: '2027-01-01T10:00:00+08:00' },
    });
    expect(late.status).toBe(422);
    expect(late.body.errors[0].code).toBe('ends_before_start');

    const coach = await insertStaff(t);
    const ok = await call(t.app, 'PATCH', `/v1/sessions/${id}`, {
      token: w.write,
      headers: { 'if-match': '"1"' },
      body: { capacity: 5, title: '代课', coachId: coach },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.body).toMatchObject({
      capacity: 5,
      title: '代课',
      coachId: coach,
      bookedCount: 2,
      revision: 2,
    });
    const same = await call(t.app, 'PATCH', `/v1/sessions/${id}`, { token: w.write, body: { capacity: 5 } });
    expect(same.body.revision).toBe(2);
    const stale = await call(t.app, 'PATCH', `/v1/sessions/${id}`, {
      token: w.write,
      headers: { 'if-match': '"1"' },
      body: { capacity: 6 },
    });
    expect(stale.status).toBe(412);
    const cleared = await call(t.app, 'PATCH', `/v1/sessions/${id}`, {
      token: w.write,
      body: { title: null },
    });
    expect(cleared.body.title).toBeNull();
  });

  it('cancels (bookings too), is a no-op the second time, and refuses deleting a used session', async () => {
    const created = await create(sessionInput(w, { capacity: 1, waitlistCapacity: 5 }));
    const id = created.body.id as string;
    const members = await insertMembers(t, 2);
    const bookings = [];
    for (const memberId of members) {
      bookings.push(
        (await call(t.app, 'POST', '/v1/bookings', { token: w.write, body: { sessionId: id, memberId } }))
          .body,
      );
    }
    expect((await call(t.app, 'DELETE', `/v1/sessions/${id}`, { token: w.write })).status).toBe(409);

    const cancel = await call(t.app, 'POST', `/v1/sessions/${id}:cancel`, {
      token: w.write,
      body: { reason: '场馆检修' },
    });
    expect(cancel.status).toBe(200);
    expect(cancel.body).toMatchObject({
      status: 'cancelled',
      bookedCount: 0,
      waitlistedCount: 0,
      revision: 2,
    });
    for (const b of bookings) {
      const got = await call(t.app, 'GET', `/v1/bookings/${b.id}`, { token: w.read });
      expect(got.body).toMatchObject({ status: 'cancelled', position: null });
      expect(got.body.cancelledAt).not.toBeNull();
    }
    const event = await t.database.db
      .selectFrom('events')
      .selectAll()
      .where('type', '=', 'session.cancelled')
      .execute();
    expect(JSON.parse(event.at(-1)!.data)).toMatchObject({ id, cancellationReason: '场馆检修' });
    const again = await call(t.app, 'POST', `/v1/sessions/${id}:cancel`, { token: w.write });
    expect(again.status).toBe(200);
    expect(again.body.revision).toBe(2);

    // Only cancelled bookings left: the session may go, its bookings with it.
    const deleted = await call(t.app, 'DELETE', `/v1/sessions/${id}`, { token: w.write });
    expect(deleted.status).toBe(204);
    expect((await call(t.app, 'GET', `/v1/sessions/${id}`, { token: w.read })).status).toBe(404);
  });

  it('refuses to cancel a completed session', async () => {
    const created = await create(sessionInput(w, { status: 'completed' }));
    const res = await call(t.app, 'POST', `/v1/sessions/${created.body.id}:cancel`, { token: w.write });
    expect(res.status).toBe(409);
  });

  it('answers 404 for malformed, unknown and other tenants ids, and 403 without the scope', async () => {
    const created = await create(sessionInput(w));
    const id = created.body.id as string;
    for (const url of ['/v1/sessions/nope', '/v1/sessions/ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P']) {
      expect((await call(t.app, 'GET', url, { token: w.read })).status).toBe(404);
    }
    const token = t.other.token;
    expect((await call(t.app, 'GET', `/v1/sessions/${id}`, { token })).status).toBe(404);
    expect((await call(t.app, 'PATCH', `/v1/sessions/${id}`, { token, body: { capacity: 1 } })).status).toBe(
      404,
    );
    expect((await call(t.app, 'POST', `/v1/sessions/${id}:cancel`, { token })).status).toBe(404);
    expect((await call(t.app, 'DELETE', `/v1/sessions/${id}`, { token })).status).toBe(404);
    const list = await call(t.app, 'GET', '/v1/sessions', { token });
    expect(list.body.data).toEqual([]);

    expect((await call(t.app, 'GET', '/v1/sessions', { token: t.tokens.reader })).status).toBe(403);
    expect((await create(sessionInput(w), w.read)).status).toBe(403);
    expect((await call(t.app, 'GET', '/v1/sessions')).status).toBe(401);
  });
});
