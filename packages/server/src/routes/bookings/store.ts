import type { Booking } from '@sporthub/schemas';
import { type Db, isPostgres } from '../../db/dialect.js';
import { chunkRows } from '../../db/insert-many.js';
import type { NewEvent } from '../../events/record.js';
import type { PageRequest } from '../../http/pagination.js';
import { bookingRow, cancelled, changed, toBooking } from './model.js';

// Booking rows and the waitlist rules. Callers hold the session's row lock (see sessions/queries
// `findSessionById` with `forUpdate`), which is what makes capacity and positions exact under concurrency.

export interface BookingFilter {
  sessionId?: string | undefined;
  memberId?: string | undefined;
  status?: string | undefined;
}

/** One page (plus one row) of bookings in id (creation) order. */
export async function listBookings(db: Db, organizationId: string, page: PageRequest, filter: BookingFilter) {
  let query = db.selectFrom('bookings').selectAll().where('organization_id', '=', organizationId);
  if (page.afterId !== undefined) query = query.where('id', '>', page.afterId);
  if (filter.sessionId !== undefined) query = query.where('session_id', '=', filter.sessionId);
  if (filter.memberId !== undefined) query = query.where('member_id', '=', filter.memberId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toBooking);
}

export async function findBookingById(
  db: Db,
  organizationId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<Booking | undefined> {
  const row = await db
    .selectFrom('bookings')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .$if(options.forUpdate === true && isPostgres(db), (q) => q.forUpdate())
    .executeTakeFirst();
  return row && toBooking(row);
}

/** The member's booking in the session that is not cancelled, if any. */
export async function findLiveBooking(db: Db, organizationId: string, sessionId: string, memberId: string) {
  const row = await db
    .selectFrom('bookings')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('session_id', '=', sessionId)
    .where('member_id', '=', memberId)
    .where('status', '<>', 'cancelled')
    .executeTakeFirst();
  return row && toBooking(row);
}

/** Inserts or rewrites bookings with one multi-row statement per chunk. */
export async function saveBookings(trx: Db, organizationId: string, bookings: readonly Booking[]) {
  for (const chunk of chunkRows(bookings.map((b) => bookingRow(organizationId, b)))) {
    await trx
      .insertInto('bookings')
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['organization_id', 'id']).doUpdateSet((eb) => ({
          status: eb.ref('excluded.status'),
          position: eb.ref('excluded.position'),
          cancelled_at: eb.ref('excluded.cancelled_at'),
          updated_at: eb.ref('excluded.updated_at'),
          revision: eb.ref('excluded.revision'),
        })),
      )
      .execute();
  }
}

/**
 * Renumbers the session's waitlist 1..n in its current order after a place or a waitlist slot freed
 * up, promoting the first `promote` to `booked`. Writes only the bookings that changed and returns
 * their events (`booking.promoted`, `booking.updated` for a moved position) and how many were promoted.
 */
export async function settleWaitlist(
  trx: Db,
  organizationId: string,
  sessionId: string,
  promote: number,
  now: string,
): Promise<{ events: NewEvent[]; promoted: number }> {
  const rows = await trx
    .selectFrom('bookings')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('session_id', '=', sessionId)
    .where('status', '=', 'waitlisted')
    .orderBy('position')
    .orderBy('id')
    .execute();
  const events: NewEvent[] = [];
  const writes: Booking[] = [];
  let promoted = 0;
  rows.map(toBooking).forEach((booking, index) => {
    if (index < promote) {
      const next = changed(booking, { status: 'booked', position: null }, now);
      writes.push(next);
      events.push({ type: 'booking.promoted', data: next });
      promoted += 1;
    } else if (booking.position !== index - promote + 1) {
      const next = changed(booking, { position: index - promote + 1 }, now);
      writes.push(next);
      events.push({ type: 'booking.updated', data: next });
    }
  });
  await saveBookings(trx, organizationId, writes);
  return { events, promoted };
}

/**
 * Cancels every `booked` and `waitlisted` booking of these sessions (a session was cancelled), with
 * multi-row statements. Returns the events and, per session, how many places were given back.
 */
export async function cancelBookingsOfSessions(
  trx: Db,
  organizationId: string,
  sessionIds: readonly string[],
  now: string,
): Promise<{ events: NewEvent[]; placesFreed: Map<string, number> }> {
  const live: Booking[] = [];
  for (const chunk of chunkRows(sessionIds.map((id) => ({ id })))) {
    const rows = await trx
      .selectFrom('bookings')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where(
        'session_id',
        'in',
        chunk.map((c) => c.id),
      )
      .where('status', 'in', ['booked', 'waitlisted'])
      .orderBy('id')
      .execute();
    live.push(...rows.map(toBooking));
  }
  const placesFreed = new Map<string, number>();
  for (const b of live) {
    if (b.status === 'booked') placesFreed.set(b.sessionId, (placesFreed.get(b.sessionId) ?? 0) + 1);
  }
  const writes = live.map((b) => cancelled(b, now));
  await saveBookings(trx, organizationId, writes);
  return { events: writes.map((data) => ({ type: 'booking.cancelled', data })), placesFreed };
}

/** Sets a session's maintained counters (not a change of the session itself: no revision bump). */
export async function setSessionCounts(
  trx: Db,
  organizationId: string,
  sessionId: string,
  counts: { bookedCount: number; waitlistedCount: number },
): Promise<void> {
  await trx
    .updateTable('sessions')
    .set({ booked_count: counts.bookedCount, waitlisted_count: counts.waitlistedCount })
    .where('organization_id', '=', organizationId)
    .where('id', '=', sessionId)
    .execute();
}

/**
 * After `cancelledNow` (bookings of `session` just set to cancelled, as they were before) gave back
 * their places or waitlist slots: the session's counters drop, a freed place goes to the first
 * waitlisted (a scheduled session only), a freed waitlist slot moves those behind it up. Returns the
 * events of the promotions and moves. The caller holds the session's row lock.
 */
export async function releasePlaces(
  trx: Db,
  organizationId: string,
  session: { id: string; status: string; capacity: number; bookedCount: number; waitlistedCount: number },
  cancelledNow: readonly Pick<Booking, 'status'>[],
  now: string,
): Promise<NewEvent[]> {
  const counts = { bookedCount: session.bookedCount, waitlistedCount: session.waitlistedCount };
  for (const booking of cancelledNow) {
    if (booking.status === 'booked') counts.bookedCount -= 1;
    else if (booking.status === 'waitlisted') counts.waitlistedCount -= 1;
  }
  const free = session.status === 'scheduled' ? session.capacity - counts.bookedCount : 0;
  const settled = await settleWaitlist(trx, organizationId, session.id, Math.max(0, free), now);
  counts.bookedCount += settled.promoted;
  counts.waitlistedCount -= settled.promoted;
  await setSessionCounts(trx, organizationId, session.id, counts);
  return settled.events;
}
