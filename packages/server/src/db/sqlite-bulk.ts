import { CompiledQuery, type Insertable, type RawBuilder, sql } from 'kysely';
import type { Db } from './dialect.js';
import type { DB } from './schema.js';

// SQLite's bulk path for the import hot path (SPEC §7). Kysely's multi-row INSERT of ~1,500 rows builds
// and compiles a query tree of every value, and its SQL text changes with the row count, so SQLite
// prepares it anew. Here rows go in statements of a fixed number of rows per table (as many as
// SQLite's limit on bound parameters allows) whose text is written once per table and row count: the
// driver's statement cache (dialect.ts) prepares each text once, and only the values are bound.
// Measured on 100k sessions, this costs about half the CPU per row of Kysely's statements, less than
// reading the rows from one JSON parameter with json_each (text or jsonb), and less than row-by-row
// statements. Values are bound exactly as Kysely binds them.
//
// Why as many rows as fit: every statement of a multi-row insert may fail half-way, so SQLite first
// copies each page it changes that the transaction already changed into a statement journal (a
// temporary file). With 256-row statements, a 100k-session import wrote 682 MB of statement journal
// (each statement rewrote the same index pages) beside 270 MB of WAL; with ~1,700-row statements it
// writes 210 MB, and a replay of its statements needs ~12% less CPU.
const MAX_PARAMETERS = 32_766; // SQLITE_MAX_VARIABLE_NUMBER's default since SQLite 3.32

const quoted = (name: string) => `"${name}"`;

export interface Upsert {
  /** The conflict target (a primary or unique key). */
  key: readonly string[];
  /** Columns an update leaves as they are, besides the key (e.g. `created_at`). */
  keep?: readonly string[];
}

/** `insert into … values (?, …), …` for `rows` rows, with the upsert clause when given. */
function insertText(table: string, columns: readonly string[], rows: number, upsert?: Upsert): string {
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  let text = `insert into ${quoted(table)} (${columns.map(quoted).join(', ')}) values ${Array(rows).fill(tuple).join(', ')}`;
  if (upsert) {
    const fixed = new Set([...upsert.key, ...(upsert.keep ?? [])]);
    const set = columns.filter((c) => !fixed.has(c)).map((c) => `${quoted(c)} = excluded.${quoted(c)}`);
    text += ` on conflict (${upsert.key.map(quoted).join(', ')}) do update set ${set.join(', ')}`;
  }
  return text;
}

// Statement texts by table, columns, upsert and row count.
const texts = new Map<string, string>();

/**
 * SQLite only: inserts `rows`, which must all have the same keys in the same order (the first row's
 * are the columns). With `upsert`, a row whose key exists replaces every column but the key and `keep`.
 */
export async function insertRowsSqlite<T extends keyof DB & string>(
  db: Db,
  table: T,
  rows: readonly Insertable<DB[T]>[],
  upsert?: Upsert,
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first);
  const shape = `${table}|${columns.join(',')}|${upsert ? `${upsert.key}|${upsert.keep ?? ''}` : ''}`;
  const rowsPerStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement) as Record<string, unknown>[];
    const key = `${shape}|${chunk.length}`;
    let text = texts.get(key);
    if (text === undefined) {
      text = insertText(table, columns, chunk.length, upsert);
      texts.set(key, text);
    }
    const values: unknown[] = [];
    for (const row of chunk) for (const column of columns) values.push(row[column]);
    await db.executeQuery(CompiledQuery.raw(text, values));
  }
}

/**
 * SQLite only: the right-hand side of an `in` with any number of values as ONE parameter (a JSON array
 * read by json_each), e.g. `.where('external_id', 'in', jsonList(ids))`: a constant statement text
 * instead of one parameter per value.
 */
export function jsonList<V extends string | number>(values: readonly V[]): RawBuilder<V> {
  return sql`(select value from json_each(${JSON.stringify(values)}))`;
}
