#!/usr/bin/env node
// SPEC §7 "schedule import": `sporthub schedules import` of a 100k-row CSV (CLI → SDK → server → SQLite,
// change-feed events included) against, in the same run:
//   - `sqlite3 tmp.db ".import --csv file t"` of the same file (bar: ≤ 3×), with the CLI's peak RSS
//     ≤ 150 MB (also for 1M rows: --big);
//   - the naive way, one SDK `sessions.create` per row, on a slice of --naive N rows (bar: the import is
//     ≥ 50× faster per row);
//   - for scale, sqlite3 copying the imported sessions and their events into an empty copy of the
//     server's tables (with their indexes, and its page size): what SQLite alone needs for the rows
//     this schema keeps.
// Wall time is what the bars are about; CPU seconds of the CLI and of the server are printed beside it,
// since on a busy machine they say more about where the time goes.
// Needs the built server, SDK and CLI and `sqlite3`, `/usr/bin/time`.
// Usage: node tests/bench/import.mjs [--big] [--rows N] [--naive N] [--bin path/to/bin/run.js]
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const ROWS = Number(arg('--rows') ?? (process.argv.includes('--big') ? 1_000_000 : 100_000));
const NAIVE_ROWS = Number(arg('--naive') ?? 300);
const NAIVE_BAR = 50;
const NAIVE_WARMUP = 30;
const SDK = fileURLToPath(new URL('../../packages/sdk/dist/index.js', import.meta.url));
const CLI = arg('--bin') ?? fileURLToPath(new URL('../../packages/cli/bin/run.js', import.meta.url));
const SERVER = fileURLToPath(new URL('../../packages/server/bin/sporthub-server.js', import.meta.url));
const OUTLETS = 50;
const PROGRAMS = 20;
const COACHES = 200;
const BAR = 3;
const RSS_BAR_MB = 150;

for (const [what, file] of [
  ['CLI', CLI],
  ['server', SERVER],
  ['SDK', SDK],
]) {
  if (!existsSync(file)) {
    console.error(`The ${what} is not built (${file}): run pnpm build first.`);
    process.exit(1);
  }
}
const dir = mkdtempSync(path.join(tmpdir(), 'sporthub-bench-import-'));
const csv = path.join(dir, 'schedule.csv');

