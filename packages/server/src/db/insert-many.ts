import type { Insertable } from 'kysely';
import type { Db } from './dialect.js';
import type { DB } from './schema.js';

// SQLite allows 32,766 bound parameters per statement, PostgreSQL 65,535: stay under both.
const MAX_PARAMETERS = 30_000;

/** Splits rows into chunks that fit one multi-row statement. */
export function chunkRows<T extends object>(rows: readonly T[]): T[][] {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0] as object).length || 1;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}

/**
 * Inserts rows with as few multi-row INSERT statements as the parameter limits allow
 * (one statement per row is what makes bulk imports slow).
 */
export async function insertMany<T extends keyof DB & string>(
  db: Db,
  table: T,
  rows: readonly Insertable<DB[T]>[],
): Promise<void> {
  for (const chunk of chunkRows(rows)) {
    // Kysely cannot narrow the insert type of a generic table; the signature above checks the rows.
    await db
      .insertInto(table)
      .values(chunk as never)
      .execute();
  }
}
