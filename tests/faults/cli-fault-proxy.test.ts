/**
 * SPEC §7 faults / issue 9: the built CLI talks to the real server through a fault proxy that hits ~10%
 * of requests with connection resets (before and after the server answered), 503 + Retry-After, 429 +
 * Retry-After, slow bodies and stalls cut after 1 s. Provisioning apply/plan of a manifest, a 3,000-row
 * schedule import and a participation export must all complete with exactly the right data: every
 * record once, no duplicate change-feed events, the export byte-for-byte equal to a direct one.
 * The proxy's seeded schedule plus sequential requests (--concurrency 1) make a run reproducible.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { api } from '../support/api.js';
import { assertCliBuilt, type CliTarget, envelope, sporthub } from '../support/cli.js';
import { type FaultKind, type FaultProxy, startFaultProxy } from '../support/fault-proxy.js';
import { type RunningServer, runServerCli, startServer } from '../support/server.js';

const RATE = 0.1;
const KINDS: FaultKind[] = [
  'reset-before',
  'reset-after',
  'unavailable',
  'rate-limited',
  'slow-body',
  'stall-reset',
];
const OUTLETS = 30;
const ROWS = 3_000;
const EXPORT_ROWS = 1_500;

let server: RunningServer;
let proxy: FaultProxy;
let dir: string;
let viaProxy: CliTarget;
let direct: CliTarget;
const figures: Record<string, unknown> = {};

function manifest() {
  return {
    apiVersion: 'sporthub/v1',
    programs: [
      {
        code: 'FP-TAICHI',
        title: '太极拳',
        kind: 'class',
        category: 'tai_chi',
        ageGroups: ['senior'],
        intensity: 'light',
      },
      {
        code: 'FP-WALK',
        title: '健步走',
        kind: 'event',
        category: 'walking',
        ageGroups: ['adult'],
        intensity: 'moderate',
      },
    ],
    staff: Array.from({ length: 10 }, (_, i) => ({
      externalId: `FP-C-${i}`,
      name: `故障教练${i}`,
      role: 'coach',
      outlets: [`FP-OUT-${i}`],
    })),
    outlets: Array.from({ length: OUTLETS }, (_, i) => ({
      code: `FP-OUT-${i}`,
      name: `故障注入网点 ${i}`,
      status: 'active',
      timezone: 'Asia/Shanghai',
      address: { province: '上海市', city: '上海市', district: '故障区', street: `测试路${i}号` },
      zones: [{ code: 'EXP', name: '体验区', kind: 'experience', capacity: 20 }],
    })),
  };
}

async function writeSchedule(file: string): Promise<void> {
  const lines = ['external_id,outlet_code,program_code,date,start_time,end_time,capacity,coach'];
  for (let i = 0; i < ROWS; i++) {
    const outlet = i % OUTLETS;
    const slot = Math.floor(i / OUTLETS);
    const date = new Date(Date.UTC(2027, 0, 1) + Math.floor(slot / 10) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const hour = 8 + (slot % 10);
    const coach = outlet < 10 ? `FP-C-${outlet}` : '';
    lines.push(`FP-${i},FP-OUT-${outlet},FP-TAICHI,${date},${hour}:00,${hour}:50,20,${coach}`);
  }
  await writeFile(file, `${lines.join('\n')}\n`);
}

/** A sequential import in batches of 100 (--concurrency 1 keeps the proxy's fault schedule reproducible). */
function importArgs(file: string, progress: 'none' | 'ndjson'): string[] {
  return [
    'schedules',
    'import',
    file,
    '--batch-size',
    '100',
    '--concurrency',
    '1',
    '--json',
    '--progress',
    progress,
  ];
}

beforeAll(async () => {
  assertCliBuilt();
  dir = await mkdtemp(path.join(tmpdir(), 'sporthub-fault-proxy-'));
  // The proxy injects the 429s; the server's own per-token limit would only add noise.
  server = await startServer({ env: { SPORTHUB_RATE_LIMIT: '0' } });
  // Participation to export: the demo data set in the default organization (> 1,000 rows is plenty).
  await runServerCli(server.dbUrl, ['seed', '--demo', '--scale', String(EXPORT_ROWS)]);
  proxy = await startFaultProxy({
    target: server.baseUrl,
    rate: 0,
    kinds: KINDS,
    seed: 20_261_129,
    retryAfterSeconds: 1,
    // A stall cut after 1 s proves the same as a longer one and costs less of the CI budget.
    stallMs: 1_000,
  });
  viaProxy = { apiUrl: proxy.baseUrl, token: server.token, configDir: path.join(dir, 'config-proxy') };
  direct = { apiUrl: server.baseUrl, token: server.token, configDir: path.join(dir, 'config-direct') };
});

