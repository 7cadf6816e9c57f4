#!/usr/bin/env node
// SPEC §7 "participation export, 1M rows to CSV: ≤ 3× `sqlite3 -csv` of the same rows; flat memory".
// Fills a temp SQLite file with ROWS participation records (plus outlets, programs, sessions, members) by
// direct SQL, starts the built server on it in a child process, streams
// `GET /v1/participation:export?format=csv` to a file and runs `sqlite3 -csv` of the same query in the same
// run. Prints both times, their ratio, whether the outputs are byte-identical, and the server's RSS growth.
// Needs the built server (`pnpm --filter @sporthub/server build`) and `sqlite3`.
// Usage: node tests/bench/server-export.mjs [ROWS=1000000]
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../packages/server/dist/index.js', import.meta.url));
const ROWS = Number(process.argv[2] ?? 1_000_000);
const SESSIONS = 10_000;
const MEMBERS = 50_000;
const BAR = 3;

if (!existsSync(DIST)) {
  console.error('The server is not built: run `pnpm --filter @sporthub/server build` first.');
  process.exit(1);
}
const dir = mkdtempSync(path.join(tmpdir(), 'sporthub-bench-export-'));
const file = path.join(dir, 'server.db');

/** Migrated database, one organization and an admin token, through the server's own modules. */
async function bootstrap() {
  const server = await import(DIST);
  const db = server.createDatabase(file);
  await server.migrateToLatest(db);
  const org = await server.createOrganization(db, 'bench');
  const { token } = await server.createToken(db, {
    organizationId: org.id,
    name: 'bench',
    scopes: ['admin'],
  });
  await db.destroy();
  return { org: org.id, token };
}

function sqlite(args, input) {
  const started = performance.now();
  const result = spawnSync('sqlite3', args, { input, maxBuffer: 1 << 30, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`sqlite3 failed: ${result.stderr}`);
  return { ms: performance.now() - started, stdout: result.stdout };
}

/**
 * Rows generated inside SQLite (recursive CTEs). Ids are `<prefix>_` + 26 digits (digits are valid
 * ULID characters, so they sort like real ids). Session s gets members k·500 + s mod 500 (k < 100),
 * so every (session, member) pair is unique as the table requires.
 */
function fill(org) {
  const meta = `'2026-09-01T00:00:00.000Z', '2026-09-01T00:00:00.000Z', 1`;
  const script = `
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 49)
INSERT INTO outlets (organization_id, id, code, name, status, timezone, district, address, geo, services, opening_hours, partner_ids, created_at, updated_at, revision)
SELECT '${org}', printf('out_%026d', i), printf('SH-PD-%04d', i), printf('服务点 %d', i), 'active', 'Asia/Shanghai', '浦东新区', NULL, NULL, '[]', '{}', '[]', ${meta} FROM n;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 19)
INSERT INTO programs (organization_id, id, code, title, kind, category, age_groups, intensity, theme, created_at, updated_at, revision)
SELECT '${org}', printf('prg_%026d', i), printf('P-%02d', i), printf('课程 %d', i), 'class', 'tai_chi', '[]', 'light', NULL, ${meta} FROM n;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${SESSIONS - 1})
INSERT INTO sessions (organization_id, id, external_id, outlet_id, zone_id, program_id, coach_id, title, starts_at, ends_at, capacity, waitlist_capacity, status, series_key, created_at, updated_at, revision)
SELECT '${org}', printf('ses_%026d', i), CASE WHEN i % 10 = 0 THEN NULL ELSE printf('PD-%06d', i) END, printf('out_%026d', i % 50), NULL, printf('prg_%026d', i % 20), NULL, NULL,
  '2026-09-05T00:00:00.000Z', '2026-09-05T01:00:00.000Z', 30, 5, 'scheduled', NULL, ${meta} FROM n;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${MEMBERS - 1})
INSERT INTO members (organization_id, id, external_id, display_name, birth_year, school_grade, age_group, gender, phone, guardian, erased_at, created_at, updated_at, revision)
SELECT '${org}', printf('mem_%026d', i), printf('M-%06d', i), printf('会员 %d', i), 1940 + i % 80, NULL,
  CASE WHEN i % 7 = 0 THEN NULL ELSE (CASE WHEN 2026 - (1940 + i % 80) >= 60 THEN 'senior' WHEN 2026 - (1940 + i % 80) >= 18 THEN 'adult' WHEN 2026 - (1940 + i % 80) >= 12 THEN 'youth' ELSE 'child' END) END,
  NULL, '+86 138 0000 0000', NULL, NULL, ${meta} FROM n;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${ROWS - 1})
INSERT INTO participation (organization_id, id, external_id, session_id, member_id, outlet_id, checked_in_at, duration_minutes, source, created_at, updated_at, revision, local_date, change_seq)
SELECT '${org}', printf('par_%026d', i), NULL, printf('ses_%026d', i % ${SESSIONS}), printf('mem_%026d', (i / ${SESSIONS}) * 500 + (i % ${SESSIONS}) % 500),
  printf('out_%026d', (i % ${SESSIONS}) % 50), strftime('%Y-%m-%dT%H:%M:%fZ', 1780000000 + i * 60, 'unixepoch'),
  CASE WHEN i % 9 = 0 THEN NULL ELSE 30 + i % 60 END, CASE i % 4 WHEN 0 THEN 'staff' WHEN 1 THEN 'qr' WHEN 2 THEN 'partner' ELSE 'import' END,
  ${meta}, date(1780000000 + i * 60, 'unixepoch', '+8 hours'), 0 FROM n;
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
`;
  return sqlite([file], script).ms;
}

/** The export's columns as plain SQL: every outlet here is in Asia/Shanghai (+08:00, no DST). */
const QUERY = `SELECT p.id AS participation_id, p.session_id, s.external_id AS session_external_id, o.code AS outlet_code,
  g.code AS program_code, p.member_id AS member_ref, m.age_group,
  strftime('%Y-%m-%dT%H:%M:%S', p.checked_in_at, '+8 hours') || '+08:00' AS checked_in_at,
  p.duration_minutes, p.source
FROM participation p
JOIN sessions s ON s.organization_id = p.organization_id AND s.id = p.session_id
JOIN outlets o ON o.organization_id = p.organization_id AND o.id = p.outlet_id
JOIN programs g ON g.organization_id = s.organization_id AND g.id = s.program_id
JOIN members m ON m.organization_id = p.organization_id AND m.id = p.member_id
WHERE p.organization_id = ?1 ORDER BY p.id;`;

function sqliteExport(org, out) {
  const fd = openSync(out, 'w');
  const started = performance.now();
  // CSV as RFC 4180 and the server write it: CRLF line ends.
  const result = spawnSync(
    'sqlite3',
    ['-csv', '-header', '-newline', '\r\n', file, QUERY.replace('?1', `'${org}'`)],
    {
      stdio: ['ignore', fd, 'pipe'],
    },
  );
  const ms = performance.now() - started;
  closeSync(fd);
  if (result.status !== 0) throw new Error(`sqlite3 export failed: ${result.stderr}`);
  return ms;
}

/** The built server in a child process, so its RSS is its own. */
async function startServer() {
  const code = `const s = await import(${JSON.stringify(DIST)});
const db = s.createDatabase(${JSON.stringify(file)});
const app = await s.buildApp({ db, logger: false });
const address = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(JSON.stringify({ address }));`;
  const child = spawn(
    process.execPath,
    [...(process.env.SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), '--input-type=module', '-e', code],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const address = await new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const line = buffer.split('\n')[0];
      if (buffer.includes('\n')) resolve(JSON.parse(line).address);
    });
    child.on('exit', (status) => reject(new Error(`server exited with ${status}`)));
  });
  return { child, address };
}

function rssKiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

async function httpExport(s, token, out) {
  const url = `${s.address}/v1/participation:export?format=csv`;
  const headers = { authorization: `Bearer ${token}` };
  // Warm-up (a tiny export) so the baseline RSS includes the loaded code paths.
  await (await fetch(`${url}&from=2000-01-01&to=2000-01-01`, { headers })).text();
  const baseline = rssKiB(s.child.pid);
  let peak = baseline;
  const samples = [];
  const timer = setInterval(() => {
    const rss = rssKiB(s.child.pid);
    peak = Math.max(peak, rss);
    samples.push(rss);
  }, 25);
  const started = performance.now();
  const res = await fetch(url, { headers });
  if (res.status !== 200) throw new Error(`export → ${res.status}: ${await res.text()}`);
  await pipeline(Readable.fromWeb(res.body), createWriteStream(out));
  const ms = performance.now() - started;
  clearInterval(timer);
  // RSS at each tenth of the export: flat memory shows as a plateau, not a ramp.
  const tenths = Array.from(
    { length: 10 },
    (_, i) => samples[Math.floor(((i + 1) * samples.length) / 10) - 1] ?? 0,
  );
  return { ms, baseline, peak, tenths, watermark: res.headers.get('sporthub-watermark') };
}

async function sha256(p) {
  const hash = createHash('sha256');
  await pipeline(createReadStream(p), hash);
  return hash.digest('hex');
}

const lines = (p) => Number(spawnSync('wc', ['-l', p], { encoding: 'utf8' }).stdout.trim().split(/\s+/)[0]);

try {
  const { org, token } = await bootstrap();
  const fillMs = fill(org);
  console.log(`filled ${ROWS.toLocaleString()} participation rows in ${(fillMs / 1000).toFixed(1)} s`);
  const sqliteOut = path.join(dir, 'sqlite.csv');
  const serverOut = path.join(dir, 'server.csv');
  const sqliteMs = sqliteExport(org, sqliteOut); // also warms the page cache for both
  const server = await startServer();
  let http;
  try {
    http = await httpExport(server, token, serverOut);
  } finally {
    server.child.kill('SIGTERM');
  }
  const sqliteAgainMs = sqliteExport(org, sqliteOut);
  const bestSqlite = Math.min(sqliteMs, sqliteAgainMs);
  const same = (await sha256(sqliteOut)) === (await sha256(serverOut));
  const ratio = http.ms / bestSqlite;
  console.log(
    `sqlite3 -csv:      ${(sqliteMs / 1000).toFixed(2)} s, again ${(sqliteAgainMs / 1000).toFixed(2)} s (${lines(sqliteOut) - 1} rows)`,
  );
  console.log(
    `server CSV export: ${(http.ms / 1000).toFixed(2)} s (${lines(serverOut) - 1} rows, watermark ${http.watermark})`,
  );
  console.log(`outputs byte-identical: ${same}`);
  console.log(`ratio: ${ratio.toFixed(2)}× (bar ≤ ${BAR}×) ${ratio <= BAR ? 'PASS' : 'FAIL'}`);
  console.log(
    `server RSS: ${(http.baseline / 1024).toFixed(0)} MiB before, peak ${(http.peak / 1024).toFixed(0)} MiB during (+${((http.peak - http.baseline) / 1024).toFixed(0)} MiB)`,
  );
  console.log(
    `server RSS by tenth of the export (MiB): ${http.tenths.map((k) => (k / 1024).toFixed(0)).join(' ')}`,
  );
  process.exitCode = ratio <= BAR && same ? 0 : 1;
} finally {
  if (process.env.KEEP) console.log(dir);
  else rmSync(dir, { recursive: true, force: true });
}
