import type { Booking } from '@sporthub/schemas';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { type NewEvent, recordEvents } from '../../events/record.js';
import type { ErasePersonalDataContext } from '../members/personal-data-hooks.js';
import { findSessionById } from '../sessions/queries.js';
import { cancelled, toBooking } from './model.js';
import { releasePlaces, saveBookings } from './store.js';

/**
 * The `bookings` step of a member's erasure (SPEC §6.7): their places in sessions that have not
 * started are cancelled as if they had cancelled each one — a `booking.cancelled` event each, the
 * session's counters kept, and the freed place offered to the waitlist (`booking.promoted`). Sessions
 * are locked in id order, like every other booking change, so concurrent bookings cannot deadlock it.
 */
export async function cancelFutureBookingsOfMember(
  trx: Transaction<DB>,
  { organizationId, memberId, now }: ErasePersonalDataContext,
): Promise<number> {
  const rows = await trx
    .selectFrom('bookings')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('member_id', '=', memberId)
    .where('status', 'in', ['booked', 'waitlisted'])
    .where('session_id', 'in', (eb) =>
      eb
        .selectFrom('sessions')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('starts_at', '>', now),
    )
    .orderBy('session_id')
    .orderBy('id')
    .execute();
  const bySession = new Map<string, Booking[]>();
  for (const booking of rows.map(toBooking)) {
    const mine = bySession.get(booking.sessionId);
    if (mine) mine.push(booking);
    else bySession.set(booking.sessionId, [booking]);
  }
  const events: NewEvent[] = [];
  for (const [sessionId, mine] of bySession) {
    const session = await findSessionById(trx, organizationId, sessionId, { forUpdate: true });
    const writes = mine.map((booking) => cancelled(booking, now));
    await saveBookings(trx, organizationId, writes);
    events.push(...writes.map((data): NewEvent => ({ type: 'booking.cancelled', data })));
    if (session) events.push(...(await releasePlaces(trx, organizationId, session, mine, now)));
  }
  await recordEvents(trx, organizationId, events);
  return rows.length;
}
