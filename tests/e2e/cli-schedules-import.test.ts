/**
 * `sporthub schedules import|validate|export` and `jobs` as an operator runs them (SPEC §5, §6.2): the
 * built CLI as a child process against a real server provisioned over HTTP with examples/data/network.yaml.
 * Needs `pnpm --filter @sporthub/cli build` and the server build.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type RunningServer, startServer } from '../support/server.js';

const CLI_BIN = fileURLToPath(new URL('../../packages/cli/bin/run.js', import.meta.url));
const CLI_DIST = fileURLToPath(
  new URL('../../packages/cli/dist/commands/schedules/import.js', import.meta.url),
);
const DATA = fileURLToPath(new URL('../../examples/data/', import.meta.url));
const SAMPLES = path.join(DATA, 'schedules');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Session {
  externalId: string;
  startsAt: string;
  endsAt: string;
  status: string;
  capacity: number;
  title: string | null;
  coachId: string | null;
  zoneId: string | null;
  seriesKey: string | null;
}

let server: RunningServer;
let dir: string;

function sporthub(args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SPORTHUB_CONFIG_DIR: path.join(dir, 'config'),
    SPORTHUB_API_URL: server.baseUrl,
    SPORTHUB_TOKEN: server.token,
    CI: 'true',
  };
  delete env.SPORTHUB_PROFILE;
  return new Promise((resolve, reject) => {
    const progress =
      args[0] === 'schedules' && args[1] !== 'export' && !args.includes('--progress')
        ? ['--progress', 'none']
        : [];
    const child = spawn(process.execPath, [CLI_BIN, ...args, ...progress], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function importJson(args: string[]): Promise<{
  code: number | null;
  summary: Record<string, number>;
  run: Run;
  result: Record<string, unknown> | null;
}> {
  const run = await sporthub(['schedules', 'import', ...args, '--json']);
  const doc = JSON.parse(run.stdout);
  return { code: run.code, summary: doc.result?.summary, run, result: doc.result };
}

async function api(method: string, route: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${server.baseUrl}${route}`, {
    method,
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${route} → ${res.status} ${await res.text()}`);
  return res.json();
}

async function sessions(query = ''): Promise<Session[]> {
  const all: Session[] = [];
  let cursor: string | null = null;
  do {
    const page = (await api('GET', `/v1/sessions?limit=500${query}${cursor ? `&cursor=${cursor}` : ''}`)) as {
      data: Session[];
      nextCursor: string | null;
    };
    all.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

const byId = async (externalId: string) =>
  (await sessions(`&externalId=${encodeURIComponent(externalId)}`))[0];

/** Outlets (with zones), programs and staff of network.yaml, through the batch routes. */
async function provision(): Promise<void> {
  const network = parse(readFileSync(path.join(DATA, 'network.yaml'), 'utf8'));
  const outlets = network.outlets.map(({ partners: _p, ...o }: Record<string, unknown>) => o);
  const outletIds = new Map<string, string>();
  const answer = (await api('POST', '/v1/outlets:batchUpsert', { items: outlets })) as {
    results: Array<{ id: string }>;
  };
  outlets.forEach((o: { code: string }, i: number) => {
    outletIds.set(o.code, answer.results[i]?.id ?? '');
  });
  await api('POST', '/v1/programs:batchUpsert', { items: network.programs });
  const staff = network.staff.map(({ outlets: codes, ...s }: { outlets: string[] }) => ({
    ...s,
    outletIds: codes.map((c) => outletIds.get(c)),
  }));
  await api('POST', '/v1/staff:batchUpsert', { items: staff });
}

beforeAll(async () => {
  if (!existsSync(CLI_DIST))
    throw new Error('The CLI is not built: run `pnpm --filter @sporthub/cli build` first.');
  server = await startServer();
  dir = await mkdtemp(path.join(tmpdir(), 'sporthub-e2e-schedules-'));
  await provision();
});

afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('schedules import of the sample files', () => {
  it.each([
    ['UTF-8 CSV', 'march-2027.csv', 8],
    ['GB18030 CSV with Chinese headers', 'march-2027-gb18030.csv', 4],
    ['XLSX with a title row', 'april-2027.xlsx', 3],
    ['iCalendar weekly rule with an EXDATE', 'taichi-mornings.ics', 11],
  ])('%s: creates every session, then a second import is all unchanged', async (_name, file, rows) => {
    const first = await importJson([path.join(SAMPLES, file)]);
    expect(first.code, first.run.stderr).toBe(0);
    expect(first.summary).toMatchObject({ rows, created: rows, updated: 0, unchanged: 0, rejected: 0 });
    const second = await importJson([path.join(SAMPLES, file)]);
    expect(second.code).toBe(0);
    expect(second.summary).toMatchObject({ rows, created: 0, updated: 0, unchanged: rows, rejected: 0 });
  });

  it('interprets local times in the outlet time zone (Asia/Shanghai, +08:00)', async () => {
    const csv = await byId('PD-TAICHI-20270303-0730'); // 2027/3/3, 07:30–08:30, coach by name 王教练
    expect(Date.parse(csv?.startsAt ?? '')).toBe(Date.parse('2027-03-03T07:30:00+08:00'));
    expect(Date.parse(csv?.endsAt ?? '')).toBe(Date.parse('2027-03-03T08:30:00+08:00'));
    expect(csv?.coachId).toMatch(/^stf_/);
    const gb = await byId('JA-CHECK-20270305-1400'); // 状态 已取消
    expect(gb).toMatchObject({ status: 'cancelled', title: '体质健康检测（下午场）' });
    expect(Date.parse(gb?.startsAt ?? '')).toBe(Date.parse('2027-03-05T14:00:00+08:00'));
    const xlsx = await byId('YP-BBALL-20270410-1400');
    expect(Date.parse(xlsx?.startsAt ?? '')).toBe(Date.parse('2027-04-10T14:00:00+08:00'));
    const series = await sessions(`&seriesKey=${encodeURIComponent('pd-taichi-mornings@sporthub.example')}`);
    expect(series).toHaveLength(11);
    expect(Date.parse(series[0]?.startsAt ?? '')).toBe(Date.parse('2027-04-05T07:30:00+08:00'));
  });

  it('re-importing the calendar with a new EXDATE cancels that occurrence', async () => {
    const original = readFileSync(path.join(SAMPLES, 'taichi-mornings.ics'), 'utf8');
    const changed = original.replace(
      'EXDATE;TZID=Asia/Shanghai:20270416T073000',
      'EXDATE;TZID=Asia/Shanghai:20270416T073000,20270419T073000',
    );
    const file = path.join(dir, 'taichi-exdate.ics');
    await writeFile(file, changed);
    const sync = await importJson([file]);
    expect(sync.code).toBe(0);
    expect(sync.summary).toMatchObject({ rows: 10, unchanged: 10, cancelled: 1 });
    const series = await sessions(`&seriesKey=${encodeURIComponent('pd-taichi-mornings@sporthub.example')}`);
    const cancelled = series.filter((s) => s.status === 'cancelled');
    expect(cancelled).toHaveLength(1);
    expect(Date.parse(cancelled[0]?.startsAt ?? '')).toBe(Date.parse('2027-04-19T07:30:00+08:00'));
  });
});

