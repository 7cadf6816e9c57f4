#!/usr/bin/env node
// SPEC §7 "participation export, 1M rows to CSV": ≤ 3× `sqlite3 -csv` of the same rows, flat memory.
// Builds a temp SQLite database through the real server (outlet, program, 100 sessions, 10,000 members
// over HTTP), adds N participation rows (default 1,000,000) with direct SQL inserts, then in the same run
// times `sqlite3 -csv` of the same rows and columns (the same joins the export needs) against
// `sporthub participation export --format csv --out f.csv` through the server, and prints the ratio and
// the CLI's peak RSS (VmHWM). Needs the built server and CLI and the sqlite3 shell.
// Usage: node tests/bench/participation-export.mjs [ROWS=1000000]
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVER_BIN = path.join(ROOT, 'packages/server/bin/sporthub-server.js');
const CLI_ROOT = process.env.SPORTHUB_CLI_ROOT ?? path.join(ROOT, 'packages/cli');
const CLI_BIN = path.join(CLI_ROOT, 'bin/run.js');
const ROWS = Number(process.argv[2] ?? 1_000_000);
const SESSIONS = 100;
const MEMBERS = Math.ceil(ROWS / SESSIONS);
const BAR = 3;

for (const [what, file] of [
  ['server', path.join(ROOT, 'packages/server/dist/bin.js')],
  ['CLI', path.join(CLI_ROOT, 'dist/commands/participation/export.js')],
]) {
  if (!existsSync(file)) {
    console.error(
      `The ${what} is not built: run \`pnpm --filter @sporthub/${what.toLowerCase()} build\` first.`,
    );
    process.exit(1);
  }
}

const dir = await mkdtemp(path.join(tmpdir(), 'sporthub-bench-export-'));
const db = path.join(dir, 'bench.db');
const token = `shk_${randomBytes(32).toString('base64url')}`;

