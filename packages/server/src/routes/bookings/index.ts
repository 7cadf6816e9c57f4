import {
  type Booking,
  BookingCreateSchema,
  BookingStatusSchema,
  BookingUpdateSchema,
} from '@sporthub/schemas';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/dialect.js';
import { type NewEvent, recordEvents } from '../../events/record.js';
import { assertRevision, ifMatchRevision, sendRecord } from '../../http/etag.js';
import { pageQueryShape, pageRequest, toPage } from '../../http/pagination.js';
import { HttpProblem, notFound } from '../../http/problem.js';
import { parseBody, parseQuery } from '../../http/validate.js';
import { isId } from '../../ids.js';
import { nowIso } from '../../time.js';
import { registerErasePersonalDataHook } from '../members/personal-data-hooks.js';
import { findSessionById } from '../sessions/queries.js';
import { bookSeat } from './book.js';
import { cancelFutureBookingsOfMember } from './erase.js';
import { cancelled, changed } from './model.js';
import { findBookingById, listBookings, releasePlaces, saveBookings } from './store.js';

const ListQuerySchema = z.object({
  ...pageQueryShape,
  sessionId: z.string().optional(),
  memberId: z.string().optional(),
  status: BookingStatusSchema.optional(),
});

// A member's erasure cancels their future bookings the way a cancel does: the waitlist moves up.
registerErasePersonalDataHook({ name: 'bookings', erase: cancelFutureBookingsOfMember });

/** Bookings: `openapi/paths/bookings.yaml`. */
export async function bookingRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  app.get('/v1/bookings', { config: { scope: 'schedules:read' } }, async (request) => {
    const query = parseQuery(ListQuerySchema, request.query);
    const page = pageRequest(query);
    return toPage(await listBookings(db, request.auth.organizationId, page, query), page.limit);
  });

  app.post('/v1/bookings', { config: { scope: 'schedules:write' } }, async (request, reply) => {
    const input = parseBody(BookingCreateSchema, request.body);
    const org = request.auth.organizationId;
    const booking = await db.transaction().execute((trx) => bookSeat(trx, org, input));
    return sendRecord(reply, 201, booking);
  });

  app.get<{ Params: { bookingId: string } }>(
    '/v1/bookings/:bookingId',
    { config: { scope: 'schedules:read' } },
    async (request, reply) => {
      const booking = await findOwnBooking(db, request.auth.organizationId, request.params.bookingId);
      return sendRecord(reply, 200, booking);
    },
  );

  app.patch<{ Params: { bookingId: string } }>(
    '/v1/bookings/:bookingId',
    { config: { scope: 'schedules:write' } },
    async (request, reply) => {
      const { status } = parseBody(BookingUpdateSchema, request.body);
      const expected = ifMatchRevision(request);
      const org = request.auth.organizationId;
      const booking = await db.transaction().execute(async (trx) => {
        const current = await findOwnBooking(trx, org, request.params.bookingId, true);
        assertRevision(current.revision, expected);
        if (current.status === 'waitlisted' || current.status === 'cancelled') {
          throw new HttpProblem(409, 'conflict', `A ${current.status} booking cannot be marked ${status}.`);
        }
        if (current.status === status) return current;
        // booked, attended and no_show all hold a place: the session's counters do not move.
        const next = changed(current, { status }, nowIso());
        await saveBookings(trx, org, [next]);
        await recordEvents(trx, org, [{ type: 'booking.updated', data: next }]);
        return next;
      });
      return sendRecord(reply, 200, booking);
    },
  );

  app.post<{ Params: { bookingId: string } }>(
    // Plain `:bookingId::cancel` would be ONE parameter named `bookingId::cancel` (find-my-way), matching
    // any POST; the pattern ends the parameter at the colon, then `::` is the literal `:`.
    '/v1/bookings/:bookingId(^[^:/]+)::cancel',
    { config: { scope: 'schedules:write' } },
    async (request, reply) => {
      const expected = ifMatchRevision(request);
      const org = request.auth.organizationId;
      const booking = await db.transaction().execute(async (trx) => {
        const found = await findOwnBooking(trx, org, request.params.bookingId);
        // The session's row lock first, as every booking change does, then the booking as it is now.
        const session = await findSessionById(trx, org, found.sessionId, { forUpdate: true });
        const current = await findOwnBooking(trx, org, found.id, true);
        assertRevision(current.revision, expected);
        if (current.status === 'cancelled') return current;
        if (current.status === 'attended' || current.status === 'no_show') {
          throw new HttpProblem(409, 'conflict', `An ${current.status} booking cannot be cancelled.`);
        }
        const now = nowIso();
        const next = cancelled(current, now);
        await saveBookings(trx, org, [next]);
        const events: NewEvent[] = [{ type: 'booking.cancelled', data: next }];
        if (session) events.push(...(await releasePlaces(trx, org, session, [current], now)));
        await recordEvents(trx, org, events);
        return next;
      });
      return sendRecord(reply, 200, booking);
    },
  );
}

/** The booking of this organization, or 404 for malformed, unknown and other tenants' ids alike. */
async function findOwnBooking(
  db: Db,
  organizationId: string,
  id: string,
  forUpdate = false,
): Promise<Booking> {
  const booking = isId('bkg', id) ? await findBookingById(db, organizationId, id, { forUpdate }) : undefined;
  if (!booking) throw notFound('booking');
  return booking;
}
