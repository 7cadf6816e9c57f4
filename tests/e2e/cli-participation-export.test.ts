/**
 * `sporthub participation export|import|record` — the built CLI (`packages/cli/bin/run.js`) as a process
 * against a real server, on SQLite and on PostgreSQL. Data is seeded over HTTP with the SDK; every export
 * is compared row for row with the API's own list. Needs `pnpm --filter @sporthub/cli build` and the
 * server build.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Participation, SportHub } from '@sporthub/sdk';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningServer, startServer } from '../support/server.js';

// Each test runs the CLI as several processes against a real database: slower than the suite default.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 300_000 });

/** `SPORTHUB_CLI_ROOT` points the suite at another build of the CLI (e.g. a copy while others rebuild). */
const CLI_ROOT =
  process.env.SPORTHUB_CLI_ROOT ?? fileURLToPath(new URL('../../packages/cli', import.meta.url));
const CLI_BIN = path.join(CLI_ROOT, 'bin/run.js');
const CLI_DIST = path.join(CLI_ROOT, 'dist/commands/participation');
const cliRequire = createRequire(fileURLToPath(new URL('../../packages/cli/package.json', import.meta.url)));

const COLUMNS = [
  'participation_id',
  'session_id',
  'session_external_id',
  'outlet_code',
  'program_code',
  'member_ref',
  'age_group',
  'checked_in_at',
  'duration_minutes',
  'source',
];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Seeded {
  outlets: Record<string, string>;
  programs: Record<string, string>;
  sessions: Array<{ id: string; externalId: string; outletCode: string; programCode: string }>;
  members: Array<{ id: string; externalId: string; birthYear: number; phone: string; consented: boolean }>;
  partnerCode: string;
}

