import type { Session } from '@sporthub/schemas';
import { type Selectable, sql } from 'kysely';
import { type Db, isPostgres } from '../../db/dialect.js';
import { chunkRows } from '../../db/insert-many.js';
import { insertRowsSqlite, jsonList } from '../../db/sqlite-bulk.js';
import type { SessionsTable } from '../../db/tables/scheduling.js';
import { type NewEvent, recordEvents } from '../../events/record.js';
import type { Change } from '../../http/batch.js';
import { cancelBookingsOfSessions, settleWaitlist } from '../bookings/store.js';
import type { SessionKey } from './cursor.js';
import { sessionEventType, sessionRow, toSession } from './model.js';

export interface SessionFilter {
  outletId?: string | undefined;
  programId?: string | undefined;
  coachId?: string | undefined;
  status?: string | undefined;
  /** UTC instants, `[from, to)` on startsAt. */
  from?: string | undefined;
  to?: string | undefined;
  seriesKey?: string | undefined;
  externalId?: string | undefined;
  /** true: bookedCount > 0; false: bookedCount = 0. */
  booked?: boolean | undefined;
}

/** One page (plus one row) in (startsAt, id) order, after `after` when given. */
export async function listSessions(
  db: Db,
  organizationId: string,
  limit: number,
  after: SessionKey | undefined,
  filter: SessionFilter,
): Promise<Session[]> {
  let query = db.selectFrom('sessions').selectAll().where('organization_id', '=', organizationId);
  if (after !== undefined) {
    query = query.where((eb) =>
      eb.or([
        eb('starts_at', '>', after.startsAt),
        eb.and([eb('starts_at', '=', after.startsAt), eb('id', '>', after.id)]),
      ]),
    );
  }
  if (filter.outletId !== undefined) query = query.where('outlet_id', '=', filter.outletId);
  if (filter.programId !== undefined) query = query.where('program_id', '=', filter.programId);
  if (filter.coachId !== undefined) query = query.where('coach_id', '=', filter.coachId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  if (filter.from !== undefined) query = query.where('starts_at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('starts_at', '<', filter.to);
  if (filter.seriesKey !== undefined) query = query.where('series_key', '=', filter.seriesKey);
  if (filter.externalId !== undefined) query = query.where('external_id', '=', filter.externalId);
  // A literal 0, not a parameter: `> 0` is the condition of the partial index sessions_booked_idx
  // (migration 0008), which the planners use only when the query states it as written.
  if (filter.booked !== undefined) query = query.where('booked_count', filter.booked ? '>' : '=', sql.lit(0));
  const rows = await query
    .orderBy('starts_at')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  return rows.map(toSession);
}

/**
 * A session by id. `forUpdate` locks its row until the transaction ends (PostgreSQL; SQLite runs one
 * transaction at a time on the server's single connection): every booking change takes this lock first.
 */
export async function findSessionById(
  db: Db,
  organizationId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<Session | undefined> {
  const row = await db
    .selectFrom('sessions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .$if(options.forUpdate === true && isPostgres(db), (q) => q.forUpdate())
    .executeTakeFirst();
  return row && toSession(row);
}

/**
 * Sessions by natural key: on SQLite one statement whose keys are one JSON parameter (see
 * db/sqlite-bulk.ts); on PostgreSQL chunked IN lists (one statement per ~30,000 keys).
 */
export async function findSessionsByExternalId(
  db: Db,
  organizationId: string,
  externalIds: readonly string[],
  options: { forUpdate?: boolean } = {},
): Promise<Map<string, Session>> {
  const found = new Map<string, Session>();
  if (externalIds.length === 0) return found;
  const postgres = isPostgres(db);
  const keyLists = postgres
    ? chunkRows(externalIds.map((id) => ({ id }))).map((chunk) => chunk.map((c) => c.id))
    : [jsonList(externalIds)];
  for (const keys of keyLists) {
    const rows = await db
      .selectFrom('sessions')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('external_id', 'in', keys)
      .$if(options.forUpdate === true && postgres, (q) => q.forUpdate())
      .execute();
    for (const row of rows) found.set(row.external_id as string, toSession(row));
  }
  return found;
}

/**
 * Writes sessions and their events in multi-row statements (writeSessionRows, recordEvents), with the
 * booking effects of each change first (they move the counters the rows carry): a session becoming
 * `cancelled` cancels its bookings; a scheduled one with free places promotes its waitlist. Call inside
 * a transaction, with the existing rows read `forUpdate`. `extra` is added to `session.cancelled` events
 * (the cancellation reason).
 */
export async function saveSessions(
  trx: Db,
  organizationId: string,
  changes: readonly Change<Session>[],
  now: string,
  extra: Record<string, unknown> = {},
): Promise<void> {
  if (changes.length === 0) return;
  const bookingEvents: NewEvent[] = [];
  const cancelling = changes.filter(
    (c) =>
      c.before !== null &&
      c.after.status === 'cancelled' &&
      c.before.status !== 'cancelled' &&
      c.before.bookedCount + c.before.waitlistedCount > 0,
  );
  if (cancelling.length > 0) {
    const ids = cancelling.map((c) => c.after.id);
    const { events, placesFreed } = await cancelBookingsOfSessions(trx, organizationId, ids, now);
    bookingEvents.push(...events);
    for (const { after } of cancelling) {
      after.bookedCount -= placesFreed.get(after.id) ?? 0;
      after.waitlistedCount = 0;
    }
  }
  for (const { before, after } of changes) {
    const free = after.capacity - after.bookedCount;
    if (before === null || after.status !== 'scheduled' || after.waitlistedCount === 0 || free <= 0) continue;
    const { events, promoted } = await settleWaitlist(
      trx,
      organizationId,
      after.id,
      Math.min(free, after.waitlistedCount),
      now,
    );
    bookingEvents.push(...events);
    after.bookedCount += promoted;
    after.waitlistedCount -= promoted;
  }
  await writeSessionRows(
    trx,
    changes.map((c) => sessionRow(organizationId, c.after)),
  );
  const sessionEvents = changes.map(({ before, after }): NewEvent => {
    const type = sessionEventType(before, after);
    return { type, data: type === 'session.cancelled' ? { ...after, ...extra } : after };
  });
  await recordEvents(trx, organizationId, [...sessionEvents, ...bookingEvents]);
}

/**
 * Inserts new rows and replaces existing ones (matched by id; `created_at` stays): on SQLite in
 * statements of fixed row counts, each text prepared once (db/sqlite-bulk.ts); on PostgreSQL in
 * multi-row statements as large as the parameter limit allows.
 */
async function writeSessionRows(trx: Db, rows: readonly Selectable<SessionsTable>[]): Promise<void> {
  if (!isPostgres(trx)) {
    await insertRowsSqlite(trx, 'sessions', rows, { key: ['organization_id', 'id'], keep: ['created_at'] });
    return;
  }
  for (const chunk of chunkRows(rows)) {
    await trx
      .insertInto('sessions')
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['organization_id', 'id']).doUpdateSet((eb) => ({
          external_id: eb.ref('excluded.external_id'),
          outlet_id: eb.ref('excluded.outlet_id'),
          zone_id: eb.ref('excluded.zone_id'),
          program_id: eb.ref('excluded.program_id'),
          coach_id: eb.ref('excluded.coach_id'),
          title: eb.ref('excluded.title'),
          starts_at: eb.ref('excluded.starts_at'),
          ends_at: eb.ref('excluded.ends_at'),
          capacity: eb.ref('excluded.capacity'),
          waitlist_capacity: eb.ref('excluded.waitlist_capacity'),
          status: eb.ref('excluded.status'),
          series_key: eb.ref('excluded.series_key'),
          booked_count: eb.ref('excluded.booked_count'),
          waitlisted_count: eb.ref('excluded.waitlisted_count'),
          updated_at: eb.ref('excluded.updated_at'),
          revision: eb.ref('excluded.revision'),
        })),
      )
      .execute();
  }
}

/** Whether anything still refers to the session: a live booking or a participation record. */
export async function isSessionInUse(db: Db, organizationId: string, sessionId: string): Promise<boolean> {
  const booking = await db
    .selectFrom('bookings')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('session_id', '=', sessionId)
    .where('status', '<>', 'cancelled')
    .limit(1)
    .executeTakeFirst();
  if (booking) return true;
  const participation = await db
    .selectFrom('participation')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('session_id', '=', sessionId)
    .limit(1)
    .executeTakeFirst();
  return participation !== undefined;
}

/** Deletes a session, its cancelled bookings, and records `session.deleted`. */
export async function deleteSession(trx: Db, organizationId: string, session: Session): Promise<void> {
  await trx
    .deleteFrom('bookings')
    .where('organization_id', '=', organizationId)
    .where('session_id', '=', session.id)
    .execute();
  await trx
    .deleteFrom('sessions')
    .where('organization_id', '=', organizationId)
    .where('id', '=', session.id)
    .execute();
  await recordEvents(trx, organizationId, [{ type: 'session.deleted', data: session }]);
}
