/**
 * SPEC §7 faults / issue 6: the *server* is SIGKILLed in the middle of a 20,000-row `schedules import`
 * (after some batches were acknowledged, seen on `--progress ndjson`), a new server process starts on the
 * same database and port, and the import finishes — by `--resume <job>` once the CLI has given up, or by
 * the CLI's own retries when the server is back before they run out. Either way the database holds each
 * row exactly once: 20,000 sessions, 20,000 distinct external ids, one `session.created` event per
 * session and no `session.updated`. SQLite and PostgreSQL.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { ackedBatches, assertCliBuilt, type CliProcess, envelope, jobIds, sporthub } from '../support/cli.js';
import { killServer, restartServer, waitFor } from '../support/restart.js';
import { type RunningServer, startServer } from '../support/server.js';

const ROWS = 20_000;
let dir: string;
let file: string;

interface Progress {
  phase: string;
  processed: number;
  done: boolean;
}

/** The `--progress ndjson` events the CLI printed on stderr so far. */
function progressEvents(run: CliProcess): Progress[] {
  return run
    .stderr()
    .split('\n')
    .filter((line) => line.startsWith('{"type":"progress"'))
    .map((line) => JSON.parse(line) as Progress);
}

function onlyJobId(configDir: string): string {
  const ids = jobIds(configDir);
  expect(ids).toHaveLength(1);
  return ids[0] as string;
}

async function writeSchedule(): Promise<void> {
  const lines = ['external_id,outlet_code,program_code,date,start_time,end_time,capacity'];
  for (let i = 0; i < ROWS; i++) {
    const date = new Date(Date.UTC(2027, 0, 1) + Math.floor(i / 12) * 86_400_000).toISOString().slice(0, 10);
    const hour = 8 + (i % 12);
    lines.push(`SK-${i},SK-OUT,SK-PRG,${date},${hour}:00,${hour}:45,20`);
  }
  await writeFile(file, `${lines.join('\n')}\n`);
}

async function seed(server: RunningServer): Promise<void> {
  const hub = api(server.baseUrl, server.token);
  await hub.call('POST', '/v1/outlets', { code: 'SK-OUT', name: '断电测试网点' });
  await hub.call('POST', '/v1/programs', {
    code: 'SK-PRG',
    title: '断电测试课程',
    kind: 'class',
    category: 'tai_chi',
    ageGroups: ['adult'],
    intensity: 'light',
  });
}

/** Each external id once, each session created once in the feed, nothing updated. */
async function expectExactlyOnce(server: RunningServer): Promise<void> {
  const hub = api(server.baseUrl, server.token);
  const sessions = await hub.all<{ id: string; externalId: string }>('/v1/sessions');
  expect(sessions).toHaveLength(ROWS);
  expect(new Set(sessions.map((s) => s.externalId)).size).toBe(ROWS);
  const events = await hub.events(['session.created', 'session.updated']);
  expect(events.filter((e) => e.type === 'session.updated')).toHaveLength(0);
  const created = events.map((e) => e.data.id);
  expect(created).toHaveLength(ROWS);
  expect(new Set(created)).toEqual(new Set(sessions.map((s) => s.id)));
}

/** Starts the import and waits until it has written some batches but not all. */
async function importUntilSomeBatches(server: RunningServer, configDir: string): Promise<CliProcess> {
  const run = sporthub(
    [
      'schedules',
      'import',
      file,
      '--batch-size',
      '250',
      '--concurrency',
      '2',
      '--progress',
      'ndjson',
      '--json',
    ],
    { apiUrl: server.baseUrl, token: server.token, configDir },
  );
  await waitFor(
    () =>
      progressEvents(run).some((e) => e.phase === 'write' && e.processed >= 1_000 && !e.done) ||
      ackedBatches(configDir) >= 6,
    'the first acknowledged batches',
  );
  return run;
}

beforeAll(async () => {
  assertCliBuilt();
  dir = await mkdtemp(path.join(tmpdir(), 'sporthub-server-kill-'));
  file = path.join(dir, 'schedule-20k.csv');
  await writeSchedule();
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

// SQLite and PostgreSQL side by side: most of each case is waiting (the CLI's retries, the lease).
describe.concurrent.each(['sqlite', 'postgres'] as const)('server SIGKILL mid-import on %s', (db) => {
  let first: RunningServer;
  let second: RunningServer | undefined;
  beforeAll(async () => {
    first = await startServer({ db, env: { SPORTHUB_RATE_LIMIT: '0' } });
    await seed(first);
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop(); // already dead: drops the database
  });

  it('the CLI gives up (exit 75, resume hint); after a restart --resume writes each row exactly once', async () => {
    const configDir = path.join(dir, `config-${db}`);
    const run = await importUntilSomeBatches(first, configDir);
    await killServer(first);
    const failed = await run.done;
    // Connection refused on every retry: a transient failure the operator can resume.
    expect(failed.code, failed.stderr).toBe(75);
    const jobId = onlyJobId(configDir);
    const doc = JSON.parse(failed.stdout) as { error: { code: string; hint: string }; result: unknown };
    expect(doc.error.code).toBe('connection_failed');
    expect(doc.error.hint).toContain(`sporthub schedules import --resume ${jobId}`);
    // The job to resume is data in the envelope, not only words in the hint; the journal keeps why.
    expect(doc.result).toEqual({ jobId });
    const status = await sporthub(['jobs', 'status', jobId, '--json'], {
      apiUrl: first.baseUrl,
      token: first.token,
      configDir,
    }).done;
    expect(JSON.parse(status.stdout).result.error).toMatchObject({ code: 'connection_failed' });

    second = await restartServer(first, { env: { SPORTHUB_RATE_LIMIT: '0' } });
    const hub = api(second.baseUrl, second.token);
    const before = (await hub.all<{ externalId: string }>('/v1/sessions')).length;
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(ROWS);

    const target = { apiUrl: second.baseUrl, token: second.token, configDir };
    const resumed = await sporthub(['schedules', 'import', '--resume', jobId, '--json'], target).done;
    expect(resumed.code, resumed.stdout).toBe(0);
    const summary = envelope<{ summary: Record<string, number> }>(resumed).result.summary;
    // A batch the dead server committed but never answered is re-sent with its journaled key: replayed
    // (created) when its response was stored, else found unchanged — never updated, never twice.
    expect(summary).toMatchObject({ rows: ROWS, updated: 0, rejected: 0 });
    expect((summary.created ?? 0) + (summary.unchanged ?? 0)).toBe(ROWS);
    await expectExactlyOnce(second);
  }, 240_000);
});