function spawnCli(server: RunningServer, args: string[], dir: string): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SPORTHUB_CONFIG_DIR: dir,
    SPORTHUB_API_URL: server.baseUrl,
    SPORTHUB_TOKEN: server.token,
    CI: 'true',
  };
  delete env.SPORTHUB_PROFILE;
  return spawn(process.execPath, [CLI_BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

function runCli(server: RunningServer, args: string[], dir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(server, args, dir);
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr?.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** RFC 4180 CSV → records (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

type ExportRow = Record<string, string | number | null>;

function csvRows(file: string): ExportRow[] {
  const [header, ...records] = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  expect(header).toEqual(COLUMNS);
  return records.map((r) =>
    Object.fromEntries(COLUMNS.map((c, i) => [c, r[i] === '' ? null : (r[i] ?? null)])),
  );
}

function ndjsonRows(file: string): ExportRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ExportRow);
}

async function xlsxRows(file: string): Promise<ExportRow[]> {
  // exceljs is the CLI's dependency, not the tests': reached through the CLI package, typed minimally.
  const ExcelJS = cliRequire('exceljs') as {
    Workbook: new () => {
      xlsx: { readFile(file: string): Promise<unknown> };
      getWorksheet(
        name: string,
      ): { eachRow(cb: (row: { values: unknown }, n: number) => void): void } | undefined;
    };
  };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet('participation');
  if (!sheet) throw new Error('no participation sheet');
  const rows: ExportRow[] = [];
  sheet.eachRow((row, n) => {
    const values = (row.values as unknown[]).slice(1);
    if (n === 1) {
      expect(values).toEqual(COLUMNS);
      return;
    }
    rows.push(
      Object.fromEntries(COLUMNS.map((c, i) => [c, (values[i] as string | number | undefined) ?? null])),
    );
  });
  return rows;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function seed(hub: SportHub, runId: string): Promise<Seeded> {
  const outlets: Record<string, string> = {};
  for (const [code, district] of [
    ['SH-PD-0001', '浦东新区'],
    ['SH-XH-0001', '徐汇区'],
  ] as const) {
    const o = await hub.outlets.create({
      code,
      name: `${district} "hub", ${code}`,
      address: { province: '上海市', city: '上海市', district, street: '世纪大道211号' },
    });
    outlets[code] = o.id;
  }
  const programs: Record<string, string> = {};
  for (const code of ['P-TAICHI', 'P-WALK']) {
    const p = await hub.programs.create({
      code,
      title: code === 'P-TAICHI' ? '太极拳晨练' : '社区健步走',
      kind: 'class',
      category: code === 'P-TAICHI' ? 'tai_chi' : 'walking',
      ageGroups: ['adult', 'senior'],
      intensity: 'light',
    });
    programs[code] = p.id;
  }
  const sessions: Seeded['sessions'] = [];
  for (const outletCode of Object.keys(outlets)) {
    for (const programCode of Object.keys(programs)) {
      for (const day of [5, 12, 19]) {
        const externalId = `${runId}-${outletCode}-${programCode}-${day}`;
        const s = await hub.sessions.create({
          externalId,
          outletId: outlets[outletCode] as string,
          programId: programs[programCode] as string,
          startsAt: `2026-09-${String(day).padStart(2, '0')}T07:30:00+08:00`,
          endsAt: `2026-09-${String(day).padStart(2, '0')}T08:30:00+08:00`,
          capacity: 50,
        });
        sessions.push({ id: s.id, externalId, outletCode, programCode });
      }
    }
  }
  const partner = await hub.partners.create({
    code: 'clinic-pudong-01',
    kind: 'clinic',
    name: '浦东社区医院',
  });
  await hub.partners.agreements.create(partner.id, {
    scopes: ['participation:individual'],
    requiresConsent: true,
    pseudonymize: true,
    validFrom: '2026-01-01',
  });
  const members: Seeded['members'] = [];
  for (let i = 0; i < 12; i++) {
    const birthYear = 1941 + i * 3;
    const phone = `139${String(10_000_000 + i * 7919).padStart(8, '0')}`;
    const m = await hub.members.create({
      externalId: `${runId}-M-${i}`,
      displayName: `会员${i}`,
      birthYear,
      phone,
    });
    const consented = i % 3 !== 0;
    if (consented) {
      await hub.members.consents.grant(m.id, {
        partnerId: partner.id,
        purpose: 'participation_sharing',
        grantedBy: 'self',
      });
    }
    members.push({ id: m.id, externalId: `${runId}-M-${i}`, birthYear, phone, consented });
  }
  const items = sessions.flatMap((s, si) =>
    members
      .filter((_, mi) => (mi + si) % 2 === 0)
      .map((m, k) => ({
        externalId: `${s.externalId}-${m.externalId}`,
        sessionId: s.id,
        memberId: m.id,
        checkedInAt: s.externalId.endsWith('-5')
          ? `2026-09-05T07:${String(30 + (k % 20)).padStart(2, '0')}:00+08:00`
          : `2026-09-${s.externalId.slice(-2)}T07:${String(30 + (k % 20)).padStart(2, '0')}:00+08:00`,
        durationMinutes: k % 4 === 0 ? null : 30 + k,
        source: (['staff', 'qr', 'import'] as const)[k % 3],
      })),
  );
  const result = await hub.participation.batchUpsert(items);
  expect(result.summary.rejected).toBe(0);
  return { outlets, programs, sessions, members, partnerCode: partner.code };
}

async function listAll(hub: SportHub): Promise<Participation[]> {
  const all: Participation[] = [];
  for await (const p of hub.participation.list({ limit: 500 })) all.push(p);
  return all;
}

/** The API's record and the export row describe the same check-in (SPEC §6.3 columns). */
function expectSameRecord(row: ExportRow, p: Participation, seeded: Seeded): void {
  const session = seeded.sessions.find((s) => s.id === p.sessionId);
  expect(row.participation_id).toBe(p.id);
  expect(row.session_id).toBe(p.sessionId);
  expect(row.session_external_id).toBe(session?.externalId);
  expect(row.outlet_code).toBe(session?.outletCode);
  expect(row.program_code).toBe(session?.programCode);
  expect(row.member_ref).toBe(p.memberId);
  expect(Date.parse(String(row.checked_in_at))).toBe(Date.parse(p.checkedInAt));
  expect(row.duration_minutes === null ? null : Number(row.duration_minutes)).toBe(p.durationMinutes);
  expect(row.source).toBe(p.source);
}

function expectEqualToApi(rows: ExportRow[], api: Participation[], seeded: Seeded): void {
  expect(rows.map((r) => r.participation_id)).toEqual(api.map((p) => p.id));
  for (const [i, row] of rows.entries()) expectSameRecord(row, api[i] as Participation, seeded);
}

describe.each(['sqlite', 'postgres'] as const)('participation export on %s', (db) => {
  let server: RunningServer;
  let hub: SportHub;
  let dir: string;
  let seeded: Seeded;
  const cli = (args: string[]) => runCli(server, args, dir);
  const out = (name: string) => path.join(dir, name);

  beforeAll(async () => {
    if (!existsSync(CLI_DIST))
      throw new Error('The CLI is not built: run `pnpm --filter @sporthub/cli build` first.');
    server = await startServer({ db });
    hub = new SportHub({ baseUrl: server.baseUrl, token: server.token });
    dir = await mkdtemp(path.join(tmpdir(), 'sporthub-export-e2e-'));
    seeded = await seed(hub, 'R1');
  });

  afterAll(async () => {
    await hub?.close();
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('exports CSV equal to the API, atomically, with a manifest whose sha256 is the file', async () => {
    const file = out('all.csv');
    const run = await cli(['participation', 'export', '--out', file, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const envelope = JSON.parse(run.stdout);
    const api = await listAll(hub);
    const rows = csvRows(file);
    expectEqualToApi(rows, api, seeded);
    const manifest = JSON.parse(readFileSync(`${file}.manifest.json`, 'utf8'));
    expect(envelope.result).toEqual(manifest);
    expect(manifest).toMatchObject({ file: 'all.csv', format: 'csv', rows: api.length, bom: false });
    expect(manifest.sha256).toBe(sha256(file));
    expect(manifest.watermark).toMatch(/^\S+$/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exports NDJSON and XLSX with the same rows; --bom starts the CSV with a BOM', async () => {
    const api = await listAll(hub);
    expect(
      (await cli(['participation', 'export', '--format', 'ndjson', '--out', out('all.ndjson')])).code,
    ).toBe(0);
    expectEqualToApi(ndjsonRows(out('all.ndjson')), api, seeded);
    const xlsx = await cli(['participation', 'export', '--format', 'xlsx', '--out', out('all.xlsx')]);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    expectEqualToApi(await xlsxRows(out('all.xlsx')), api, seeded);
    expect(JSON.parse(readFileSync(`${out('all.xlsx')}.manifest.json`, 'utf8')).sha256).toBe(
      sha256(out('all.xlsx')),
    );
    expect((await cli(['participation', 'export', '--bom', '--out', out('bom.csv')])).code).toBe(0);
    expect([...readFileSync(out('bom.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('filters by outlet code, district and program code', async () => {
    const api = await listAll(hub);
    const outletId = seeded.outlets['SH-PD-0001'];
    const outletRun = await cli([
      'participation',
      'export',
      '--outlet',
      'SH-PD-0001',
      '--format',
      'ndjson',
      '--out',
      '-',
    ]);
    expect(outletRun.code, outletRun.stderr).toBe(0);
    const outletRows = outletRun.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as ExportRow);
    expect(outletRows.map((r) => r.participation_id)).toEqual(
      api.filter((p) => p.outletId === outletId).map((p) => p.id),
    );
    const district = await cli([
      'participation',
      'export',
      '--district',
      '徐汇区',
      '--program',
      'P-WALK',
      '--out',
      out('xh.csv'),
    ]);
    expect(district.code, district.stderr).toBe(0);
    const rows = csvRows(out('xh.csv'));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => `${r.outlet_code} ${r.program_code}`))).toEqual(
      new Set(['SH-XH-0001 P-WALK']),
    );
    const unknown = await cli(['participation', 'export', '--outlet', 'NOPE', '--out', out('nope.csv')]);
    expect(unknown.code).toBe(5);
    expect(existsSync(out('nope.csv'))).toBe(false);
  });

  it('a --since-watermark the server never issued is a usage error, with nothing on stdout', async () => {
    const run = await cli(['participation', 'export', '--since-watermark', 'garbage']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--since-watermark is not a watermark this server issued');
  });

  it('chained --since-watermark exports carry every new or changed record exactly once', async () => {
    const first = await cli([
      'participation',
      'export',
      '--format',
      'ndjson',
      '--out',
      out('w1.ndjson'),
      '--json',
    ]);
    expect(first.code, first.stderr).toBe(0);
    const w1 = JSON.parse(first.stdout).result.watermark as string;
    const before = new Set(ndjsonRows(out('w1.ndjson')).map((r) => r.participation_id));

    // New check-ins (members not yet in these sessions) and one changed record.
    const session = seeded.sessions[0] as Seeded['sessions'][number];
    const fresh = seeded.members.filter((_, mi) => mi % 2 === 1).slice(0, 4);
    const added = await hub.participation.batchUpsert(
      fresh.map((m) => ({
        sessionId: session.id,
        memberId: m.id,
        checkedInAt: '2026-09-05T07:59:00+08:00',
        source: 'qr' as const,
      })),
    );
    const addedIds = added.results.map((r) => r.id as string);
    const changed = (await listAll(hub)).find(
      (p) => !addedIds.includes(p.id) && p.externalId,
    ) as Participation;
    await hub.participation.batchUpsert([
      {
        externalId: changed.externalId as string,
        sessionId: changed.sessionId,
        memberId: changed.memberId,
        durationMinutes: 77,
      },
    ]);

    const second = await cli([
      'participation',
      'export',
      '--format',
      'ndjson',
      '--out',
      out('w2.ndjson'),
      '--since-watermark',
      w1,
      '--json',
    ]);
    expect(second.code, second.stderr).toBe(0);
    const w2 = JSON.parse(second.stdout).result.watermark as string;
    const delta = ndjsonRows(out('w2.ndjson'));
    const deltaIds = delta.map((r) => r.participation_id as string);
    expect(new Set(deltaIds).size).toBe(deltaIds.length);
    expect(new Set(deltaIds)).toEqual(new Set([...addedIds, changed.id]));
    for (const id of addedIds) expect(before.has(id)).toBe(false);
    expect(delta.find((r) => r.participation_id === changed.id)?.duration_minutes).toBe(77);

    const third = await cli([
      'participation',
      'export',
      '--format',
      'ndjson',
      '--out',
      out('w3.ndjson'),
      '--since-watermark',
      w2,
      '--json',
    ]);
    expect(third.code, third.stderr).toBe(0);
    expect(JSON.parse(third.stdout).result.rows).toBe(0);
    // Nothing missed: the first export plus the delta is everything there is now.
    expect(new Set([...before, ...deltaIds])).toEqual(new Set((await listAll(hub)).map((p) => p.id)));
  });

  it('a partner export carries pseudonyms only and omits members without consent', async () => {
    const file = out('partner.csv');
    const run = await cli(['participation', 'export', '--for-partner', seeded.partnerCode, '--out', file]);
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('mem_');
    for (const m of seeded.members) expect(text).not.toContain(m.phone);
    const rows = csvRows(file);
    for (const row of rows) {
      for (const m of seeded.members) expect(Object.values(row)).not.toContain(String(m.birthYear));
    }
    const consented = new Set(seeded.members.filter((m) => m.consented).map((m) => m.id));
    const api = await listAll(hub);
    const expected = api.filter((p) => consented.has(p.memberId));
    expect(rows.map((r) => r.participation_id)).toEqual(expected.map((p) => p.id));
    expect(new Set(rows.map((r) => r.member_ref)).size).toBe(new Set(expected.map((p) => p.memberId)).size);
  });

  it('records and imports check-ins by external ids; rejects go to a file (65 / 68 / 0)', async () => {
    const session = seeded.sessions.at(-1) as Seeded['sessions'][number];
    const [m0, m1, m2] = seeded.members.filter((_, mi) => (mi + seeded.sessions.length - 1) % 2 === 1);
    const rec = await cli([
      'participation',
      'record',
      '--session-external-id',
      session.externalId,
      '--member-external-id',
      (m0 as Seeded['members'][number]).externalId,
      '--checked-in-at',
      '2026-09-19T07:40:00+08:00',
      '--duration',
      '45',
      '--json',
    ]);
    expect(rec.code, rec.stderr).toBe(0);
    expect(JSON.parse(rec.stdout).result).toMatchObject({ sessionId: session.id, durationMinutes: 45 });

    const csv = [
      'external_id,session_external_id,member_external_id,checked_in_at,duration_minutes,source',
      `IMP-1,${session.externalId},${m1?.externalId},2026-09-19T07:41:00+08:00,50,import`,
      `IMP-2,${session.externalId},${m2?.externalId},2026-09-19T07:42:00+08:00,,staff`,
      `IMP-3,${session.externalId},NO-SUCH-MEMBER,2026-09-19T07:43:00+08:00,20,import`,
    ].join('\r\n');
    const file = out('checkins.csv');
    await writeFile(file, `${csv}\r\n`);
    const strict = await cli(['participation', 'import', file, '--json']);
    expect(strict.code).toBe(65);
    expect((await hub.participation.list({ externalId: 'IMP-1' }).page()).data).toEqual([]);

    const rejects = out('rejects.csv');
    const partial = await cli([
      'participation',
      'import',
      file,
      '--max-errors',
      '1',
      '--rejects',
      rejects,
      '--json',
    ]);
    expect(partial.code, partial.stderr).toBe(68);
    expect(JSON.parse(partial.stdout).result.summary).toMatchObject({ rows: 3, created: 2, rejected: 1 });
    const rejected = parseCsv(readFileSync(rejects, 'utf8'));
    expect(rejected[0]?.slice(-2)).toEqual(['error_code', 'error_message']);
    expect(rejected).toHaveLength(2);
    expect(rejected[1]?.[0]).toBe('IMP-3');
    expect(rejected[1]?.at(-2)).toBe('unknown_member');

    const again = await cli(['participation', 'import', file, '--max-errors', '1', '--json']);
    expect(JSON.parse(again.stdout).result.summary).toMatchObject({ created: 0, unchanged: 2, rejected: 1 });
  });
});

describe('an interrupted export leaves no file under the target name', () => {
  let server: RunningServer;
  let dir: string;

  beforeAll(async () => {
    server = await startServer();
    const hub = new SportHub({ baseUrl: server.baseUrl, token: server.token });
    dir = await mkdtemp(path.join(tmpdir(), 'sporthub-export-kill-'));
    const outlet = await hub.outlets.create({ code: 'SH-PD-0009', name: 'Big outlet' });
    const program = await hub.programs.create({
      code: 'P-BIG',
      title: 'Big',
      kind: 'class',
      category: 'walking',
      ageGroups: ['adult'],
      intensity: 'light',
    });
    const sessions = await hub.sessions.batchUpsert(
      Array.from({ length: 60 }, (_, i) => ({
        externalId: `BIG-${i}`,
        outletId: outlet.id,
        programId: program.id,
        startsAt: `2026-08-${String(1 + (i % 28)).padStart(2, '0')}T0${i % 10}:00:00+08:00`,
        endsAt: `2026-08-${String(1 + (i % 28)).padStart(2, '0')}T0${i % 10}:45:00+08:00`,
        capacity: 2000,
      })),
    );
    const members = await hub.members.batchUpsert(
      Array.from({ length: 1000 }, (_, i) => ({
        externalId: `BIG-M-${i}`,
        displayName: `m${i}`,
        birthYear: 1950 + (i % 60),
      })),
    );
    const memberIds = members.results.map((r) => r.id as string);
    for (const s of sessions.results) {
      await hub.participation.batchUpsert(
        memberIds.map((memberId) => ({ sessionId: s.id as string, memberId, source: 'qr' as const })),
      );
    }
    await hub.close();
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  for (const signal of ['SIGKILL', 'SIGINT'] as const) {
    it(`${signal} mid-stream of a 60,000-row export`, async () => {
      const file = path.join(dir, `killed-${signal}.csv`);
      const child = spawnCli(server, ['participation', 'export', '--out', file], dir);
      const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      const temp = () =>
        readdirSync(dir).find((f) => f.startsWith(`.killed-${signal}.csv.`) && f.endsWith('.tmp'));
      // Wait until the temp file has data: the export is mid-stream.
      for (let i = 0; i < 600; i++) {
        const name = temp();
        if (name && statSync(path.join(dir, name)).size > 64 * 1024) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      expect(temp(), 'the export should be mid-stream').toBeDefined();
      child.kill(signal);
      const code = await exited;
      expect(existsSync(file)).toBe(false);
      expect(existsSync(`${file}.manifest.json`)).toBe(false);
      if (signal === 'SIGINT') {
        expect(code).toBe(130);
        expect(temp()).toBeUndefined(); // removed on the way out
      }
      // The same export, left alone, completes.
      const done = await runCli(server, ['participation', 'export', '--out', file, '--quiet'], dir);
      expect(done.code, done.stderr).toBe(0);
      expect(csvRows(file)).toHaveLength(60_000);
    });
  }
});