afterAll(async () => {
  if (proxy) {
    figures.requests = proxy.totals().requests;
    figures.faults = proxy.totals().faults;
    figures.byKind = proxy.stats;
    // The figures for docs/reliability.md.
    console.info(`FAULT-PROXY FIGURES ${JSON.stringify(figures)}`);
  }
  await proxy?.close();
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe(`the CLI through ${RATE * 100}% injected faults`, () => {
  it('apply -f creates the manifest exactly once; plan then shows no changes', async () => {
    const file = path.join(dir, 'network.yaml');
    await writeFile(file, stringify(manifest()));
    proxy.setRate(RATE);
    const before = proxy.totals();
    const applied = await sporthub(['apply', '-f', file, '--json'], viaProxy).done;
    const planned = await sporthub(['plan', '-f', file, '--detailed-exitcode', '--json'], viaProxy).done;
    proxy.setRate(0);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(planned.code, planned.stdout + planned.stderr).toBe(0);
    figures.provisioning = {
      requests: proxy.totals().requests - before.requests,
      faults: proxy.totals().faults - before.faults,
    };

    const hub = api(server.baseUrl, server.token);
    const outlets = (await hub.all<{ code: string; zones: unknown[] }>('/v1/outlets')).filter((o) =>
      o.code.startsWith('FP-OUT-'),
    );
    expect(outlets).toHaveLength(OUTLETS);
    expect(new Set(outlets.map((o) => o.code)).size).toBe(OUTLETS);
    expect(outlets.every((o) => o.zones.length === 1)).toBe(true);
    const staff = (await hub.all<{ externalId: string }>('/v1/staff')).filter((s) =>
      s.externalId.startsWith('FP-C-'),
    );
    expect(staff).toHaveLength(10);
    const created = (await hub.events(['outlet.created'])).filter((e) =>
      String(e.data.code).startsWith('FP-OUT-'),
    );
    expect(created).toHaveLength(OUTLETS);
  }, 120_000);

  it(`schedules import of ${ROWS} rows writes each session exactly once`, async () => {
    const file = path.join(dir, 'schedule.csv');
    await writeSchedule(file);
    proxy.setRate(RATE);
    const before = proxy.totals();
    // One of each kind for certain, then the random 10%.
    proxy.inject(...KINDS);
    const run = await sporthub(importArgs(file, 'none'), viaProxy).done;
    proxy.setRate(0);
    figures.import = {
      requests: proxy.totals().requests - before.requests,
      faults: proxy.totals().faults - before.faults,
    };
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const summary = envelope<{ summary: Record<string, number> }>(run).result.summary;
    expect(summary).toMatchObject({ rows: ROWS, updated: 0, rejected: 0 });
    // A batch answered but reset on the way back is re-sent with its key: replayed as created.
    expect(summary.created).toBe(ROWS);

    const hub = api(server.baseUrl, server.token);
    const sessions = (await hub.all<{ id: string; externalId: string | null }>('/v1/sessions')).filter((s) =>
      s.externalId?.startsWith('FP-'),
    );
    expect(sessions).toHaveLength(ROWS);
    expect(new Set(sessions.map((s) => s.externalId)).size).toBe(ROWS);
    const ids = new Set(sessions.map((s) => s.id));
    const events = (await hub.events(['session.created', 'session.updated'])).filter((e) =>
      ids.has(e.data.id),
    );
    expect(events.filter((e) => e.type === 'session.updated')).toHaveLength(0);
    expect(events).toHaveLength(ROWS);
    figures.rowsChecked = ROWS;
  }, 180_000);

  it('participation export through the faults is byte-for-byte the direct export', async () => {
    const straight = path.join(dir, 'direct.csv');
    const faulty = path.join(dir, 'proxy.csv');
    const first = await sporthub(['participation', 'export', '--out', straight, '--json'], direct).done;
    expect(first.code, first.stdout + first.stderr).toBe(0);
    proxy.setRate(RATE);
    const before = proxy.totals();
    // The export is one streamed GET: make sure it meets faults before it gets through.
    proxy.inject('reset-before', 'unavailable', 'stall-reset');
    const second = await sporthub(['participation', 'export', '--out', faulty, '--json'], viaProxy).done;
    proxy.setRate(0);
    figures.export = {
      requests: proxy.totals().requests - before.requests,
      faults: proxy.totals().faults - before.faults,
    };
    expect(second.code, second.stdout + second.stderr).toBe(0);
    const a = readFileSync(straight);
    const b = readFileSync(faulty);
    const rows = a.toString('utf8').split('\n').filter(Boolean).length - 1;
    expect(rows).toBeGreaterThan(1_000);
    expect(b.equals(a)).toBe(true);
    const sidecar = JSON.parse(readFileSync(`${faulty}.manifest.json`, 'utf8')) as { rows: number };
    expect(sidecar.rows).toBe(rows);
    figures.exportRows = rows;
  }, 120_000);

  it('says in its progress what a waiting import waits for', async () => {
    const file = path.join(dir, 'waits.csv');
    const rows = Array.from({ length: 200 }, (_, i) => {
      const date = `2028-02-${String(1 + (i % 20)).padStart(2, '0')}`;
      return `FW-${i},FP-OUT-${i % OUTLETS},FP-WALK,${date},${8 + (i % 10)}:00,${8 + (i % 10)}:45,30,`;
    });
    await writeFile(
      file,
      `external_id,outlet_code,program_code,date,start_time,end_time,capacity,coach\n${rows.join('\n')}\n`,
    );
    proxy.inject('rate-limited', 'unavailable', 'reset-before');
    const run = await sporthub(importArgs(file, 'ndjson'), viaProxy).done;
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(envelope<{ summary: Record<string, number> }>(run).result.summary).toMatchObject({ created: 200 });
    const waits = run.stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((event) => event.type === 'retry');
    // The faults meet the first requests: the references fetched before validation starts.
    expect(waits.map((w) => String(w.reason)).sort()).toEqual(['network', 'rate_limited', 'unavailable']);
    expect(waits.every((w) => w.phase === 'prepare')).toBe(true);
    for (const wait of waits) {
      expect(wait.attempt).toEqual(expect.any(Number));
      expect(wait.delayMs).toEqual(expect.any(Number));
      expect(String(wait.message)).not.toContain(server.token);
    }
  }, 60_000);

  it('a batch whose request never answers is sent again after SPORTHUB_TIMEOUT, exactly once in the end', async () => {
    const file = path.join(dir, 'stalled.csv');
    const rows = Array.from({ length: 300 }, (_, i) => {
      const date = `2028-03-${String(1 + (i % 20)).padStart(2, '0')}`;
      return `FS-${i},FP-OUT-${i % OUTLETS},FP-WALK,${date},${8 + (i % 10)}:00,${8 + (i % 10)}:45,30,`;
    });
    await writeFile(
      file,
      `external_id,outlet_code,program_code,date,start_time,end_time,capacity,coach\n${rows.join('\n')}\n`,
    );
    // The second batch's request is swallowed: no answer, no reset (a connection a NAT dropped).
    proxy.inject({ kind: 'stall', path: ':batchUpsert' }, { kind: 'stall', path: ':batchUpsert' });
    const before = proxy.stats.stall;
    const run = await sporthub(importArgs(file, 'none'), { ...viaProxy, env: { SPORTHUB_TIMEOUT: '2' } })
      .done;
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(proxy.stats.stall - before).toBe(2);
    expect(envelope<{ summary: Record<string, number> }>(run).result.summary).toMatchObject({
      rows: 300,
      created: 300,
    });
    const hub = api(server.baseUrl, server.token);
    const stored = (await hub.all<{ externalId: string | null }>('/v1/sessions')).filter((s) =>
      s.externalId?.startsWith('FS-'),
    );
    expect(stored).toHaveLength(300);
    expect(new Set(stored.map((s) => s.externalId)).size).toBe(300);
  }, 60_000);

  it('injected faults of every kind along the way', () => {
    const { requests, faults } = proxy.totals();
    expect(faults).toBeGreaterThan(0);
    expect(faults / requests).toBeGreaterThan(0.03);
    for (const kind of KINDS) expect(proxy.stats[kind], kind).toBeGreaterThan(0);
  });
});