describe('validation, --max-errors and rejects', () => {
  const header = '编号,网点编号,课程编号,日期,开始时间,结束时间,名额,教练,区域,备注';
  const rows = [
    'R-1,SH-PD-0001,P-YOGA,2027-05-01,9:00,10:00,10,C-0043,EXP,ok',
    'R-2,SH-PD-0001,P-YOGA,2027-05-01,9:30,10:30,10,C-0043,TRN,coach overlap',
    'R-3,SH-PD-0001,P-YOGA,2027-05-01,10:00,11:00,10,C-0043,EXP,back to back is fine',
    'R-4,SH-XX-9999,P-YOGA,2027-05-02,9:00,10:00,10,,,unknown outlet',
    'R-5,SH-PD-0001,P-YOGA,2027-02-30,9:00,10:00,10,,,not a date',
    'R-6,SH-PD-0001,P-YOGA,2027-05-03,9:00,10:00,10,,,ok',
  ];
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, 'with-errors.csv');
    await writeFile(file, `${[header, ...rows].join('\r\n')}\r\n`);
  });

  it('more rejected rows than --max-errors: exit 65, nothing written, rejects file names line and code', async () => {
    const rejects = path.join(dir, 'rejects-65.csv');
    const run = await importJson([file, '--max-errors', '2', '--rejects', rejects]);
    expect(run.code).toBe(65);
    expect(await sessions('&outletId=')).not.toContainEqual(expect.objectContaining({ externalId: 'R-1' }));
    expect(await byId('R-1')).toBeUndefined();
    const text = readFileSync(rejects, 'utf8');
    expect(
      text.startsWith(
        '\uFEFF编号,网点编号,课程编号,日期,开始时间,结束时间,名额,教练,区域,备注,error_code,error_message',
      ),
    ).toBe(true);
    expect(text).toContain('coach_overlap');
    expect(text).toContain('with-errors.csv:3 教练');
    expect(text).toContain('unknown_outlet');
    expect(text).toContain('invalid_date');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(4);
    // The envelope of an exit 65 still carries the summary and each refused row's problems.
    const shown = run.result?.rejects as Array<{ line: number; column: string; code: string }>;
    expect(run.summary.rejected).toBe(3);
    expect(shown.map((r) => r.code).sort()).toEqual(['coach_overlap', 'invalid_date', 'unknown_outlet']);
    expect(shown).toContainEqual(expect.objectContaining({ line: 3, column: '教练', code: 'coach_overlap' }));
    // Resuming that job says it was refused and exits as the import did.
    const resumed = await sporthub(['jobs', 'resume', String(run.result?.jobId)]);
    expect(resumed.code).toBe(65);
    expect(resumed.stderr).toContain('was refused before writing');
    // A resume keeps the job's flags: giving one again (an ignored --dry-run would write) is refused.
    const jobId = String(run.result?.jobId);
    for (const args of [
      ['jobs', 'resume', jobId, '--dry-run'],
      ['schedules', 'import', '--resume', jobId, '--max-errors=10'],
      ['schedules', 'import', '--resume', jobId, '--batch-size', '10', '--dry-run'],
    ]) {
      const refusedFlags = await sporthub(args);
      expect(refusedFlags.code, args.join(' ')).toBe(2);
      expect(refusedFlags.stderr).toMatch(/--(dry-run|max-errors).* cannot be given when resuming/);
    }
    expect(await byId('R-1')).toBeUndefined();
  });

  it('--dry-run and validate write nothing, and say which rows they refuse and why', async () => {
    const dry = await sporthub(['schedules', 'import', file, '--dry-run', '--max-errors', '50%']);
    expect(dry.code).toBe(68);
    expect(dry.stderr).toContain('Checked only (dry run): nothing was written.');
    const validate = await sporthub(['schedules', 'validate', file]);
    expect(validate.code).toBe(65);
    expect(await byId('R-1')).toBeUndefined();
    // No --rejects and no job: the problems are on stderr, file:line column: message [code].
    for (const run of [dry, validate]) {
      expect(run.stderr).toMatch(/with-errors\.csv:3 教练: .+ \[coach_overlap\]/);
      expect(run.stderr).toMatch(/with-errors\.csv:\d+ 网点编号: .+ \[unknown_outlet\]/);
      expect(run.stderr).toMatch(/with-errors\.csv:\d+ 日期: .+ \[invalid_date\]/);
    }
  });

  it('with --progress ndjson every line on stderr is an event: progress, rejected rows, notes', async () => {
    const run = await sporthub(['schedules', 'validate', file, '--progress', 'ndjson', '--max-errors', '3']);
    expect(run.code).toBe(68);
    const events = run.stderr
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; line?: number; code?: string });
    // validate is a dry run: its note that nothing was written is an event too.
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(['progress', 'rejected', 'note']));
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'rejected', line: 3, code: 'coach_overlap' }),
    );
  });

  it('with --progress ndjson, rejected rows past the first 20 are counted in a note event', async () => {
    const many = path.join(dir, 'many-bad.csv');
    const rows = Array.from({ length: 25 }, (_, i) => `M-${i},SH-NOPE,P-WALK,2027-08-01,9:00,10:00,5,,,x`);
    await writeFile(many, `${header}\n${rows.join('\n')}\n`);
    const run = await sporthub([
      'schedules',
      'validate',
      many,
      '--progress',
      'ndjson',
      '--max-errors',
      '100%',
    ]);
    const events = run.stderr
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; message?: string });
    expect(events.filter((e) => e.type === 'rejected')).toHaveLength(20);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'note', message: expect.stringMatching(/^5 more rejected rows/) }),
    );
  });

  it('--concurrency 16 with one-row batches writes each row once, without a listener-leak warning', async () => {
    const many = path.join(dir, 'many-small-batches.csv');
    const lines = Array.from(
      { length: 40 },
      (_, i) =>
        `M-${i},SH-PD-0001,P-WALK,2027-08-${String(1 + (i % 28)).padStart(2, '0')},${8 + Math.floor(i / 28)}:00,${9 + Math.floor(i / 28)}:00,10,,,x`,
    );
    await writeFile(many, `${[header, ...lines].join('\n')}\n`);
    const run = await importJson([many, '--batch-size', '1', '--concurrency', '16']);
    expect(run.code, run.run.stderr).toBe(0);
    expect(run.summary).toMatchObject({ rows: 40, created: 40 });
    expect(run.run.stderr).not.toContain('MaxListenersExceededWarning');
  });

  it('within --max-errors: exit 68, the valid rows written; the fixed rejects file imports with exit 0', async () => {
    const rejects = path.join(dir, 'rejects-68.csv');
    const run = await importJson([file, '--max-errors', '3', '--rejects', rejects]);
    expect(run.code).toBe(68);
    expect(run.summary).toMatchObject({ rows: 6, created: 3, rejected: 3 });
    expect(await byId('R-1')).toBeDefined();
    const fixed = readFileSync(rejects, 'utf8')
      .replace(',9:30,10:30,10,C-0043,TRN', ',11:00,12:00,10,C-0043,TRN')
      .replace('SH-XX-9999', 'SH-PD-0001')
      .replace('2027-02-30', '2027-03-30');
    const fixedFile = path.join(dir, 'rejects-fixed.csv');
    await writeFile(fixedFile, fixed);
    const again = await importJson([fixedFile]);
    expect(again.code, again.run.stderr).toBe(0);
    expect(again.summary).toMatchObject({ rows: 3, created: 3, rejected: 0 });
  });

  it('the job remembers every rejects file: one per set of columns', async () => {
    const english = path.join(dir, 'english-bad.csv');
    await writeFile(
      english,
      'external_id,outlet_code,program_code,date,start_time,end_time,capacity\nE-1,SH-PD-0001,P-NOPE,2027-05-09,9:00,10:00,5\n',
    );
    const rejects = path.join(dir, 'two-headers.csv');
    const run = await importJson([file, english, '--max-errors', '4', '--rejects', rejects]);
    expect(run.code).toBe(68);
    const siblings = [rejects, path.join(dir, 'two-headers.2.csv')];
    expect(run.result?.rejectsFiles).toEqual(siblings);
    const results = await sporthub(['jobs', 'results', String(run.result?.jobId), '-o', 'json']);
    expect(JSON.parse(results.stdout)).toMatchObject({ rejects: siblings.join(', ') });
    const status = await sporthub(['jobs', 'status', String(run.result?.jobId), '--json']);
    expect(JSON.parse(status.stdout).result.rejectsFiles).toEqual(siblings);
  });

  it('a capacity below the bookings a session holds is rejected before writing, with its line', async () => {
    const csv = (capacity: number, title: string) =>
      `${header}\nK-1,SH-PD-0001,P-WALK,2027-07-01,9:00,10:00,${capacity},,,x\nK-2,SH-PD-0001,P-WALK,2027-07-02,9:00,10:00,5,,,x\n`.replace(
        /,x\n/g,
        `,${title}\n`,
      );
    const first = path.join(dir, 'booked-1.csv');
    await writeFile(first, csv(5, 'a'));
    expect((await importJson([first])).summary).toMatchObject({ created: 2 });
    const member = (await api('POST', '/v1/members', { displayName: 'Booker' })) as { id: string };
    const held = await byId('K-1');
    await api('POST', '/v1/bookings', {
      sessionId: (held as unknown as { id: string }).id,
      memberId: member.id,
    });

    const lowered = path.join(dir, 'booked-2.csv');
    await writeFile(lowered, csv(0, 'b'));
    const rejects = path.join(dir, 'rejects-booked.csv');
    const refused = await importJson([lowered, '--rejects', rejects]);
    expect(refused.code).toBe(65);
    expect(readFileSync(rejects, 'utf8')).toMatch(/^K-1,.*,capacity_below_bookings,/m);
    const partial = await importJson([lowered, '--max-errors', '1']);
    expect(partial.code).toBe(68);
    expect(partial.summary).toMatchObject({ rows: 2, rejected: 1 });
    expect(await byId('K-1')).toMatchObject({ capacity: 5 });
    expect(await byId('K-2')).toMatchObject({ capacity: 5 });
    // The booked session's row is read again and compared: a capacity still above its one booking passes.
    const raised = path.join(dir, 'booked-3.csv');
    await writeFile(raised, csv(1, 'c'));
    const kept = await importJson([raised]);
    expect(kept.code, kept.run.stderr).toBe(0);
    expect(kept.summary).toMatchObject({ rows: 2, rejected: 0 });
    expect(await byId('K-1')).toMatchObject({ capacity: 1 });
    // A row that moves the booked session (another day, before or after the file's other rows) is
    // still compared with the session's bookings before anything is written.
    for (const [moved, date] of [
      ['booked-4.csv', '2027-06-20'],
      ['booked-5.csv', '2027-08-20'],
    ] as const) {
      const file = path.join(dir, moved);
      await writeFile(file, csv(0, 'd').replace('2027-07-01', date));
      const refusedMove = await importJson([file]);
      expect(refusedMove.code, refusedMove.run.stderr).toBe(65);
      expect(refusedMove.result?.rejects).toEqual([
        expect.objectContaining({ line: 2, code: 'capacity_below_bookings' }),
      ]);
      const kept1 = await byId('K-1');
      expect(kept1).toMatchObject({ capacity: 1 });
      expect(Date.parse(kept1?.startsAt ?? '')).toBe(Date.parse('2027-07-01T09:00:00+08:00'));
    }
  });

  it('a missing file exits 65 naming it; a job that failed before writing fails again the same way on resume', async () => {
    const missing = await sporthub(['schedules', 'import', path.join(dir, 'no-such.csv')]);
    expect(missing.code).toBe(65);
    expect(missing.stderr).toContain('no-such.csv does not exist [file_unreadable]');
    const binary = path.join(dir, 'binary.csv');
    await writeFile(binary, Buffer.from([0, 1, 2, 3, 0, 255, 0]));
    const refused = await sporthub(['schedules', 'import', binary]);
    expect(refused.code).toBe(65);
    // The resume checks the file again: still not a schedule, still nothing written.
    const resumed = await sporthub(['jobs', 'resume', '--last']);
    expect(resumed.code).toBe(65);
    const error = (run: { stderr: string }) => run.stderr.split('\n').find((l) => l.startsWith('Error:'));
    expect(error(resumed)).toBe(error(refused));
    expect(error(resumed)).toContain('binary.csv:1: ');
  });

  it('a zone capacity above the zone is a warning, not a rejection', async () => {
    const over = path.join(dir, 'over.csv');
    await writeFile(over, `${header}\nW-1,SH-PD-0001,P-WALK,2027-06-01,9:00,10:00,99,,HC,big\n`);
    const run = await importJson([over]);
    expect(run.code).toBe(0);
    expect(run.summary).toMatchObject({ created: 1, warnings: 1 });
    expect(JSON.parse(run.run.stdout).warnings[0]).toContain('zone_capacity_exceeded');
  });
});

