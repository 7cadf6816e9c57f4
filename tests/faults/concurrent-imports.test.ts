/**
 * SPEC §7 faults (concurrent writers) / §8: 20 `sporthub schedules import` processes at once, each with
 * its own file of the same 60 external ids but different data (title, times, capacity, waitlist). A gate
 * proxy holds each import's first batch until all 20 imports have one waiting, so the 20 writes really
 * overlap (`--concurrency 1`, 3 batches each) instead of running one after another on 2 cores.
 *
 * The end state must be consistent: every import exits 0; each external id exists exactly once; each
 * session equals one file's version of it in every field; the change feed has exactly one
 * `session.created` per id, every `session.updated` carries one file's version, each id's events carry
 * revisions 1, 2, … in feed order, and the last one equals the session as stored; the imports' summaries
 * add up (60 created in all).
 *
 * PostgreSQL only: there the imports' transactions really interleave (before the fix, two batches that
 * both created an external id ended in 409 `conflict`). A server on SQLite runs one write transaction
 * at a time on its single connection, so the same 20 processes (~30 s of CPU on 2 cores) would prove
 * nothing more than the SQLite runs of the other import suites do.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { assertCliBuilt, envelope, sporthub } from '../support/cli.js';
import { startGateProxy } from '../support/gate-proxy.js';
import { type RunningServer, startServer } from '../support/server.js';

const FILES = 20;
const ROWS = 60;
const BATCH = 20;
const TZ_OFFSET = '+08:00';

interface Version {
  title: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  waitlistCapacity: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (i: number) => `2027-03-${pad(1 + (i % 28))}`;
const hour = (i: number) => 8 + Math.floor(i / 28);

/** File `k`'s version of row `i`. */
function version(i: number, k: number): Version {
  const date = day(i);
  return {
    title: `并发导入 第${k}版 · ${i}`,
    startsAt: new Date(`${date}T${pad(hour(i))}:${pad(k)}:00${TZ_OFFSET}`).toISOString(),
    endsAt: new Date(`${date}T${pad(hour(i))}:${pad(30 + k)}:00${TZ_OFFSET}`).toISOString(),
    capacity: 10 + k,
    waitlistCapacity: k % 5,
  };
}

/** Which file's version a session's fields are (the title names it), or -1. */
function versionOf(i: number, fields: Version): number {
  const k = Number(/第(\d+)版/.exec(fields.title)?.[1] ?? -1);
  const expected = k >= 0 && k < FILES ? version(i, k) : undefined;
  return expected && JSON.stringify(pick(fields)) === JSON.stringify(expected) ? k : -1;
}

function pick(s: Version): Version {
  return {
    title: s.title,
    startsAt: new Date(s.startsAt).toISOString(),
    endsAt: new Date(s.endsAt).toISOString(),
    capacity: s.capacity,
    waitlistCapacity: s.waitlistCapacity,
  };
}

async function writeFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (let k = 0; k < FILES; k++) {
    const lines = ['external_id,outlet_code,program_code,title,date,start_time,end_time,capacity,waitlist'];
    for (let i = 0; i < ROWS; i++) {
      const v = version(i, k);
      lines.push(
        `CI-${i},CI-OUT,CI-PRG,${v.title},${day(i)},${hour(i)}:${pad(k)},${hour(i)}:${pad(30 + k)},${v.capacity},${v.waitlistCapacity}`,
      );
    }
    const file = path.join(dir, `version-${k}.csv`);
    await writeFile(file, `${lines.join('\n')}\n`);
    files.push(file);
  }
  return files;
}

let dir: string;
let files: string[];