function startServer() {
  const child = spawn(process.execPath, [SERVER_BIN, 'start', '--port', '0', '--db', db], {
    env: { ...process.env, LOG_LEVEL: 'info', SPORTHUB_BOOTSTRAP_TOKEN: token },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      try {
        const entry = JSON.parse(line);
        if (entry.msg === 'listening') resolve({ child, baseUrl: entry.url });
      } catch {}
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
}

async function stopServer({ child }) {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function api(baseUrl, method, route, body) {
  const res = await fetch(`${baseUrl}${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${await res.text()}`);
  return res.json();
}

function sqlite(args, options = {}) {
  const run = spawnSync('sqlite3', args, { maxBuffer: 1 << 30, ...options });
  if (run.status !== 0) throw new Error(`sqlite3 failed: ${run.stderr}`);
  return run;
}

// ---- data ------------------------------------------------------------------------------------------
console.error(`Seeding ${SESSIONS} sessions and ${MEMBERS} members over HTTP…`);
let server = await startServer();
const outlet = await api(server.baseUrl, 'POST', '/v1/outlets', {
  code: 'SH-PD-0001',
  name: '浦东世纪大道体育服务点',
});
const program = await api(server.baseUrl, 'POST', '/v1/programs', {
  code: 'P-TAICHI',
  title: '太极拳晨练',
  kind: 'class',
  category: 'tai_chi',
  ageGroups: ['adult', 'senior'],
  intensity: 'light',
});
await api(server.baseUrl, 'POST', '/v1/sessions:batchUpsert', {
  items: Array.from({ length: SESSIONS }, (_, i) => {
    const day = `2026-${String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    return {
      externalId: `B-${i}`,
      outletId: outlet.id,
      programId: program.id,
      startsAt: `${day}T07:30:00+08:00`,
      endsAt: `${day}T08:30:00+08:00`,
      capacity: MEMBERS,
    };
  }),
});
for (let start = 0; start < MEMBERS; start += 5000) {
  await api(server.baseUrl, 'POST', '/v1/members:batchUpsert', {
    items: Array.from({ length: Math.min(5000, MEMBERS - start) }, (_, i) => ({
      externalId: `BM-${start + i}`,
      displayName: `会员${start + i}`,
      birthYear: 1940 + ((start + i) % 70),
    })),
  });
}
await stopServer(server);

console.error(`Inserting ${ROWS.toLocaleString('en-US')} participation rows with SQL…`);
const t0 = performance.now();
// Every session × member pair once; ids sort in insertion order (par_ + 26 Crockford digits).
sqlite([db], {
  input: `PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;
BEGIN;
CREATE TEMP TABLE s AS SELECT organization_id, id, outlet_id, starts_at, row_number() OVER (ORDER BY id) - 1 AS n FROM sessions;
CREATE TEMP TABLE m AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM members;
INSERT INTO participation (organization_id, id, external_id, session_id, member_id, outlet_id, checked_in_at,
  duration_minutes, source, created_at, updated_at, revision, local_date, change_seq)
SELECT s.organization_id, 'par_01' || printf('%024d', s.n * ${MEMBERS} + m.n), NULL, s.id, m.id, s.outlet_id,
  s.starts_at, CASE WHEN m.n % 4 = 0 THEN NULL ELSE 30 + m.n % 60 END,
  CASE m.n % 3 WHEN 0 THEN 'staff' WHEN 1 THEN 'qr' ELSE 'import' END,
  s.starts_at, s.starts_at, 1, substr(s.starts_at, 1, 10), 1
FROM s JOIN m WHERE s.n * ${MEMBERS} + m.n < ${ROWS} ORDER BY s.n, m.n;
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);`,
});
console.error(`  ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// ---- the two exports, same rows, same columns --------------------------------------------------------
const QUERY = `SELECT p.id AS participation_id, p.session_id, s.external_id AS session_external_id, o.code AS outlet_code,
  pr.code AS program_code, p.member_id AS member_ref, m.age_group, p.checked_in_at, p.duration_minutes, p.source
FROM participation p JOIN sessions s ON s.organization_id = p.organization_id AND s.id = p.session_id
JOIN outlets o ON o.organization_id = p.organization_id AND o.id = p.outlet_id
JOIN programs pr ON pr.organization_id = s.organization_id AND pr.id = s.program_id
JOIN members m ON m.organization_id = p.organization_id AND m.id = p.member_id
ORDER BY p.id;`;

function timeSqlite() {
  const out = path.join(dir, 'sqlite.csv');
  const start = performance.now();
  sqlite(['-csv', '-header', db, `.output ${out}`, QUERY]);
  return { ms: performance.now() - start, bytes: statSync(out).size };
}

/** Runs the CLI export, sampling /proc/<pid>/status for VmHWM (peak resident set). */
function timeCli(baseUrl) {
  const out = path.join(dir, 'cli.csv');
  const start = performance.now();
  const child = spawn(
    process.execPath,
    [CLI_BIN, 'participation', 'export', '--format', 'csv', '--out', out, '--quiet'],
    {
      env: {
        ...process.env,
        SPORTHUB_API_URL: baseUrl,
        SPORTHUB_TOKEN: token,
        SPORTHUB_CONFIG_DIR: dir,
        CI: 'true',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  let peakKb = 0;
  let cpuTicks = 0;
  const sample = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peakKb = Math.max(peakKb, Number(m[1]));
      // utime + stime (fields 14, 15), after the command name in parentheses.
      const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpuTicks = Number(fields[11]) + Number(fields[12]);
    } catch {}
  };
  const timer = setInterval(sample, 20);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`sporthub participation export exited ${code}`));
      const manifest = JSON.parse(readFileSync(`${out}.manifest.json`, 'utf8'));
      resolve({
        ms: performance.now() - start,
        bytes: statSync(out).size,
        rows: manifest.rows,
        peakMb: peakKb / 1024,
        cpuS: cpuTicks / 100,
      });
    });
  });
}

/** The server's own export, read and discarded: how much of the CLI's time is the server's. */
async function timeServer(baseUrl, format) {
  const start = performance.now();
  const res = await fetch(`${baseUrl}/v1/participation:export?format=${format}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  let bytes = 0;
  for await (const chunk of res.body) bytes += chunk.length;
  return { ms: performance.now() - start, bytes };
}

server = await startServer();
try {
  timeSqlite(); // warm the page cache for both
  const sqliteRun = timeSqlite();
  const cliRun = await timeCli(server.baseUrl);
  const serverNdjson = await timeServer(server.baseUrl, 'ndjson');
  const serverCsv = await timeServer(server.baseUrl, 'csv');
  const ratio = cliRun.ms / sqliteRun.ms;
  console.log(
    `server alone, NDJSON         ${(serverNdjson.ms / 1000).toFixed(2)} s  (CSV ${(serverCsv.ms / 1000).toFixed(2)} s)`,
  );
  console.log(`rows                         ${cliRun.rows.toLocaleString('en-US')}`);
  console.log(
    `sqlite3 -csv                 ${(sqliteRun.ms / 1000).toFixed(2)} s  (${(sqliteRun.bytes / 1e6).toFixed(1)} MB)`,
  );
  console.log(
    `sporthub participation export ${(cliRun.ms / 1000).toFixed(2)} s  (${(cliRun.bytes / 1e6).toFixed(1)} MB)`,
  );
  console.log(
    `ratio                        ${ratio.toFixed(2)}×  (bar ≤ ${BAR}×)  ${ratio <= BAR ? 'PASS' : 'FAIL'}`,
  );
  console.log(
    `CLI peak RSS                 ${cliRun.peakMb.toFixed(0)} MB  (CLI CPU ${cliRun.cpuS.toFixed(2)} s)`,
  );
  if (cliRun.rows !== ROWS) throw new Error(`the export has ${cliRun.rows} rows, expected ${ROWS}`);
  process.exitCode = ratio <= BAR ? 0 : 1;
} finally {
  await stopServer(server);
  await rm(dir, { recursive: true, force: true });
}
