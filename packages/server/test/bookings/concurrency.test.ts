import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, insertMembers, sessionInput, type World } from '../sessions/fixtures.js';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

interface BookingBody {
  id: string;
  memberId: string;
  status: string;
  position: number | null;
}

describe.each(DIALECTS)('capacity under concurrency on %s', (kind) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp(kind);
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('200 simultaneous bookings for 20 places: exactly 20 booked, 180 waitlisted at 1..180 in arrival order', async () => {
    const session = await call(t.app, 'POST', '/v1/sessions', {
      token: w.write,
      body: sessionInput(w, { capacity: 20, waitlistCapacity: 500 }),
    });
    const sessionId = session.body.id as string;
    const members = await insertMembers(t, 200);

    // Raw app.inject: all 200 requests are in flight before the first one is answered.
    const responses = await Promise.all(
      members.map(async (memberId) => {
        const res = await t.app.inject({
          method: 'POST',
          url: '/v1/bookings',
          headers: { authorization: `Bearer ${w.write}`, 'content-type': 'application/json' },
          payload: JSON.stringify({ sessionId, memberId }),
        });
        return { status: res.statusCode, body: res.json() };
      }),
    );
    expect(responses.map((r) => r.status)).toEqual(members.map(() => 201));
    const bookings = responses.map((r) => r.body as BookingBody);
    // Arrival order is the order the server decided them in: the booking ids, minted under the lock.
    const byArrival = [...bookings].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byArrival.slice(0, 20).every((b) => b.status === 'booked' && b.position === null)).toBe(true);
    expect(byArrival.slice(20).map((b) => [b.status, b.position])).toEqual(
      Array.from({ length: 180 }, (_, i) => ['waitlisted', i + 1]),
    );
    const after = await call(t.app, 'GET', `/v1/sessions/${sessionId}`, { token: w.read });
    expect(after.body).toMatchObject({ bookedCount: 20, waitlistedCount: 180 });

    // Twenty simultaneous cancellations of booked places promote exactly the first twenty waitlisted.
    const cancels = await Promise.all(
      byArrival
        .slice(0, 20)
        .map((b) => call(t.app, 'POST', `/v1/bookings/${b.id}:cancel`, { token: w.write })),
    );
    expect(cancels.every((r) => r.status === 200)).toBe(true);
    const rows = await t.database.db
      .selectFrom('bookings')
      .select(['id', 'status', 'position'])
      .where('session_id', '=', sessionId)
      .orderBy('id')
      .execute();
    expect(rows.slice(20, 40).every((r) => r.status === 'booked')).toBe(true);
    expect(rows.slice(40).map((r) => Number(r.position))).toEqual(
      Array.from({ length: 160 }, (_, i) => i + 1),
    );
    const final = await call(t.app, 'GET', `/v1/sessions/${sessionId}`, { token: w.read });
    expect(final.body).toMatchObject({ bookedCount: 20, waitlistedCount: 160 });
  });
});