beforeAll(async () => {
  assertCliBuilt();
  dir = await mkdtemp(path.join(tmpdir(), 'sporthub-concurrent-imports-'));
  files = await writeFiles(dir);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const db = 'postgres';

describe(`${FILES} overlapping imports at once on PostgreSQL`, () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ db, env: { SPORTHUB_RATE_LIMIT: '0' } });
    const hub = api(server.baseUrl, server.token);
    await hub.call('POST', '/v1/outlets', {
      code: 'CI-OUT',
      name: '并发导入网点',
      timezone: 'Asia/Shanghai',
    });
    await hub.call('POST', '/v1/programs', {
      code: 'CI-PRG',
      title: '并发导入课程',
      kind: 'class',
      category: 'tai_chi',
      ageGroups: ['adult'],
      intensity: 'light',
    });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('each external id once, each session one file version, a feed that agrees with the final state', async () => {
    let heldMs = 0;
    const gate = await startGateProxy({
      target: server.baseUrl,
      matches: (req) => req.method === 'POST' && (req.url ?? '').startsWith('/v1/sessions:batchUpsert'),
      // Idempotency-Key `<job key prefix>:<batch>`: one prefix per import.
      callerOf: (req) => String(req.headers['idempotency-key']).split(':')[0] ?? '',
      opensAt: FILES,
    });
    try {
      const runs = files.map(
        (file, k) =>
          sporthub(
            [
              'schedules',
              'import',
              file,
              '--batch-size',
              String(BATCH),
              '--concurrency',
              '1',
              '--json',
              '--progress',
              'none',
            ],
            { apiUrl: gate.baseUrl, token: server.token, configDir: path.join(dir, `config-${db}-${k}`) },
          ).done,
      );
      const done = await Promise.all(runs);
      // All 20 imports had a batch waiting at the gate at the same moment.
      const opened = await gate.opened;
      expect(opened).toMatchObject({ full: true, callers: FILES });
      heldMs = opened.heldMs;
      for (const [k, run] of done.entries())
        expect(run.code, `import ${k}: ${run.stdout}${run.stderr}`).toBe(0);
      const summaries = done.map((run) => envelope<{ summary: Record<string, number> }>(run).result.summary);
      for (const s of summaries) {
        expect(s).toMatchObject({ rows: ROWS, rejected: 0 });
        expect((s.created ?? 0) + (s.updated ?? 0) + (s.unchanged ?? 0)).toBe(ROWS);
      }
      expect(summaries.reduce((sum, s) => sum + (s.created ?? 0), 0)).toBe(ROWS);
    } finally {
      await gate.close();
    }

    const hub = api(server.baseUrl, server.token);
    const sessions = await hub.all<Version & { id: string; externalId: string; revision: number }>(
      '/v1/sessions',
    );
    expect(sessions).toHaveLength(ROWS);
    expect(new Set(sessions.map((s) => s.externalId)).size).toBe(ROWS);
    const indexOf = (externalId: string) => Number(externalId.slice('CI-'.length));
    const notAVersion = sessions.filter((s) => versionOf(indexOf(s.externalId), s) < 0);
    expect(notAVersion).toEqual([]);

    const events = await hub.events(['session.created', 'session.updated']);
    const byId = new Map<string, typeof events>();
    for (const e of events) byId.set(e.data.id, [...(byId.get(e.data.id) ?? []), e]);
    expect(byId.size).toBe(ROWS);
    const problems: string[] = [];
    for (const session of sessions) {
      const trail = byId.get(session.id) ?? [];
      const i = indexOf(session.externalId);
      if (
        trail.filter((e) => e.type === 'session.created').length !== 1 ||
        trail[0]?.type !== 'session.created'
      )
        problems.push(`${session.externalId}: ${trail.map((e) => e.type).join(',')}`);
      const revisions = trail.map((e) => Number(e.data.revision));
      if (revisions.join() !== trail.map((_, n) => n + 1).join())
        problems.push(`${session.externalId}: revisions ${revisions.join()}`);
      if (trail.some((e) => versionOf(i, e.data as unknown as Version) < 0))
        problems.push(`${session.externalId}: an event that is no file's version`);
      const last = trail.at(-1)?.data as unknown as Version | undefined;
      if (!last || JSON.stringify(pick(last)) !== JSON.stringify(pick(session)))
        problems.push(`${session.externalId}: last event differs from the stored session`);
      if (session.revision !== trail.length)
        problems.push(`${session.externalId}: revision ${session.revision}, ${trail.length} events`);
    }
    expect(problems).toEqual([]);
    const updates = events.filter((e) => e.type === 'session.updated').length;
    // The figures for docs/reliability.md.
    console.info(
      `CONCURRENT-IMPORTS FIGURES ${db} ${JSON.stringify({ files: FILES, rows: ROWS, updates, gateHeldMs: heldMs })}`,
    );
  }, 180_000);
});
