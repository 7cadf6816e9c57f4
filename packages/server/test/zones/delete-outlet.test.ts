import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/ids.js';
import { call, outletInput, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { eventTypes, insertSession } from './sessions-fixture.js';

// deleteOutlet with future sessions: 409, or force=true cancels them (lives beside zones: both guard
// provisioning records that sessions use).
describe.each(DIALECTS)('deleteOutlet and its future sessions on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers 409 while future scheduled sessions exist; force=true cancels them, their bookings, then deletes', async () => {
    const outlet = (
      await call(t.app, 'POST', '/v1/outlets', { token: t.tokens.writer, body: outletInput('F-1') })
    ).body;
    const db = t.database.db;
    const future = await insertSession(db, t.organizationId, { outletId: outlet.id, startsInHours: 48 });
    const past = await insertSession(db, t.organizationId, {
      outletId: outlet.id,
      startsInHours: -48,
      status: 'completed',
    });
    const now = new Date().toISOString();
    await db
      .insertInto('bookings')
      .values({
        organization_id: t.organizationId,
        id: newId('bkg'),
        session_id: future,
        member_id: newId('mem'),
        status: 'booked',
        position: null,
        cancelled_at: null,
        created_at: now,
        updated_at: now,
        revision: 1,
      })
      .execute();
    await db.updateTable('sessions').set({ booked_count: 1 }).where('id', '=', future).execute();

    const refused = await call(t.app, 'DELETE', `/v1/outlets/${outlet.id}`, { token: t.tokens.writer });
    expect(refused.status).toBe(409);
    const refusedFalse = await call(t.app, 'DELETE', `/v1/outlets/${outlet.id}?force=false`, {
      token: t.tokens.writer,
    });
    expect(refusedFalse.status).toBe(409);

    const forced = await call(t.app, 'DELETE', `/v1/outlets/${outlet.id}?force=true`, {
      token: t.tokens.writer,
    });
    expect(forced.status).toBe(204);
    expect((await call(t.app, 'GET', `/v1/outlets/${outlet.id}`, { token: t.tokens.reader })).status).toBe(
      404,
    );
    const sessions = await db
      .selectFrom('sessions')
      .select(['id', 'status', 'revision', 'booked_count'])
      .where('organization_id', '=', t.organizationId)
      .orderBy('id')
      .execute();
    expect(
      sessions.map((s) => ({ ...s, revision: Number(s.revision), booked_count: Number(s.booked_count) })),
    ).toEqual([
      { id: future, status: 'cancelled', revision: 2, booked_count: 0 },
      { id: past, status: 'completed', revision: 1, booked_count: 0 },
    ]);
    const booking = await db
      .selectFrom('bookings')
      .select('status')
      .where('session_id', '=', future)
      .executeTakeFirst();
    expect(booking?.status).toBe('cancelled');
    const types = await eventTypes(db, t.organizationId);
    expect(types.slice(-3)).toEqual(['session.cancelled', 'booking.cancelled', 'outlet.deleted']);
    const cancelled = await db
      .selectFrom('events')
      .select('data')
      .where('organization_id', '=', t.organizationId)
      .where('type', '=', 'session.cancelled')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(cancelled.data)).toMatchObject({
      id: future,
      status: 'cancelled',
      revision: 2,
      bookedCount: 0,
    });
  });

  it('deletes an outlet whose sessions are all past or cancelled without force', async () => {
    const outlet = (
      await call(t.app, 'POST', '/v1/outlets', { token: t.tokens.writer, body: outletInput('F-2') })
    ).body;
    await insertSession(t.database.db, t.organizationId, {
      outletId: outlet.id,
      startsInHours: 5,
      status: 'cancelled',
    });
    await insertSession(t.database.db, t.organizationId, { outletId: outlet.id, startsInHours: -5 });
    expect((await call(t.app, 'DELETE', `/v1/outlets/${outlet.id}`, { token: t.tokens.writer })).status).toBe(
      204,
    );
  });
});
