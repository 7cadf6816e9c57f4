import type { Participation } from '@sporthub/schemas';
import { type Db, isPostgres } from '../../db/dialect.js';
import { chunkRows } from '../../db/insert-many.js';
import { type NewEvent, recordEvents } from '../../events/record.js';
import type { Change } from '../../http/batch.js';
import type { PageRequest } from '../../http/pagination.js';
import { setSessionCounts, settleWaitlist } from '../bookings/store.js';
import { localDateOf } from './local-time.js';
import { pairKey, participationRow, type SessionContext, toParticipation } from './model.js';

export interface ParticipationFilter {
  sessionId?: string | undefined;
  memberId?: string | undefined;
  outletId?: string | undefined;
  externalId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** One page (plus one row) in id order. */
export async function listParticipation(db: Db, org: string, page: PageRequest, filter: ParticipationFilter) {
  let query = db.selectFrom('participation').selectAll().where('organization_id', '=', org);
  if (page.afterId !== undefined) query = query.where('id', '>', page.afterId);
  if (filter.sessionId !== undefined) query = query.where('session_id', '=', filter.sessionId);
  if (filter.memberId !== undefined) query = query.where('member_id', '=', filter.memberId);
  if (filter.outletId !== undefined) query = query.where('outlet_id', '=', filter.outletId);
  if (filter.externalId !== undefined) query = query.where('external_id', '=', filter.externalId);
  if (filter.from !== undefined) query = query.where('local_date', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('local_date', '<=', filter.to);
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toParticipation);
}

export async function findParticipationById(
  db: Db,
  org: string,
  id: string,
): Promise<Participation | undefined> {
  const row = await db
    .selectFrom('participation')
    .selectAll()
    .where('organization_id', '=', org)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toParticipation(row);
}

/** Records by externalId and by (session, member) pair, locked for the write that follows (PostgreSQL). */
export async function findParticipationByKeys(
  trx: Db,
  org: string,
  externalIds: string[],
  pairs: { sessionId: string; memberId: string }[],
): Promise<{ byExternalId: Map<string, Participation>; byPair: Map<string, Participation> }> {
  const byExternalId = new Map<string, Participation>();
  const byPair = new Map<string, Participation>();
  const keep = (row: Parameters<typeof toParticipation>[0]) => {
    const record = toParticipation(row);
    if (record.externalId !== null) byExternalId.set(record.externalId, record);
    byPair.set(pairKey(record.sessionId, record.memberId), record);
  };
  for (const chunk of chunkRows(externalIds.map((id) => ({ id })))) {
    const rows = await trx
      .selectFrom('participation')
      .selectAll()
      .where('organization_id', '=', org)
      .where(
        'external_id',
        'in',
        chunk.map((c) => c.id),
      )
      .$if(isPostgres(trx), (q) => q.forUpdate())
      .execute();
    rows.forEach(keep);
  }
  // Pairs: select by session, keep the requested members (a portable stand-in for a tuple IN).
  const wanted = new Set(pairs.map((p) => pairKey(p.sessionId, p.memberId)));
  const sessions = [...new Set(pairs.map((p) => p.sessionId))];
  for (const chunk of chunkRows(sessions.map((id) => ({ id })))) {
    const rows = await trx
      .selectFrom('participation')
      .selectAll()
      .where('organization_id', '=', org)
      .where(
        'session_id',
        'in',
        chunk.map((c) => c.id),
      )
      .$if(isPostgres(trx), (q) => q.forUpdate())
      .execute();
    for (const row of rows) if (wanted.has(pairKey(row.session_id, row.member_id))) keep(row);
  }
  return { byExternalId, byPair };
}

/** Sessions with their outlet's id and time zone (the sessions and outlets tables of other features). */
export async function sessionContexts(
  db: Db,
  org: string,
  ids: string[],
): Promise<Map<string, SessionContext>> {
  const found = new Map<string, SessionContext>();
  for (const chunk of chunkRows([...new Set(ids)].map((id) => ({ id })))) {
    const rows = await db
      .selectFrom('sessions as s')
      .innerJoin('outlets as o', (join) =>
        join.onRef('o.organization_id', '=', 's.organization_id').onRef('o.id', '=', 's.outlet_id'),
      )
      .select(['s.id', 's.outlet_id', 's.status', 'o.timezone'])
      .where('s.organization_id', '=', org)
      .where(
        's.id',
        'in',
        chunk.map((c) => c.id),
      )
      .execute();
    for (const r of rows)
      found.set(r.id, { id: r.id, outletId: r.outlet_id, status: r.status, timezone: r.timezone });
  }
  return found;
}

/** Which of these member ids exist in the organization. */
export async function existingMembers(db: Db, org: string, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const chunk of chunkRows([...new Set(ids)].map((id) => ({ id })))) {
    const rows = await db
      .selectFrom('members')
      .select('id')
      .where('organization_id', '=', org)
      .where(
        'id',
        'in',
        chunk.map((c) => c.id),
      )
      .execute();
    for (const r of rows) found.add(r.id);
  }
  return found;
}

