import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/dialect.js';
import { recordEvents } from '../../src/events/record.js';
import { createOrganization } from '../../src/tenancy/organizations.js';
import { createTestDatabase, type TestDatabase } from '../support/databases.js';

/** A promise with its resolve exposed, to hold a transaction open at a chosen point. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * SPEC §4: the feed must never skip a row that commits late. A reader that polls "seq > last seen"
 * (what GET /v1/events does) while transactions commit out of their start order must end up with
 * every event, each once, without going back.
 */
describe('change feed commit order on postgres', () => {
  let database: TestDatabase;
  let org: string;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    org = (await createOrganization(database.db, 'order')).id;
  });
  afterAll(async () => {
    await database?.drop();
  });

  /** Polls like a feed consumer: only ever asks for rows after the last seq it saw. */
  async function poll(db: Db, seen: { seq: number; id: string }[]) {
    const after = seen.at(-1)?.seq ?? 0;
    const rows = await db
      .selectFrom('events')
      .select(['seq', 'id'])
      .where('organization_id', '=', org)
      .where('seq', '>', after)
      .orderBy('seq')
      .execute();
    seen.push(...rows.map((r) => ({ seq: Number(r.seq), id: r.id })));
  }

  it('the transaction that started first and commits last is still seen', async () => {
    const seen: { seq: number; id: string }[] = [];
    const t1Hold = gate();
    const t1Started = gate();
    // T1 starts first and does its own work, then waits before writing its event and committing.
    const t1 = database.db.transaction().execute(async (trx) => {
      await trx.selectFrom('organizations').select('id').execute();
      t1Started.open();
      await t1Hold.opened;
      await recordEvents(trx, org, [{ type: 'outlet.created', data: { n: 'T1' } }]);
    });
    await t1Started.opened;
    // T2 starts later and commits first.
    await database.db
      .transaction()
      .execute((trx) => recordEvents(trx, org, [{ type: 'outlet.created', data: { n: 'T2' } }]));
    await poll(database.db, seen);
    t1Hold.open();
    await t1;
    await poll(database.db, seen);
    const all = await database.db
      .selectFrom('events')
      .select(['seq', 'id'])
      .where('organization_id', '=', org)
      .orderBy('seq')
      .execute();
    expect(seen.map((r) => r.id)).toEqual(all.map((r) => r.id));
  });

  it('a transaction holding the feed lock makes later writers wait, so no seq becomes visible early', async () => {
    const seen: { seq: number; id: string }[] = [];
    await poll(database.db, seen);
    const t1Hold = gate();
    const t1Wrote = gate();
    // T1 writes its event (taking seq n) and stays open.
    const t1 = database.db.transaction().execute(async (trx) => {
      await recordEvents(trx, org, [{ type: 'outlet.updated', data: { n: 'T1' } }]);
      t1Wrote.open();
      await t1Hold.opened;
    });
    await t1Wrote.opened;
    // T2 and T3 try to write meanwhile; a naive sequence would let them commit n+1, n+2 before n.
    let laterCommitted = 0;
    const later = [2, 3].map((n) =>
      database.db
        .transaction()
        .execute((trx) => recordEvents(trx, org, [{ type: 'outlet.updated', data: { n } }]))
        .then(() => {
          laterCommitted += 1;
        }),
    );
    for (let i = 0; i < 5; i++) {
      await sleep(40);
      const before = seen.length;
      await poll(database.db, seen);
      // Nothing past T1's seq may be visible while T1 is uncommitted.
      expect(seen.length).toBe(before);
    }
    expect(laterCommitted).toBe(0);
    t1Hold.open();
    await t1;
    await Promise.all(later);
    await poll(database.db, seen);
    const all = await database.db
      .selectFrom('events')
      .select(['seq', 'id'])
      .where('organization_id', '=', org)
      .orderBy('seq')
      .execute();
    expect(seen.map((r) => r.id)).toEqual(all.map((r) => r.id));
    expect(new Set(all.map((r) => Number(r.seq))).size).toBe(all.length);
  });

  it('many concurrent writers and a concurrent reader: the reader never misses an event', async () => {
    const seen: { seq: number; id: string }[] = [];
    await poll(database.db, seen);
    let done = false;
    const reader = (async () => {
      while (!done) {
        await poll(database.db, seen);
        await sleep(2);
      }
    })();
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        database.db.transaction().execute(async (trx) => {
          await sleep(i % 7);
          await recordEvents(trx, org, [{ type: 'outlet.created', data: { i } }]);
          await sleep(i % 5);
        }),
      ),
    );
    done = true;
    await reader;
    await poll(database.db, seen);
    const all = await database.db
      .selectFrom('events')
      .select('id')
      .where('organization_id', '=', org)
      .orderBy('seq')
      .execute();
    expect(seen.map((r) => r.id)).toEqual(all.map((r) => r.id));
  });
});
