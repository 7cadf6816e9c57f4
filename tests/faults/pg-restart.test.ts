/**
 * SPEC §7 faults / §8: PostgreSQL itself restarts (`pg_ctlcluster … main restart`, fast shutdown: every
 * connection is terminated) while the built CLI imports 4,000 rows into a server on it. The server must
 * survive — node-postgres emits 'error' on a checked-out client whose connection is terminated, and an
 * unhandled one crashes the process — answer the failed requests 503 with Retry-After, open new
 * connections once PostgreSQL is back (`/readyz` ok again), and the CLI's retries (or `--resume`, if they
 * run out) finish the import with each row exactly once.
 *
 * The machine's PostgreSQL is shared with other suites and agents: the restart happens exactly once per
 * run, and PostgreSQL is running again (`pg_isready`) when the suite ends, started if need be.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { ackedBatches, assertCliBuilt, envelope, jobIds, sporthub } from '../support/cli.js';
import { waitFor } from '../support/restart.js';
import { PG_ADMIN_URL, type RunningServer, startServer } from '../support/server.js';

const run = promisify(execFile);
const ROWS = 4_000;
const CLUSTER_VERSION = readdirSync('/etc/postgresql')[0] ?? '15';
const PG_HOST = new URL(PG_ADMIN_URL).hostname;

let dir: string;
let server: RunningServer;

async function pgIsReady(): Promise<boolean> {
  return run('pg_isready', ['-h', PG_HOST, '-q']).then(
    () => true,
    () => false,
  );
}

/** Runs `pg_ctlcluster --skip-systemctl-redirect <version> main <action>` (the CI machine's way). */
async function pgCtl(action: 'restart' | 'start'): Promise<void> {
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', CLUSTER_VERSION, 'main', action]);
}

/** When the running postmaster started: changes exactly when PostgreSQL restarts. */
async function postmasterStart(): Promise<string> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ t: string }>('select pg_postmaster_start_time()::text as t');
    return rows[0]?.t ?? '';
  } finally {
    await client.end();
  }
}

async function writeSchedule(file: string): Promise<void> {
  const lines = ['external_id,outlet_code,program_code,date,start_time,end_time,capacity'];
  for (let i = 0; i < ROWS; i++) {
    const date = new Date(Date.UTC(2027, 0, 1) + Math.floor(i / 12) * 86_400_000).toISOString().slice(0, 10);
    const hour = 8 + (i % 12);
    lines.push(`PG-${i},PG-OUT,PG-PRG,${date},${hour}:00,${hour}:45,20`);
  }
  await writeFile(file, `${lines.join('\n')}\n`);
}

async function readyz(): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.baseUrl}/readyz`);
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  assertCliBuilt();
  expect(await pgIsReady()).toBe(true);
  dir = await mkdtemp(path.join(tmpdir(), 'sporthub-pg-restart-'));
  await writeSchedule(path.join(dir, 'schedule.csv'));
  server = await startServer({ db: 'postgres', env: { SPORTHUB_RATE_LIMIT: '0' } });
  const hub = api(server.baseUrl, server.token);
  await hub.call('POST', '/v1/outlets', { code: 'PG-OUT', name: '数据库重启测试网点' });
  await hub.call('POST', '/v1/programs', {
    code: 'PG-PRG',
    title: '数据库重启测试课程',
    kind: 'class',
    category: 'tai_chi',
    ageGroups: ['adult'],
    intensity: 'light',
  });
});

afterAll(async () => {
  // Leave the shared PostgreSQL running whatever happened above.
  if (!(await pgIsReady())) await pgCtl('start').catch(() => undefined);
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('PostgreSQL restarted under a CLI import', () => {
  it('the server survives and recovers its pool; the import ends with each row exactly once', async () => {
    const configDir = path.join(dir, 'config');
    const target = { apiUrl: server.baseUrl, token: server.token, configDir };
    const started = await postmasterStart();
    const importing = sporthub(
      [
        'schedules',
        'import',
        path.join(dir, 'schedule.csv'),
        '--batch-size',
        '100',
        '--concurrency',
        '2',
        '--progress',
        'ndjson',
        '--json',
      ],
      target,
    );
    await waitFor(() => ackedBatches(configDir) >= 4, 'the first acknowledged batches');
    const ackedBefore = ackedBatches(configDir);
    // Mid-import: the CLI is still writing when PostgreSQL goes down.
    expect(importing.child.exitCode).toBeNull();
    expect(ackedBefore).toBeLessThan(ROWS / 100);
    const restartBegan = Date.now();
    await pgCtl('restart');
    const restartMs = Date.now() - restartBegan;
    expect(await pgIsReady()).toBe(true);
    expect(await postmasterStart()).not.toBe(started);

    let finished = await importing.done;
    const resumed = finished.code === 75;
    if (resumed) {
      // The CLI's retries ran out before the server could write again: the journal finishes the job.
      const [jobId] = jobIds(configDir);
      finished = await sporthub(['schedules', 'import', '--resume', jobId ?? '', '--json'], target).done;
    }
    expect(finished.code, finished.stdout + finished.stderr).toBe(0);
    const summary = envelope<{ summary: Record<string, number> }>(finished).result.summary;
    expect(summary).toMatchObject({ rows: ROWS, updated: 0, rejected: 0 });

    // The server process lived through it, met the outage, and is ready again.
    expect(server.process.exitCode).toBeNull();
    expect(server.process.signalCode).toBeNull();
    const unavailable = server.logs.filter((line) => line.includes('"statusCode":503')).length;
    expect(unavailable).toBeGreaterThan(0);
    expect(server.logs.some((line) => line.includes('"statusCode":500'))).toBe(false);
    expect(await readyz()).toEqual({
      status: 200,
      body: expect.objectContaining({ status: 'ok', checks: { database: 'ok' } }),
    });

    // Each row exactly once: sessions, ids, one session.created each, no session.updated.
    const hub = api(server.baseUrl, server.token);
    const sessions = await hub.all<{ id: string; externalId: string }>('/v1/sessions');
    expect(sessions).toHaveLength(ROWS);
    expect(new Set(sessions.map((s) => s.externalId)).size).toBe(ROWS);
    const events = await hub.events(['session.created', 'session.updated']);
    expect(events.filter((e) => e.type === 'session.updated')).toHaveLength(0);
    expect(new Set(events.map((e) => e.data.id))).toEqual(new Set(sessions.map((s) => s.id)));
    expect(events).toHaveLength(ROWS);

    // The figures for docs/reliability.md.
    const figures = { rows: ROWS, ackedBefore, restartMs, unavailable, resumed };
    console.info(`PG-RESTART FIGURES ${JSON.stringify(figures)}`);
  }, 120_000);
});