/** Sessions spread over outlets, days and hours; coaches never double-booked (valid data, all accepted). */
async function writeCsv() {
  const out = createWriteStream(csv);
  const write = (s) => (out.write(s) ? undefined : once(out, 'drain'));
  await write(
    'external_id,outlet_code,program_code,title,date,start_time,end_time,capacity,waitlist,coach,zone\n',
  );
  const slotsPerDay = OUTLETS * 12;
  for (let i = 0; i < ROWS; i++) {
    const day = Math.floor(i / slotsPerDay);
    const slot = i % slotsPerDay;
    const outlet = slot % OUTLETS;
    const hour = 8 + Math.floor(slot / OUTLETS);
    const date = new Date(Date.UTC(2027, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const coach = (outlet * 4 + (hour % 4)) % COACHES;
    const p = i % PROGRAMS;
    await write(
      `BENCH-${i},BO-${outlet},BP-${p},课程 ${p} 第${i}场,${date},${hour}:00,${hour}:50,20,5,BC-${coach},Z${hour % 3}\n`,
    );
  }
  out.end();
  await once(out, 'finish');
}

async function startServer() {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const token = `shk_${randomBytes(32).toString('base64url')}`;
  const child = spawn(
    process.execPath,
    [SERVER, 'start', '--db', path.join(dir, 'server.db'), '--port', String(port)],
    {
      // No rate limit: the naive creates run twice within a minute, and a 429's wait is not write cost.
      env: { ...process.env, SPORTHUB_BOOTSTRAP_TOKEN: token, SPORTHUB_RATE_LIMIT: '0' },
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return { child, url, token };
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

async function post(s, route, items) {
  const res = await fetch(`${s.url}${route}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ items }),
  });
  if (!res.ok) throw new Error(`${route} → ${res.status}: ${(await res.text()).slice(0, 300)}`);
}

async function provision(s) {
  const zones = [0, 1, 2].map((z) => ({ code: `Z${z}`, name: `区域 ${z}`, kind: 'training', capacity: 30 }));
  await post(
    s,
    '/v1/outlets:batchUpsert',
    Array.from({ length: OUTLETS }, (_, i) => ({ code: `BO-${i}`, name: `网点 ${i}`, zones })),
  );
  await post(
    s,
    '/v1/programs:batchUpsert',
    Array.from({ length: PROGRAMS }, (_, i) => ({
      code: `BP-${i}`,
      title: `课程 ${i}`,
      kind: 'class',
      category: 'tai_chi',
      ageGroups: ['adult'],
      intensity: 'light',
    })),
  );
  await post(
    s,
    '/v1/staff:batchUpsert',
    Array.from({ length: COACHES }, (_, i) => ({ externalId: `BC-${i}`, name: `教练 ${i}`, role: 'coach' })),
  );
}

/** Naive session `i`, a row like the file's, under the new external id `externalId`. */
function naiveSession(externalId, i, outlets, programs) {
  const day = new Date(Date.UTC(2031, 0, 1) + Math.floor(i / 12) * 86_400_000).toISOString().slice(0, 10);
  const hour = String(8 + (i % 12)).padStart(2, '0');
  return {
    externalId,
    outletId: outlets.get(`BO-${i % OUTLETS}`),
    programId: programs.get(`BP-${i % PROGRAMS}`),
    startsAt: `${day}T${hour}:00:00+08:00`,
    endsAt: `${day}T${hour}:50:00+08:00`,
    capacity: 20,
  };
}

/**
 * One SDK create per row, awaited in turn, for rows like the file's, from row `first` on. A few untimed
 * creates first, so the timing is not of the SDK's and the server's first (unoptimized) calls.
 */
async function naiveCreates(s, first) {
  const { SportHub } = await import(SDK);
  const hub = new SportHub({ baseUrl: s.url, token: s.token });
  const ids = async (list, key) => {
    const map = new Map();
    for await (const item of list) map.set(item[key], item.id);
    return map;
  };
  const outlets = await ids(hub.outlets.list({ limit: 500 }), 'code');
  const programs = await ids(hub.programs.list({ limit: 500 }), 'code');
  for (let i = 0; i < NAIVE_WARMUP; i++) {
    await hub.sessions.create(naiveSession(`NAIVE-WARMUP-${first}-${i}`, i, outlets, programs));
  }
  const start = process.hrtime.bigint();
  for (let i = first; i < first + NAIVE_ROWS; i++)
    await hub.sessions.create(naiveSession(`NAIVE-${i}`, i, outlets, programs));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, perRowMs: (seconds * 1000) / NAIVE_ROWS };
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
function cpuSecondsOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Runs a command under /usr/bin/time -v: wall seconds and peak RSS (MB). */
function timed(cmd, args, env) {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const cpu = ['User', 'System'].reduce(
    (sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1] ?? 0),
    0,
  );
  return {
    seconds,
    cpu,
    rssMb: rss ? Number(rss[1]) / 1024 : Number.NaN,
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
  };
}

await writeCsv();
console.log(`file: ${ROWS} rows, ${(statSync(csv).size / 1e6).toFixed(1)} MB`);
const server = await startServer();
try {
  await provision(server);
  const sqlite = timed('sqlite3', [path.join(dir, 'baseline.db'), `.import --csv ${csv} t`], process.env);
  const env = {
    ...process.env,
    SPORTHUB_API_URL: server.url,
    SPORTHUB_TOKEN: server.token,
    SPORTHUB_CONFIG_DIR: path.join(dir, 'config'),
    CI: 'true',
  };
  // The naive slice runs before the import and again after it, and the bar uses the mean: this machine's
  // speed drifts within a run, and the two bracket the import.
  const naiveBefore = await naiveCreates(server, 0);
  const importArgs = [CLI, 'schedules', 'import', csv, '--progress', 'none', '--json'];
  const serverCpu0 = cpuSecondsOf(server.child.pid);
  const cli = timed(process.execPath, importArgs, env);
  const serverCpu = cpuSecondsOf(server.child.pid) - serverCpu0;
  if (cli.status !== 0) {
    console.error(cli.stderr.slice(-2000), cli.stdout.slice(0, 2000));
    throw new Error(`import exited ${cli.status}`);
  }
  const summary = JSON.parse(cli.stdout).result.summary;
  const ratio = cli.seconds / sqlite.seconds;
  console.log(`sqlite3 .import        ${sqlite.seconds.toFixed(2)} s (CPU ${sqlite.cpu.toFixed(2)} s)`);
  console.log(
    `sporthub schedules import ${cli.seconds.toFixed(2)} s (CPU: CLI ${cli.cpu.toFixed(2)} s, server ${serverCpu.toFixed(2)} s) ${JSON.stringify(summary)}`,
  );
  console.log(`ratio ${ratio.toFixed(1)}× (bar ≤ ${BAR}×) ${ratio <= BAR ? 'PASS' : 'FAIL'}`);
  console.log(
    `CLI peak RSS ${cli.rssMb.toFixed(0)} MB (bar ≤ ${RSS_BAR_MB} MB) ${cli.rssMb <= RSS_BAR_MB ? 'PASS' : 'FAIL'}`,
  );
  // What SQLite alone needs to write the same sessions and their events into the server's schema
  // (primary keys, unique external ids, the listing indexes), table to table: the floor under any
  // import through this schema, whatever the CLI and the server do.
  const serverDb = path.join(dir, 'server.db');
  const schema = spawnSync('sqlite3', [serverDb, '.schema sessions', '.schema events'], { encoding: 'utf8' });
  const pageSize = spawnSync('sqlite3', [serverDb, 'pragma page_size'], { encoding: 'utf8' }).stdout.trim();
  const floor = timed(
    'sqlite3',
    [
      path.join(dir, 'floor.db'),
      `PRAGMA page_size = ${pageSize};\n${schema.stdout}\nATTACH '${serverDb}' AS s;\nINSERT INTO sessions SELECT * FROM s.sessions;\nINSERT INTO events SELECT * FROM s.events WHERE type = 'session.created';`,
    ],
    process.env,
  );
  if (floor.status !== 0) throw new Error(`sqlite3 floor run failed: ${floor.stderr}`);
  console.log(
    `sqlite3, same rows into the server's indexed sessions + events tables: ${floor.seconds.toFixed(2)} s (CPU ${floor.cpu.toFixed(2)} s) = ${(floor.seconds / sqlite.seconds).toFixed(1)}× .import`,
  );
  const again = timed(process.execPath, importArgs, env);
  console.log(
    `re-import (all unchanged) ${again.seconds.toFixed(2)} s (CPU: CLI ${again.cpu.toFixed(2)} s), RSS ${again.rssMb.toFixed(0)} MB: ${JSON.stringify(JSON.parse(again.stdout).result?.summary)}`,
  );
  const naiveAfter = await naiveCreates(server, NAIVE_ROWS);
  const perRowMs = (naiveBefore.perRowMs + naiveAfter.perRowMs) / 2;
  const speedup = perRowMs / ((cli.seconds * 1000) / ROWS);
  console.log(
    `naive: ${NAIVE_ROWS} × sessions.create before the import ${naiveBefore.perRowMs.toFixed(2)} ms/row, after ${naiveAfter.perRowMs.toFixed(2)} ms/row; import is ${speedup.toFixed(0)}× faster per row than their mean (bar ≥ ${NAIVE_BAR}×) ${speedup >= NAIVE_BAR ? 'PASS' : 'FAIL'}`,
  );
} finally {
  server.child.kill('SIGTERM');
  await once(server.child, 'exit');
  rmSync(dir, { recursive: true, force: true });
}