/**
 * Writes check-ins with multi-row statements: events first (their `seq` becomes each row's
 * `change_seq`, the export watermark), then one upsert per chunk, then the members' bookings become
 * `attended`. Call inside a transaction.
 */
export async function saveParticipation(
  trx: Db,
  org: string,
  changes: readonly Change<Participation>[],
  sessions: ReadonlyMap<string, SessionContext>,
  now: string,
): Promise<void> {
  if (changes.length === 0) return;
  const seqs = await recordEvents(
    trx,
    org,
    changes.map((c) => ({
      type: c.before ? 'participation.updated' : 'participation.recorded',
      data: c.after,
    })),
  );
  const rows = changes.map((c, i) => {
    const zone = sessions.get(c.after.sessionId)?.timezone ?? 'Asia/Shanghai';
    return participationRow(org, c.after, localDateOf(c.after.checkedInAt, zone), seqs[i] ?? 0);
  });
  for (const chunk of chunkRows(rows)) {
    await trx
      .insertInto('participation')
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['organization_id', 'id']).doUpdateSet((eb) => ({
          external_id: eb.ref('excluded.external_id'),
          session_id: eb.ref('excluded.session_id'),
          member_id: eb.ref('excluded.member_id'),
          outlet_id: eb.ref('excluded.outlet_id'),
          checked_in_at: eb.ref('excluded.checked_in_at'),
          duration_minutes: eb.ref('excluded.duration_minutes'),
          source: eb.ref('excluded.source'),
          updated_at: eb.ref('excluded.updated_at'),
          revision: eb.ref('excluded.revision'),
          local_date: eb.ref('excluded.local_date'),
          change_seq: eb.ref('excluded.change_seq'),
        })),
      )
      .execute();
  }
  await markBookingsAttended(
    trx,
    org,
    changes.map((c) => c.after),
    now,
  );
}

/**
 * Bookings (`booked`/`waitlisted`) of these check-ins become `attended`, each with a `booking.updated`
 * event. A waitlisted member who came holds a place now: the session's counters move (one more booked,
 * one fewer waitlisted) and the waitlist behind them moves up. The sessions' rows are locked first, as
 * every booking change does.
 */
async function markBookingsAttended(
  trx: Db,
  org: string,
  checkIns: Participation[],
  now: string,
): Promise<void> {
  const wanted = new Set(checkIns.map((p) => pairKey(p.sessionId, p.memberId)));
  const sessions = [...new Set(checkIns.map((p) => p.sessionId))].sort();
  for (const chunk of chunkRows(sessions.map((id) => ({ id })))) {
    const ids = chunk.map((c) => c.id);
    const counts = await lockSessionCounts(trx, org, ids);
    const open = await trx
      .selectFrom('bookings')
      .selectAll()
      .where('organization_id', '=', org)
      .where('session_id', 'in', ids)
      .where('status', 'in', ['booked', 'waitlisted'])
      .execute();
    const hit = open.filter((b) => wanted.has(pairKey(b.session_id, b.member_id)));
    if (hit.length === 0) continue;
    await trx
      .updateTable('bookings')
      .set((eb) => ({
        status: 'attended',
        position: null,
        updated_at: now,
        revision: eb('revision', '+', 1),
      }))
      .where('organization_id', '=', org)
      .where(
        'id',
        'in',
        hit.map((b) => b.id),
      )
      .execute();
    const events: NewEvent[] = hit.map((b) => ({
      type: 'booking.updated',
      data: {
        id: b.id,
        sessionId: b.session_id,
        memberId: b.member_id,
        status: 'attended',
        position: null,
        cancelledAt: null,
        createdAt: b.created_at,
        updatedAt: now,
        revision: Number(b.revision) + 1,
      },
    }));
    // Per session, how many of its waitlisted members came.
    const cameFromWaitlist = new Map<string, number>();
    for (const b of hit) {
      if (b.status === 'waitlisted')
        cameFromWaitlist.set(b.session_id, (cameFromWaitlist.get(b.session_id) ?? 0) + 1);
    }
    for (const [sessionId, came] of cameFromWaitlist) {
      const count = counts.get(sessionId);
      if (!count) continue;
      events.push(...(await settleWaitlist(trx, org, sessionId, 0, now)).events);
      await setSessionCounts(trx, org, sessionId, {
        bookedCount: count.bookedCount + came,
        waitlistedCount: count.waitlistedCount - came,
      });
    }
    await recordEvents(trx, org, events);
  }
}

/** The sessions' place counters, their rows locked (PostgreSQL) until the transaction ends. */
async function lockSessionCounts(
  trx: Db,
  org: string,
  ids: readonly string[],
): Promise<Map<string, { bookedCount: number; waitlistedCount: number }>> {
  const rows = await trx
    .selectFrom('sessions')
    .select(['id', 'booked_count', 'waitlisted_count'])
    .where('organization_id', '=', org)
    .where('id', 'in', ids)
    .orderBy('id')
    .$if(isPostgres(trx), (q) => q.forUpdate())
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      { bookedCount: Number(r.booked_count), waitlistedCount: Number(r.waitlisted_count) },
    ]),
  );
}
