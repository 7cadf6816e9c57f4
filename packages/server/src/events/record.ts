import { sql } from 'kysely';
import { type Db, isPostgres } from '../db/dialect.js';
import { insertMany } from '../db/insert-many.js';
import { insertRowsSqlite } from '../db/sqlite-bulk.js';
import { newId } from '../ids.js';
import { nowIso } from '../time.js';
import { enqueueDeliveries } from '../webhooks/enqueue.js';

export interface NewEvent {
  /** `<resource>.created|updated|deleted`, `participation.recorded`, … (SPEC §3). */
  type: string;
  /** The resource as the API returns it. */
  data: unknown;
}

/**
 * Appends change-feed events inside the caller's transaction, so a change and its event commit
 * together. `seq` orders the feed: on PostgreSQL a transaction-scoped advisory lock per
 * organization is taken first, so seq order equals commit order (sequences commit out of order,
 * SPEC §4); SQLite has one writer at a time anyway. All rows go in multi-row INSERTs (on SQLite of
 * a fixed row count whose text is prepared once, db/sqlite-bulk.ts), never one per row. Returns the
 * events' `seq` values in the order given (the participation export keeps them as its watermark).
 */
export async function recordEvents(
  trx: Db,
  organizationId: string,
  events: readonly NewEvent[],
): Promise<number[]> {
  if (events.length === 0) return [];
  if (isPostgres(trx)) {
    await sql`select pg_advisory_xact_lock(hashtextextended(${`events:${organizationId}`}, 0))`.execute(trx);
  }
  const last = await trx
    .selectFrom('events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  const base = Number(last?.seq ?? 0);
  const occurredAt = nowIso();
  const rows = events.map((event, i) => ({
    organization_id: organizationId,
    seq: base + i + 1,
    id: newId('evt'),
    type: event.type,
    occurred_at: occurredAt,
    data: JSON.stringify(event.data),
  }));
  if (isPostgres(trx)) await insertMany(trx, 'events', rows);
  else await insertRowsSqlite(trx, 'events', rows);
  // The webhook outbox: pending deliveries commit (or roll back) together with their events.
  await enqueueDeliveries(trx, organizationId, rows);
  return events.map((_event, i) => base + i + 1);
}
