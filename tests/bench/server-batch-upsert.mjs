#!/usr/bin/env node
// SPEC §7 "schedule import", server side: 100k sessions through `POST /v1/sessions:batchUpsert` (batches of
// 5,000 over HTTP, change-feed events included) against `sqlite3 .import` of the same rows as CSV into a
// plain table, in the same run. The whole CLI → SDK → server chain must stay ≤ 3× sqlite3; this measures
// the server's share of it. Needs the built server (`pnpm --filter @sporthub/server build`) and `sqlite3`.
// Usage: node tests/bench/server-batch-upsert.mjs [ROWS=100000] [BATCH=5000]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../packages/server/dist/index.js', import.meta.url));
const ROWS = Number(process.argv[2] ?? 100_000);
const BATCH = Number(process.argv[3] ?? 5_000);
const OUTLETS = 50;
const PROGRAMS = 20;
const BAR = 3;

if (!existsSync(DIST)) {
  console.error('The server is not built: run `pnpm --filter @sporthub/server build` first.');
  process.exit(1);
}
const server = await import(DIST);
const dir = mkdtempSync(path.join(tmpdir(), 'sporthub-bench-'));

async function startServer() {
  const db = server.createDatabase(path.join(dir, 'server.db'));
  await server.migrateToLatest(db);
  const org = await server.createOrganization(db, 'bench');
  const { token } = await server.createToken(db, {
    organizationId: org.id,
    name: 'bench',
    scopes: ['admin'],
  });
  const app = await server.buildApp({ db, logger: false });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { db, app, token, address };
}

async function post(s, url, body) {
  const res = await fetch(`${s.address}${url}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
    body,
  });
  const text = await res.text();
  if (res.status !== 200 && res.status !== 201)
    throw new Error(`${url} → ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text);
}

/** Outlets and programs through the API; the sessions referencing them, as JSON batches and as CSV. */
async function prepare(s) {
  const outlets = Array.from({ length: OUTLETS }, (_, i) => ({ code: `BO-${i}`, name: `网点 ${i}` }));
  const outletIds = (
    await post(s, '/v1/outlets:batchUpsert', JSON.stringify({ items: outlets }))
  ).results.map((r) => r.id);
  const programs = Array.from({ length: PROGRAMS }, (_, i) => ({
    code: `BP-${i}`,
    title: `课程 ${i}`,
    kind: 'class',
    category: 'tai_chi',
    ageGroups: ['adult', 'senior'],
    intensity: 'light',
  }));
  const programIds = (
    await post(s, '/v1/programs:batchUpsert', JSON.stringify({ items: programs }))
  ).results.map((r) => r.id);
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const start = Date.UTC(2027, 0, 1, 0, 30) + Math.floor(i / OUTLETS) * 3_600_000;
    return {
      externalId: `BENCH-${String(i).padStart(7, '0')}`,
      outletId: outletIds[i % OUTLETS],
      programId: programIds[i % PROGRAMS],
      startsAt: new Date(start).toISOString().replace('.000Z', '+00:00'),
      endsAt: new Date(start + 3_600_000).toISOString().replace('.000Z', '+00:00'),
      capacity: 20,
      waitlistCapacity: 5,
      seriesKey: `SERIES-${i % 500}`,
    };
  });
  const bodies = [];
  for (let i = 0; i < rows.length; i += BATCH)
    bodies.push(JSON.stringify({ items: rows.slice(i, i + BATCH) }));
  const columns = Object.keys(rows[0]);
  const csv = `${columns.join(',')}\n${rows.map((r) => columns.map((c) => r[c]).join(',')).join('\n')}\n`;
  const csvPath = path.join(dir, 'sessions.csv');
  writeFileSync(csvPath, csv);
  return { bodies, csvPath, columns, bytes: csv.length };
}

async function importThroughServer(s, bodies) {
  const start = performance.now();
  const summary = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const body of bodies) {
    const result = await post(s, '/v1/sessions:batchUpsert', body);
    for (const key of Object.keys(summary)) summary[key] += result.summary[key];
  }
  return { ms: performance.now() - start, summary };
}

function sqliteImport(csvPath, columns) {
  const dbPath = path.join(dir, `plain-${Date.now()}.db`);
  const ddl = `CREATE TABLE sessions_plain(${columns.map((c) => `"${c}" TEXT`).join(', ')});`;
  const setup = spawnSync('sqlite3', [dbPath, ddl]);
  if (setup.status !== 0) throw new Error(`sqlite3: ${setup.stderr}`);
  const start = performance.now();
  const run = spawnSync('sqlite3', [dbPath, '.mode csv', `.import --skip 1 ${csvPath} sessions_plain`]);
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`sqlite3 .import: ${run.stderr}`);
  return ms;
}

const s = await startServer();
try {
  const { bodies, csvPath, columns, bytes } = await prepare(s);
  const baseline = sqliteImport(csvPath, columns);
  const first = await importThroughServer(s, bodies);
  const again = await importThroughServer(s, bodies);
  const baseline2 = sqliteImport(csvPath, columns);
  const events = await s.db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  const base = Math.min(baseline, baseline2);
  const ratio = first.ms / base;
  console.log(`${ROWS} sessions (${(bytes / 1e6).toFixed(1)} MB as CSV), batches of ${BATCH}, SQLite`);
  console.log(
    `  sqlite3 .import (plain table)     ${base.toFixed(0)} ms  (runs: ${baseline.toFixed(0)}, ${baseline2.toFixed(0)})`,
  );
  console.log(
    `  server batchUpsert, new rows      ${first.ms.toFixed(0)} ms  ${JSON.stringify(first.summary)}`,
  );
  console.log(
    `  server batchUpsert, re-run        ${again.ms.toFixed(0)} ms  ${JSON.stringify(again.summary)}`,
  );
  console.log(`  change-feed events written        ${events?.n}`);
  console.log(
    `  ratio server / sqlite3 .import    ${ratio.toFixed(2)}×  (bar for the whole CLI chain: ≤ ${BAR}×)`,
  );
  process.exitCode = ratio <= BAR ? 0 : 1;
} finally {
  await s.app.close();
  await s.db.destroy();
  rmSync(dir, { recursive: true, force: true });
}