describe('codes in another case', () => {
  it('outlet, program, zone and coach codes typed in lower case name the record they can only mean', async () => {
    const file = path.join(dir, 'lower-case.csv');
    await writeFile(
      file,
      'external_id,outlet_code,program_code,date,start_time,end_time,capacity,coach,zone\n' +
        'LC-1,sh-pd-0001,p-walk,2027-07-01,9:00,10:00,5,c-0042,trn\n' +
        'LC-2,SH-PD-0001,P-WALK,2027-07-01,9:00,10:00,5,,nope\n',
    );
    const run = await importJson([file, '--max-errors', '1']);
    expect(run.code, run.run.stderr).toBe(68);
    expect(run.summary).toMatchObject({ created: 1, rejected: 1 });
    const stored = await byId('LC-1');
    expect(stored?.coachId).toMatch(/^stf_/);
    expect(stored?.zoneId).toMatch(/^zon_/);
    expect(JSON.parse(run.run.stdout).result.rejects[0]).toMatchObject({ code: 'unknown_zone', line: 3 });
  });
});

describe('help', () => {
  it('-h is --help, for the import and its jobs', async () => {
    for (const args of [
      ['schedules', 'import', '-h'],
      ['schedules', 'validate', '-h'],
      ['jobs', 'resume', '-h'],
    ]) {
      const run = await sporthub(args);
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.stdout).toContain('USAGE');
    }
    // validate hides the flags that only matter when writing; resume takes a job, not files.
    expect((await sporthub(['schedules', 'validate', '--help'])).stdout).not.toContain('--batch-size');
    expect((await sporthub(['jobs', 'resume', '--help'])).stdout).toMatch(/jobs resume \[JOB\]/);
  });
});

