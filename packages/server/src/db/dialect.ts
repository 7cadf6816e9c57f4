import SQLite from 'better-sqlite3';
import {
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteStatement,
} from 'kysely';
import pg from 'pg';
import type { DB } from './schema.js';

export type Db = Kysely<DB>;
export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseOptions {
  /** Maximum PostgreSQL connections (ignored for SQLite). */
  poolSize?: number;
}

export function dialectOf(url: string): DialectName {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

/** WAL bytes between automatic checkpoints: 40 MiB, about the 10,000 pages of 4 KiB used before pages grew. */
const WAL_CHECKPOINT_BYTES = 40 * 1024 * 1024;

/**
 * Opens the database named by `url`: a `postgres://` URL (pg Pool) or a SQLite file path
 * (better-sqlite3 in WAL mode, so readers never wait for the writer and other processes, such as
 * `sporthub-server tokens create`, can work beside a running server).
 */
export function createDatabase(url: string, options: DatabaseOptions = {}): Db {
  if (dialectOf(url) === 'postgres') {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
    // An idle connection that the server closes (restart, failover) must not crash the process;
    // the pool drops it and the next query opens a new one.
    pool.on('error', () => undefined);
    // The pool listens on idle clients only. A checked-out client whose connection is terminated (the
    // server restarts between two statements of a transaction, or after a query failed) emits 'error'
    // too, and an unhandled 'error' event crashes the process: the query that was running has its
    // error already, and the pool drops the client when it is released.
    pool.on('connect', (client) => {
      client.on('error', () => undefined);
    });
    return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  }
  const sqlite = new SQLite(url);
  // A new database gets 16 KiB pages instead of SQLite's 4 KiB (an existing one keeps its own: the page
  // size is fixed once the database is in WAL mode). Bulk writes touch a quarter as many pages, WAL
  // frames and write calls. Measured replaying a 100k-session import's statements (100 transactions of
  // 1,000 sessions and their events): SQLite's CPU 2.84 → 1.97 s, wall 3.36 → 2.67 s (medians of 4).
  sqlite.pragma('page_size = 16384');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  // Bulk writes (SPEC §7, schedule import): a page cache of up to 64 MB (allocated as used) keeps the
  // index pages that batch after batch touches, and a checkpoint every 40 MB of WAL instead of SQLite's
  // 1,000 pages copies a page rewritten by successive batches into the database file once. Measured on
  // a 100k-row import: commits 0.98 → 0.79 s. The WAL is cut back to 64 MB after a checkpoint.
  sqlite.pragma('cache_size = -65536');
  const pageSize = Number(sqlite.pragma('page_size', { simple: true }));
  sqlite.pragma(`wal_autocheckpoint = ${Math.ceil(WAL_CHECKPOINT_BYTES / pageSize)}`);
  sqlite.pragma('journal_size_limit = 67108864');
  return new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}

/** Prepared statements kept per SQL text; least recently used ones are dropped beyond this. */
const CACHED_STATEMENTS = 200;

/**
 * Kysely's SQLite driver prepares every statement it runs. Preparing costs more than running a small
 * statement, and the import hot path (SPEC §7) runs the same multi-row texts again and again, so
 * statements are kept by SQL text. A statement still being iterated (a streamed query) is busy: a
 * second use of its text gets a fresh one.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(text: string): SqliteStatement {
      const cached = cache.get(text);
      if (cached?.busy) return sqlite.prepare(text);
      const statement = cached ?? sqlite.prepare(text);
      cache.delete(text);
      cache.set(text, statement); // Map order is insertion order: the least recently used come first
      if (cache.size > CACHED_STATEMENTS) cache.delete(cache.keys().next().value as string);
      return statement;
    },
    close: () => sqlite.close(),
  };
}

/** Whether `db` (or a transaction of it) talks to PostgreSQL. */
export function isPostgres(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
