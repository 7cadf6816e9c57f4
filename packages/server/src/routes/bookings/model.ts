import type { Booking } from '@sporthub/schemas';
import type { Selectable } from 'kysely';
import type { BookingsTable } from '../../db/tables/scheduling.js';

/** Row → API shape. */
export function toBooking(row: Selectable<BookingsTable>): Booking {
  return {
    id: row.id,
    sessionId: row.session_id,
    memberId: row.member_id,
    status: row.status as Booking['status'],
    position: row.position === null ? null : Number(row.position),
    cancelledAt: row.cancelled_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: Number(row.revision),
  };
}

/** API shape → row. */
export function bookingRow(organizationId: string, b: Booking): Selectable<BookingsTable> {
  return {
    organization_id: organizationId,
    id: b.id,
    session_id: b.sessionId,
    member_id: b.memberId,
    status: b.status,
    position: b.position,
    cancelled_at: b.cancelledAt,
    created_at: b.createdAt,
    updated_at: b.updatedAt,
    revision: b.revision,
  };
}

/** Statuses that hold one of the session's places (`bookedCount`). */
export const HOLDS_PLACE: ReadonlySet<string> = new Set(['booked', 'attended', 'no_show']);

/** `b` moved to `fields` with a revision bump. */
export function changed(b: Booking, fields: Partial<Booking>, now: string): Booking {
  return { ...b, ...fields, updatedAt: now, revision: b.revision + 1 };
}

export function cancelled(b: Booking, now: string): Booking {
  return changed(b, { status: 'cancelled', position: null, cancelledAt: now }, now);
}
