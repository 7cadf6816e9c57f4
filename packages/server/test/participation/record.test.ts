import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/ids.js';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { addMembers, addOutlet, addProgram, addSessions } from './fixtures.js';

describe.each(DIALECTS)('participation: record, get, list on %s', (kind) => {
  let t: TestApp;
  let sessions: string[];
  let cancelled: string;
  let members: string[];

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.database.db;
    const outlet = await addOutlet(db, t.organizationId, 'SH-PD-0001');
    const program = await addProgram(db, t.organizationId, 'P-TAICHI');
    sessions = await addSessions(db, t.organizationId, outlet, program, 3);
    [cancelled] = (await addSessions(db, t.organizationId, outlet, program, 1, {
      status: 'cancelled',
      externalPrefix: 'X',
    })) as [string];
    members = await addMembers(db, t.organizationId, [{}, {}, {}]);
  });
  afterAll(() => t.close());

  const post = (body: unknown, token = t.tokens.admin) =>
    call(t.app, 'POST', '/v1/participation', { token, body });

  it('records a check-in: 201 with ETag, outlet from the session, event, booking attended', async () => {
    const db = t.database.db;
    const bookingId = newId('bkg');
    await db
      .insertInto('bookings')
      .values({
        organization_id: t.organizationId,
        id: bookingId,
        session_id: sessions[0],
        member_id: members[0],
        status: 'booked',
        position: null,
        created_at: '2026-09-01T00:00:00.000Z',
        updated_at: '2026-09-01T00:00:00.000Z',
        revision: 1,
      } as never)
      .execute();
    const res = await post({
      externalId: 'PD-0001',
      sessionId: sessions[0],
      memberId: members[0],
      checkedInAt: '2026-09-05T07:58:12+08:00',
      durationMinutes: 60,
    });
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({
      externalId: 'PD-0001',
      durationMinutes: 60,
      source: 'staff',
      revision: 1,
    });
    expect(Date.parse(res.body.checkedInAt)).toBe(Date.parse('2026-09-05T07:58:12+08:00'));
    const booking = await db
      .selectFrom('bookings')
      .selectAll()
      .where('id', '=', bookingId)
      .executeTakeFirstOrThrow();
    expect(booking.status).toBe('attended');
    const types = (
      await db.selectFrom('events').select('type').where('organization_id', '=', t.organizationId).execute()
    ).map((e) => e.type);
    expect(types).toEqual(['participation.recorded', 'booking.updated']);

    const got = await call(t.app, 'GET', `/v1/participation/${res.body.id}`, { token: t.tokens.admin });
    expect(got.status).toBe(200);
    expect(got.body).toEqual(res.body);
  });

  it('defaults checkedInAt to now and source to staff (a walk-in needs no booking)', async () => {
    const before = Date.now();
    const res = await post({ sessionId: sessions[1], memberId: members[0] });
    expect(res.status).toBe(201);
    expect(res.body.externalId).toBeNull();
    expect(Date.parse(res.body.checkedInAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('answers 409 for a second check-in of the same member and for a taken externalId', async () => {
    expect((await post({ sessionId: sessions[0], memberId: members[0] })).status).toBe(409);
    const taken = await post({ externalId: 'PD-0001', sessionId: sessions[2], memberId: members[1] });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('conflict');
  });

  it('answers 422 for an unknown session or member, a cancelled session, a bad timestamp', async () => {
    const unknown = await post({ sessionId: newId('ses'), memberId: newId('mem') });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      '/memberId',
      '/sessionId',
    ]);
    const off = await post({ sessionId: cancelled, memberId: members[1] });
    expect(off.status).toBe(422);
    expect(off.body.errors[0].code).toBe('session_cancelled');
    expect(
      (await post({ sessionId: sessions[2], memberId: members[1], checkedInAt: 'yesterday' })).status,
    ).toBe(422);
    expect((await post({ sessionId: sessions[2] })).status).toBe(422);
  });

  it('answers 403 without participation:write and 401 without a token', async () => {
    expect((await post({ sessionId: sessions[2], memberId: members[1] }, t.tokens.reader)).status).toBe(403);
    expect((await call(t.app, 'GET', '/v1/participation', { token: t.tokens.reader })).status).toBe(403);
    expect((await call(t.app, 'GET', '/v1/participation')).status).toBe(401);
  });

  it('answers 404 for malformed, unknown and other tenants’ ids', async () => {
    const mine = (await call(t.app, 'GET', '/v1/participation?limit=1', { token: t.tokens.admin })).body
      .data[0].id;
    for (const id of ['nope', newId('par'), mine]) {
      const token = id === mine ? t.other.token : t.tokens.admin;
      const res = await call(t.app, 'GET', `/v1/participation/${id}`, { token });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('not_found');
    }
    expect((await call(t.app, 'GET', '/v1/participation', { token: t.other.token })).body.data).toEqual([]);
  });

  it('lists in id order with filters and cursor pages', async () => {
    await post({ sessionId: sessions[2], memberId: members[2], checkedInAt: '2026-09-30T23:30:00+08:00' });
    const all = await call(t.app, 'GET', '/v1/participation', { token: t.tokens.admin });
    expect(all.body.data).toHaveLength(3);
    const ids = all.body.data.map((p: { id: string }) => p.id);
    expect([...ids].sort()).toEqual(ids);
    const first = await call(t.app, 'GET', '/v1/participation?limit=2', { token: t.tokens.admin });
    const second = await call(t.app, 'GET', `/v1/participation?limit=2&cursor=${first.body.nextCursor}`, {
      token: t.tokens.admin,
    });
    expect([...first.body.data, ...second.body.data].map((p: { id: string }) => p.id)).toEqual(ids);
    expect(second.body.nextCursor).toBeNull();
    const bySession = await call(t.app, 'GET', `/v1/participation?sessionId=${sessions[2]}`, {
      token: t.tokens.admin,
    });
    expect(bySession.body.data).toHaveLength(1);
    // 23:30 in Shanghai on 30 Sep is still 30 Sep locally (15:30 UTC).
    const local = await call(t.app, 'GET', '/v1/participation?from=2026-09-30&to=2026-09-30', {
      token: t.tokens.admin,
    });
    expect(local.body.data.map((p: { sessionId: string }) => p.sessionId)).toEqual([sessions[2]]);
    const ext = await call(t.app, 'GET', '/v1/participation?externalId=PD-0001', { token: t.tokens.admin });
    expect(ext.body.data).toHaveLength(1);
    expect(
      (await call(t.app, 'GET', '/v1/participation?from=30-09-2026', { token: t.tokens.admin })).status,
    ).toBe(422);
  });

  it('a waitlisted member who checks in holds a place: counters move and the waitlist behind moves up', async () => {
    const db = t.database.db;
    const session = sessions[2] as string;
    const extra = await addMembers(db, t.organizationId, [{}, {}, {}]);
    await db
      .updateTable('sessions')
      .set({ capacity: 1, booked_count: 1, waitlisted_count: 2 })
      .where('organization_id', '=', t.organizationId)
      .where('id', '=', session)
      .execute();
    const booking = async (memberId: string, status: string, position: number | null) => {
      const id = newId('bkg');
      await db
        .insertInto('bookings')
        .values({
          organization_id: t.organizationId,
          id,
          session_id: session,
          member_id: memberId,
          status,
          position,
          created_at: '2026-09-01T00:00:00.000Z',
          updated_at: '2026-09-01T00:00:00.000Z',
          revision: 1,
        } as never)
        .execute();
      return id;
    };
    await booking(extra[0] as string, 'booked', null);
    const first = await booking(extra[1] as string, 'waitlisted', 1);
    const second = await booking(extra[2] as string, 'waitlisted', 2);

    const res = await post({
      sessionId: session,
      memberId: extra[1],
      checkedInAt: '2026-09-05T08:01:00+08:00',
    });
    expect(res.status).toBe(201);
    const status = async (id: string) =>
      db.selectFrom('bookings').select(['status', 'position']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(await status(first)).toEqual({ status: 'attended', position: null });
    expect(await status(second)).toEqual({ status: 'waitlisted', position: 1 });
    const got = await call(t.app, 'GET', `/v1/sessions/${session}`, { token: t.tokens.admin });
    expect(got.body).toMatchObject({ bookedCount: 2, waitlistedCount: 1 });
  });
});