describe('export and jobs', () => {
  it('schedules export CSV is re-importable (all unchanged)', async () => {
    const out = path.join(dir, 'export.csv');
    const run = await sporthub(['schedules', 'export', '--outlet', 'SH-XH-0002', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.split('\r\n')[0]).toBe(
      'external_id,outlet_code,program_code,title,date,start_time,end_time,starts_at,ends_at,capacity,waitlist,coach,zone,status,series_key',
    );
    const again = await importJson([out]);
    expect(again.code, again.run.stderr).toBe(0);
    expect(again.summary.unchanged).toBe(again.summary.rows);
    expect(again.summary.rows).toBeGreaterThan(0);
  });

  it('schedules export ICS has one VEVENT per session with X-SPORTHUB properties', async () => {
    const run = await sporthub(['schedules', 'export', '--format', 'ics', '--outlet', 'SH-JA-0003']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('BEGIN:VCALENDAR');
    expect(run.stdout).toContain('UID:JA-CHECK-20270303-0900');
    expect(run.stdout).toContain('X-SPORTHUB-OUTLET:SH-JA-0003');
  });

  it('schedules export ICS is re-importable: every session unchanged, none duplicated or cancelled', async () => {
    // An external id with the characters iCalendar TEXT escapes, and a completed session (RFC 5545 has
    // no such STATUS): both must come back as they were.
    const odd = path.join(dir, 'odd-ids.csv');
    await writeFile(
      odd,
      'external_id,outlet_code,program_code,date,start_time,end_time,capacity,status\n' +
        '"R1,A;B\\C",SH-MH-0004,P-WALK,2027-07-01,9:00,10:00,5,\n' +
        'COMP-1,SH-MH-0004,P-WALK,2027-07-02,9:00,10:00,5,completed\n',
    );
    expect((await importJson([odd])).summary).toMatchObject({ created: 2 });
    const before = await sessions();
    expect(before.map((s) => s.externalId)).toContain('R1,A;B\\C');
    const out = path.join(dir, 'export.ics');
    const run = await sporthub(['schedules', 'export', '--format', 'ics', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('X-SPORTHUB-EXTERNAL-ID:R1\\,A\\;B\\\\C\r\n');
    expect(readFileSync(out, 'utf8')).toContain('X-SPORTHUB-STATUS:completed\r\n');
    // The export holds occurrences of the tai chi series (X-SPORTHUB-SERIES) beside single sessions.
    expect(before.some((s) => s.seriesKey)).toBe(true);
    const again = await importJson([out]);
    expect(again.code, again.run.stderr).toBe(0);
    expect(again.summary).toMatchObject({ rows: before.length, unchanged: before.length, cancelled: 0 });
    const after = await sessions();
    expect(after).toHaveLength(before.length);
    expect(after.map((s) => [s.externalId, s.seriesKey, s.status])).toEqual(
      before.map((s) => [s.externalId, s.seriesKey, s.status]),
    );
  });

  it('jobs list, status and results show the journal', async () => {
    const list = await sporthub(['jobs', 'list', '--json']);
    expect(list.code).toBe(0);
    const jobs = JSON.parse(list.stdout).result as Array<{ id: string; status: string }>;
    expect(jobs.length).toBeGreaterThan(3);
    const status = await sporthub(['jobs', 'status', jobs[0]?.id ?? '']);
    expect(status.code).toBe(0);
    const results = await sporthub(['jobs', 'results', '--json']);
    expect(JSON.parse(results.stdout).result.summary).toBeDefined();
    // -o json prints the whole record: the job, its status and its rejects file beside the counts.
    const record = await sporthub(['jobs', 'results', jobs[0]?.id ?? '', '-o', 'json']);
    expect(record.code).toBe(0);
    expect(JSON.parse(record.stdout)).toMatchObject({
      job: jobs[0]?.id,
      status: jobs[0]?.status,
      rows: expect.any(Number),
      rejected: expect.any(Number),
      rejects: expect.any(String),
    });
  });

  it('an unknown job, or a path given as one, is job_not_found (exit 5); bad flag values exit 2', async () => {
    for (const id of ['20990101-000000-0000', '../../etc']) {
      const status = await sporthub(['jobs', 'status', id, '--json']);
      expect(status.code).toBe(5);
      expect(JSON.parse(status.stdout).error.code).toBe('job_not_found');
    }
    await writeFile(
      path.join(dir, 'until.csv'),
      'external_id,outlet_code,program_code,date,start_time,end_time,capacity\n',
    );
    const until = await sporthub([
      'schedules',
      'validate',
      path.join(dir, 'until.csv'),
      '--until',
      '2027-13-01',
      '--json',
    ]);
    expect(until.code).toBe(2);
    expect(JSON.parse(until.stdout).error.code).toBe('invalid_option');
    const both = await sporthub(['jobs', 'resume', '20990101-000000-0000', '--last']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('not both');
  });
});
