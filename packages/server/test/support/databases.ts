import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDatabase, type Db } from '../../src/db/dialect.js';
import { migrateToLatest } from '../../src/db/migrations/index.js';

export type DialectKind = 'sqlite' | 'postgres';

/** Every suite runs on both: `describe.each(DIALECTS)('… on %s', (kind) => …)`. */
export const DIALECTS: DialectKind[] = ['sqlite', 'postgres'];

const PG_ADMIN_URL = process.env.SPORTHUB_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  kind: DialectKind;
  url: string;
  db: Db;
  /** Closes the connection and removes the file / drops the database. */
  drop(): Promise<void>;
}

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A migrated throwaway database: a temp SQLite file, or `sporthub_t_<random>` on the local PostgreSQL. */
export async function createTestDatabase(kind: DialectKind): Promise<TestDatabase> {
  let url: string;
  let remove: () => Promise<void>;
  if (kind === 'sqlite') {
    const dir = await mkdtemp(path.join(tmpdir(), 'sporthub-server-'));
    url = path.join(dir, 'test.db');
    remove = () => rm(dir, { recursive: true, force: true });
  } else {
    const name = `sporthub_t_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const pgUrl = new URL(PG_ADMIN_URL);
    pgUrl.pathname = `/${name}`;
    url = pgUrl.toString();
    remove = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const db = createDatabase(url);
  await migrateToLatest(db);
  return {
    kind,
    url,
    db,
    drop: async () => {
      await db.destroy();
      await remove();
    },
  };
}
