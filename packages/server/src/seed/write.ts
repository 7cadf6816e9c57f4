import type { Insertable } from 'kysely';
import type { Db } from '../db/dialect.js';
import { chunkRows, insertMany } from '../db/insert-many.js';
import type { DB } from '../db/schema.js';
import { type NewEvent, recordEvents } from '../events/record.js';

/** Rows written per transaction for the bulk tables: a few thousand, one multi-row statement each. */
export const CHUNK = 5_000;

/**
 * Inserts new rows and their change-feed events in the caller's transaction, both as multi-row
 * statements. The demo data goes through the feed like any other write: a webhook subscriber or an
 * incremental sync sees the seeded records exactly as if they had been created through the API.
 */
export async function insertWithEvents<T extends keyof DB & string>(
  trx: Db,
  organizationId: string,
  table: T,
  rows: readonly Insertable<DB[T]>[],
  events: readonly NewEvent[],
): Promise<void> {
  if (rows.length === 0) return;
  await insertMany(trx, table, rows);
  await recordEvents(trx, organizationId, events);
}

/** `values` in slices of at most `size` (for `in (…)` lookups under the parameter limits). */
export function slices<T>(values: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/** Which of `keys` already exist in `column` of `table` for this organization (chunked `in`). */
export async function existingKeys(
  db: Db,
  organizationId: string,
  table: 'participation' | 'members' | 'sessions' | 'staff' | 'programs' | 'partners' | 'outlets' | 'groups',
  column: 'external_id' | 'code',
  keys: readonly string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const slice of slices(keys)) {
    // biome-ignore lint/suspicious/noExplicitAny: the column is one of two text columns every table listed has.
    const rows: { key: string | null; id: string }[] = await (db as any)
      .selectFrom(table)
      .select([`${column} as key`, 'id'])
      .where('organization_id', '=', organizationId)
      .where(column, 'in', slice)
      .execute();
    for (const row of rows) if (row.key !== null) found.set(row.key, row.id);
  }
  return found;
}

export { chunkRows };
