import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/dialect.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sporthub-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pragmas(file: string) {
  const db = createDatabase(file);
  try {
    const read = async (name: string) =>
      Number(Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] as object)[0]);
    return { pageSize: await read('page_size'), checkpoint: await read('wal_autocheckpoint') };
  } finally {
    await db.destroy();
  }
}

describe('SQLite pages', () => {
  it('gives a new database 16 KiB pages and a checkpoint every 40 MB of WAL', async () => {
    expect(await pragmas(path.join(dir, 'new.db'))).toEqual({ pageSize: 16_384, checkpoint: 2_560 });
  });

  it('keeps the page size of an existing database, checkpointing after as many bytes', async () => {
    const file = path.join(dir, 'old.db');
    const old = new SQLite(file);
    old.pragma('page_size = 4096');
    old.pragma('journal_mode = WAL');
    old.exec('create table t (x)');
    old.close();
    expect(await pragmas(file)).toEqual({ pageSize: 4_096, checkpoint: 10_240 });
    const reopened = new SQLite(file, { readonly: true });
    expect(reopened.prepare('select count(*) as n from t').get()).toEqual({ n: 0 });
    reopened.close();
  });
});
