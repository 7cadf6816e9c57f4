import { appendFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSpool, type SpooledRow, SpoolWriter } from '../../src/import/spool.js';

const row = (ordinal: number): SpooledRow => ({
  ordinal,
  session: {
    externalId: `S-${ordinal}`,
    outletId: 'out_1',
    programId: 'prg_1',
    title: `课程, "第${ordinal}场"\n下午`,
    startsAt: '2027-01-05T08:30:00+08:00',
    endsAt: '2027-01-05T09:30:00+08:00',
    capacity: ordinal % 30,
  },
});

/** The rows read back, each session's JSON text parsed again. */
async function readAll(path: string): Promise<SpooledRow[]> {
  const rows: SpooledRow[] = [];
  for await (const r of readSpool(path))
    rows.push({ ordinal: r.ordinal, session: JSON.parse(Buffer.from(r.json).toString('utf8')) });
  return rows;
}

describe('the accepted-rows spool', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sporthub-spool-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives back every row in order, across read chunks, and is private to the user', async () => {
    const path = join(dir, 'accepted.ndjson');
    const spool = new SpoolWriter(path);
    // Skipped ordinals (rejected rows) and enough rows to span many read chunks.
    const written = Array.from({ length: 12_000 }, (_, i) => row(i * 2 + 1));
    for (const r of written) await spool.add(r);
    await spool.close();
    expect(await readAll(path)).toEqual(written);
    expect((await stat(path)).mode & 0o077).toBe(0);
  });

  it('refuses a spool cut in the middle of a row (a crash while writing it)', async () => {
    const path = join(dir, 'accepted.ndjson');
    const spool = new SpoolWriter(path);
    await spool.add(row(0));
    await spool.close();
    const whole = await readFile(path, 'utf8');
    await appendFile(path, whole.slice(0, 20));
    await expect(readAll(path)).rejects.toThrow(/incomplete row: the spool is damaged/);
  });

  it('refuses a line that is not a spooled row', async () => {
    const path = join(dir, 'accepted.ndjson');
    const spool = new SpoolWriter(path);
    await spool.add(row(0));
    await spool.close();
    for (const bad of ['{"externalId":"S-1"}\n', '[x,{"a":1}]\n', '[3,[1,2]]\n', '[4,{"a":1}\n']) {
      const damaged = join(dir, `damaged-${bad.length}.ndjson`);
      await appendFile(damaged, (await readFile(path, 'utf8')) + bad);
      await expect(readAll(damaged)).rejects.toThrow(/not a spooled row: the spool is damaged/);
    }
  });
});
