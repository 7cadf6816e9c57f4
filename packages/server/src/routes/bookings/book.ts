import type { Booking, BookingCreate, FieldError } from '@sporthub/schemas';
import type { Db } from '../../db/dialect.js';
import { recordEvents } from '../../events/record.js';
import { HttpProblem, validationFailed } from '../../http/problem.js';
import { newId } from '../../ids.js';
import { nowIso } from '../../time.js';
import { findSessionById } from '../sessions/queries.js';
import { findLiveBooking, saveBookings, setSessionCounts } from './store.js';

const unknownRef = (field: string, what: string): FieldError => ({
  path: `/${field}`,
  code: 'unknown_reference',
  message: `no ${what} with this id in this organization`,
});

async function memberExists(db: Db, organizationId: string, memberId: string): Promise<boolean> {
  const row = await db
    .selectFrom('members')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('id', '=', memberId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Takes a place, else a waitlist place, in one transaction. The session row is locked first
 * (`SELECT … FOR UPDATE` on PostgreSQL; on SQLite the server's one connection runs one transaction at
 * a time), so concurrent requests are decided one after another against exact counters, and the
 * booking id, minted after the lock, sorts in that same order.
 */
export async function bookSeat(trx: Db, organizationId: string, input: BookingCreate): Promise<Booking> {
  const session = await findSessionById(trx, organizationId, input.sessionId, { forUpdate: true });
  const errors: FieldError[] = [];
  if (!session) errors.push(unknownRef('sessionId', 'session'));
  if (!(await memberExists(trx, organizationId, input.memberId)))
    errors.push(unknownRef('memberId', 'member'));
  if (!session || errors.length > 0) throw validationFailed(errors);
  if (session.status !== 'scheduled') {
    throw new HttpProblem(422, 'session_not_bookable', `The session is ${session.status}.`);
  }
  if (await findLiveBooking(trx, organizationId, session.id, input.memberId)) {
    throw new HttpProblem(409, 'conflict', 'The member already holds a booking in this session.');
  }
  const counts = { bookedCount: session.bookedCount, waitlistedCount: session.waitlistedCount };
  let placement: Pick<Booking, 'status' | 'position'>;
  if (counts.bookedCount < session.capacity) {
    placement = { status: 'booked', position: null };
    counts.bookedCount += 1;
  } else if (counts.waitlistedCount < session.waitlistCapacity) {
    counts.waitlistedCount += 1;
    placement = { status: 'waitlisted', position: counts.waitlistedCount };
  } else {
    throw new HttpProblem(422, 'session_full', 'Every place and waitlist place of the session is taken.');
  }
  const now = nowIso();
  const booking: Booking = {
    id: newId('bkg'),
    sessionId: session.id,
    memberId: input.memberId,
    ...placement,
    cancelledAt: null,
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
  await saveBookings(trx, organizationId, [booking]);
  await setSessionCounts(trx, organizationId, session.id, counts);
  await recordEvents(trx, organizationId, [{ type: 'booking.created', data: booking }]);
  return booking;
}
