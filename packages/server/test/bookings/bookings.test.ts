import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, insertMembers, sessionInput, type World } from '../sessions/fixtures.js';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('bookings on %s', (kind) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp(kind);
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const newSession = async (extra: Record<string, unknown>) =>
    (await call(t.app, 'POST', '/v1/sessions', { token: w.write, body: sessionInput(w, extra) })).body
      .id as string;
  const book = (sessionId: string, memberId: string, token = w.write) =>
    call(t.app, 'POST', '/v1/bookings', { token, body: { sessionId, memberId } });
  const get = async (id: string) => (await call(t.app, 'GET', `/v1/bookings/${id}`, { token: w.read })).body;

  it('books, waitlists, refuses when full, and promotes the first waitlisted on a cancellation', async () => {
    const sessionId = await newSession({ capacity: 1, waitlistCapacity: 2 });
    const members = await insertMembers(t, 4);
    const results = [];
    for (const m of members) results.push(await book(sessionId, m));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 422]);
    expect(results[3]!.body.code).toBe('session_full');
    const [first, second, third] = results.map((r) => r.body);
    expect(first).toMatchObject({ status: 'booked', position: null, cancelledAt: null, revision: 1 });
    expect(second).toMatchObject({ status: 'waitlisted', position: 1 });
    expect(third).toMatchObject({ status: 'waitlisted', position: 2 });
    expect(results[0]!.headers.etag).toBe('"1"');

    const cancel = await call(t.app, 'POST', `/v1/bookings/${first.id}:cancel`, {
      token: w.write,
      headers: { 'if-match': '"1"' },
    });
    expect(cancel.status).toBe(200);
    expect(cancel.body).toMatchObject({ status: 'cancelled', position: null, revision: 2 });
    expect(cancel.body.cancelledAt).not.toBeNull();
    expect(await get(second.id)).toMatchObject({ status: 'booked', position: null, revision: 2 });
    expect(await get(third.id)).toMatchObject({ status: 'waitlisted', position: 1, revision: 2 });
    const session = await call(t.app, 'GET', `/v1/sessions/${sessionId}`, { token: w.read });
    expect(session.body).toMatchObject({ bookedCount: 1, waitlistedCount: 1 });
    const types = (await t.database.db.selectFrom('events').select('type').orderBy('seq').execute()).map(
      (e) => e.type,
    );
    expect(types.slice(-3)).toEqual(['booking.cancelled', 'booking.promoted', 'booking.updated']);

    const again = await call(t.app, 'POST', `/v1/bookings/${first.id}:cancel`, { token: w.write });
    expect(again.status).toBe(200);
    expect(again.body.revision).toBe(2);
    // The member may book again once the old booking is cancelled: the session now has a free waitlist slot.
    expect((await book(sessionId, members[0]!)).body).toMatchObject({ status: 'waitlisted', position: 2 });
  });

  it('cancelling a waitlisted booking moves those behind it up', async () => {
    const sessionId = await newSession({ capacity: 1, waitlistCapacity: 5 });
    const members = await insertMembers(t, 4);
    const b = [];
    for (const m of members) b.push((await book(sessionId, m)).body);
    await call(t.app, 'POST', `/v1/bookings/${b[1].id}:cancel`, { token: w.write });
    expect((await get(b[2].id)).position).toBe(1);
    expect((await get(b[3].id)).position).toBe(2);
    expect((await get(b[0].id)).status).toBe('booked');
  });

  it('answers 409 for a second live booking, 422 for unknown references and unbookable sessions', async () => {
    const sessionId = await newSession({ capacity: 5 });
    const [m] = await insertMembers(t, 1);
    expect((await book(sessionId, m!)).status).toBe(201);
    const dup = await book(sessionId, m!);
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('conflict');
    const unknown = await book('ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', 'mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6P');
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ['/sessionId', 'unknown_reference'],
      ['/memberId', 'unknown_reference'],
    ]);
    const [foreignMember] = await insertMembers(t, 1, t.other.organizationId);
    const foreign = await book(sessionId, foreignMember!);
    expect(foreign.body.errors).toEqual([
      expect.objectContaining({ path: '/memberId', code: 'unknown_reference' }),
    ]);
    const cancelled = await newSession({ status: 'cancelled' });
    const refused = await book(cancelled, m!);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('session_not_bookable');
    expect((await book(sessionId, 'mem_bad')).status).toBe(422);
  });

  it('marks attended / no_show, refuses waitlisted and cancelled ones, and cannot cancel an outcome', async () => {
    const sessionId = await newSession({ capacity: 1, waitlistCapacity: 1 });
    const [m1, m2] = await insertMembers(t, 2);
    const booked = (await book(sessionId, m1!)).body;
    const waiting = (await book(sessionId, m2!)).body;
    const attended = await call(t.app, 'PATCH', `/v1/bookings/${booked.id}`, {
      token: w.write,
      body: { status: 'attended' },
    });
    expect(attended.status).toBe(200);
    expect(attended.body).toMatchObject({ status: 'attended', revision: 2 });
    const same = await call(t.app, 'PATCH', `/v1/bookings/${booked.id}`, {
      token: w.write,
      body: { status: 'attended' },
    });
    expect(same.body.revision).toBe(2);
    const corrected = await call(t.app, 'PATCH', `/v1/bookings/${booked.id}`, {
      token: w.write,
      headers: { 'if-match': '"2"' },
      body: { status: 'no_show' },
    });
    expect(corrected.body.status).toBe('no_show');
    const stale = await call(t.app, 'PATCH', `/v1/bookings/${booked.id}`, {
      token: w.write,
      headers: { 'if-match': '"1"' },
      body: { status: 'attended' },
    });
    expect(stale.status).toBe(412);
    expect(
      (
        await call(t.app, 'PATCH', `/v1/bookings/${waiting.id}`, {
          token: w.write,
          body: { status: 'attended' },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call(t.app, 'PATCH', `/v1/bookings/${booked.id}`, {
          token: w.write,
          body: { status: 'booked' },
        })
      ).status,
    ).toBe(422);
    expect((await call(t.app, 'POST', `/v1/bookings/${booked.id}:cancel`, { token: w.write })).status).toBe(
      409,
    );
    const session = await call(t.app, 'GET', `/v1/sessions/${sessionId}`, { token: w.read });
    expect(session.body).toMatchObject({ bookedCount: 1, waitlistedCount: 1 });
  });

  it('lists by id with filters; 404 across tenants; 403 without the scope', async () => {
    const sessionId = await newSession({ capacity: 3 });
    const members = await insertMembers(t, 3);
    const ids = [];
    for (const m of members) ids.push((await book(sessionId, m)).body.id);
    const page1 = await call(t.app, 'GET', `/v1/bookings?sessionId=${sessionId}&limit=2`, { token: w.read });
    const page2 = await call(
      t.app,
      'GET',
      `/v1/bookings?sessionId=${sessionId}&limit=2&cursor=${page1.body.nextCursor}`,
      {
        token: w.read,
      },
    );
    expect([...page1.body.data, ...page2.body.data].map((b: { id: string }) => b.id)).toEqual(ids);
    expect(page2.body.nextCursor).toBeNull();
    const byMember = await call(t.app, 'GET', `/v1/bookings?memberId=${members[1]}&status=booked`, {
      token: w.read,
    });
    expect(byMember.body.data.map((b: { id: string }) => b.id)).toEqual([ids[1]]);

    const token = t.other.token;
    expect((await call(t.app, 'GET', `/v1/bookings/${ids[0]}`, { token })).status).toBe(404);
    expect(
      (await call(t.app, 'PATCH', `/v1/bookings/${ids[0]}`, { token, body: { status: 'attended' } })).status,
    ).toBe(404);
    expect((await call(t.app, 'POST', `/v1/bookings/${ids[0]}:cancel`, { token })).status).toBe(404);
    expect((await call(t.app, 'GET', '/v1/bookings/bkg_nope', { token: w.read })).status).toBe(404);
    expect((await call(t.app, 'GET', `/v1/bookings?sessionId=${sessionId}`, { token })).body.data).toEqual(
      [],
    );
    expect((await call(t.app, 'GET', '/v1/bookings', { token: t.tokens.reader })).status).toBe(403);
    expect((await book(sessionId, members[0]!, w.read)).status).toBe(403);
  });
});
