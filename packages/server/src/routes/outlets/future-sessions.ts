import type { Db } from '../../db/dialect.js';
import { chunkRows } from '../../db/insert-many.js';
import { type NewEvent, recordEvents } from '../../events/record.js';
import { HttpProblem } from '../../http/problem.js';
import { nowIso } from '../../time.js';
import { cancelBookingsOfSessions } from '../bookings/store.js';
import { toSession } from '../sessions/model.js';

/** The columns of `sessions` that point at a provisioning record. */
type SessionRef = 'outlet_id' | 'zone_id' | 'coach_id' | 'program_id';

/**
 * Scheduled sessions that have not started yet and use this record. Outlets, zones and coaches with
 * such sessions may not disappear (409), or, for `deleteOutlet?force=true`, the sessions are cancelled.
 * Times are stored in UTC text (sessions/model.ts), so a string comparison is a time comparison.
 */
function futureScheduled(db: Db, organizationId: string, column: SessionRef, id: string, now: string) {
  return db
    .selectFrom('sessions')
    .where('organization_id', '=', organizationId)
    .where(column, '=', id)
    .where('status', '=', 'scheduled')
    .where('starts_at', '>', now);
}

/** How many future scheduled sessions use this outlet, zone or coach. */
export async function countFutureSessions(
  db: Db,
  organizationId: string,
  column: SessionRef,
  id: string,
  now: string,
): Promise<number> {
  const row = await futureScheduled(db, organizationId, column, id, now)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Cancels the future scheduled sessions of an outlet (revision + 1, `session.cancelled`) and their live
 * bookings (`booking.cancelled`), as cancelling each session through the API would. Returns the
 * events; the caller records them in its transaction.
 */
export async function cancelFutureSessions(
  trx: Db,
  organizationId: string,
  outletId: string,
  now: string,
): Promise<NewEvent[]> {
  const rows = await futureScheduled(trx, organizationId, 'outlet_id', outletId, now).selectAll().execute();
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const bookings = await cancelBookingsOfSessions(trx, organizationId, ids, now);
  // One UPDATE per distinct number of freed places (usually one or two), not one per session.
  const byFreed = new Map<number, string[]>();
  for (const id of ids) {
    const freed = bookings.placesFreed.get(id) ?? 0;
    byFreed.set(freed, [...(byFreed.get(freed) ?? []), id]);
  }
  for (const [freed, group] of byFreed) {
    for (const chunk of chunkRows(group.map((id) => ({ id })))) {
      await trx
        .updateTable('sessions')
        .set((eb) => ({
          status: 'cancelled',
          booked_count: eb('booked_count', '-', freed),
          waitlisted_count: 0,
          updated_at: now,
          revision: eb('revision', '+', 1),
        }))
        .where('organization_id', '=', organizationId)
        .where(
          'id',
          'in',
          chunk.map((c) => c.id),
        )
        .execute();
    }
  }
  const events = rows.map(
    (row): NewEvent => ({
      type: 'session.cancelled',
      data: toSession({
        ...row,
        status: 'cancelled',
        booked_count: Number(row.booked_count) - (bookings.placesFreed.get(row.id) ?? 0),
        waitlisted_count: 0,
        updated_at: now,
        revision: Number(row.revision) + 1,
      }),
    }),
  );
  return [...events, ...bookings.events];
}

/** `deleteOutlet`: future scheduled sessions answer 409, unless `force` cancels them first. */
export async function refuseOrCancelFutureSessions(
  trx: Db,
  organizationId: string,
  outletId: string,
  force: boolean,
): Promise<void> {
  const now = nowIso();
  if (!force) {
    const n = await countFutureSessions(trx, organizationId, 'outlet_id', outletId, now);
    if (n > 0) {
      throw new HttpProblem(
        409,
        'conflict',
        `${n} future scheduled session(s) take place at this outlet; cancel or move them, or delete with force=true.`,
      );
    }
    return;
  }
  await recordEvents(trx, organizationId, await cancelFutureSessions(trx, organizationId, outletId, now));
}
