/**
 * `sporthub schedules export` as an operator runs it (SPEC §5, §6.2): the built CLI as a child process
 * against a real server provisioned with examples/data/network.yaml (`apply`), plus an outlet in
 * Europe/London. Local dates and times in each outlet's zone, the export → re-import round trip (all
 * unchanged, iCalendar series kept so the calendar sync still cancels), both forms of a time in one row,
 * `--json` / `-o`, impossible dates, a closed stdout pipe, a missing --out directory.
 * Needs `pnpm --filter @sporthub/cli build` and the server build.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Session, SportHub } from '@sporthub/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertCliBuilt, type CliRun, runCli, sporthub } from '../support/cli.js';
import { type RunningServer, startServer } from '../support/server.js';

const DATA = fileURLToPath(new URL('../../examples/data/', import.meta.url));
const SAMPLES = path.join(DATA, 'schedules');
const SERIES = 'pd-taichi-mornings@sporthub.example';
const HEADER =
  'external_id,outlet_code,program_code,title,date,start_time,end_time,starts_at,ends_at,capacity,waitlist,coach,zone,status,series_key';

let server: RunningServer;
let hub: SportHub;
let dir: string;

const target = () => ({ apiUrl: server.baseUrl, token: server.token, configDir: path.join(dir, 'config') });
const cli = (args: string[]) => runCli(args, target());
const file = (name: string) => path.join(dir, name);

/** `schedules import … --json`: the exit code and the summary. */
async function importFile(name: string): Promise<{ run: CliRun; summary: Record<string, number> }> {
  const run = await cli(['schedules', 'import', name, '--progress', 'none', '--json']);
  return { run, summary: JSON.parse(run.stdout).result?.summary };
}

/** The CSV lines of an export (header first), CRLF-split. */
const lines = (text: string) => text.split('\r\n').filter(Boolean);
const lineOf = (text: string, externalId: string) => lines(text).find((l) => l.startsWith(`${externalId},`));

async function sessions(params: Parameters<SportHub['sessions']['list']>[0] = {}): Promise<Session[]> {
  const all: Session[] = [];
  for await (const s of hub.sessions.list({ limit: 500, ...params })) all.push(s);
  return all;
}

beforeAll(async () => {
  assertCliBuilt();
  server = await startServer();
  hub = new SportHub({ baseUrl: server.baseUrl, token: server.token });
  dir = await mkdtemp(path.join(tmpdir(), 'sporthub-e2e-schedules-export-'));
  const applied = await cli(['apply', '-f', path.join(DATA, 'network.yaml')]);
  expect(applied.code, applied.stderr).toBe(0);
  await hub.outlets.create({ code: 'LN-CAM-0001', name: 'Camden pop-up', timezone: 'Europe/London' });
  for (const sample of ['march-2027.csv', 'taichi-mornings.ics']) {
    const { run } = await importFile(path.join(SAMPLES, sample));
    expect(run.code, run.stderr).toBe(0);
  }
});

afterAll(async () => {
  await hub?.close();
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('dates and times in the outlet time zone', () => {
  it('a 07:30–08:30 Shanghai session is written 2027-03-01,07:30,08:30 (not the UTC 23:30 the day before)', async () => {
    const run = await cli(['schedules', 'export', '--from', '2027-03-01', '--to', '2027-03-02']);
    expect(run.code, run.stderr).toBe(0);
    expect(lines(run.stdout)[0]).toBe(HEADER);
    expect(lineOf(run.stdout, 'PD-TAICHI-20270301-0730')).toBe(
      'PD-TAICHI-20270301-0730,SH-PD-0001,P-TAICHI,,2027-03-01,07:30,08:30,2027-03-01T07:30:00+08:00,2027-03-01T08:30:00+08:00,20,5,C-0042,EXP,scheduled,',
    );
    // Every row of the window is on its date, none from the day before.
    const rows = lines(run.stdout).slice(1);
    expect(rows).toHaveLength(3);
    expect(rows.filter((l) => !/,2027-03-01,\d\d:\d\d,/.test(l))).toEqual([]);
  });

  it('Europe/London across the DST switch: 09:00 on both sides; --from/--to are each outlet’s own dates', async () => {
    const csv = file('london.csv');
    await writeFile(
      csv,
      [
        'external_id,outlet_code,program_code,date,start_time,end_time,capacity',
        'LN-0327-0900,LN-CAM-0001,P-TAICHI,2027-03-27,09:00,10:00,12', // GMT: 09:00Z
        'LN-0328-2330,LN-CAM-0001,P-TAICHI,2027-03-28,23:00,23:30,12', // BST: 22:00Z, 06:00 on the 29th in Shanghai
        'LN-0329-0900,LN-CAM-0001,P-TAICHI,2027-03-29,09:00,10:00,12', // BST: 08:00Z
        'LN-0329-2000,LN-CAM-0001,P-TAICHI,2027-03-29,20:00,21:00,12', // BST: 19:00Z, the 30th in Shanghai
        '',
      ].join('\r\n'),
    );
    const { run, summary } = await importFile(csv);
    expect(run.code, run.stderr).toBe(0);
    expect(summary).toMatchObject({ created: 4 });

    const outlet = await cli(['schedules', 'export', '--outlet', 'LN-CAM-0001']);
    expect(outlet.code, outlet.stderr).toBe(0);
    expect(lineOf(outlet.stdout, 'LN-0327-0900')).toContain(
      ',2027-03-27,09:00,10:00,2027-03-27T09:00:00Z,2027-03-27T10:00:00Z,',
    );
    expect(lineOf(outlet.stdout, 'LN-0329-0900')).toContain(
      ',2027-03-29,09:00,10:00,2027-03-29T09:00:00+01:00,2027-03-29T10:00:00+01:00,',
    );

    // No --outlet: outlets in several zones, each session filtered on its own outlet's date.
    const day = await cli(['schedules', 'export', '--from', '2027-03-29', '--to', '2027-03-30']);
    expect(day.code, day.stderr).toBe(0);
    const ids = lines(day.stdout)
      .slice(1)
      .map((l) => l.split(',')[0]);
    expect(ids).toContain('LN-0329-0900');
    expect(ids).toContain('LN-0329-2000');
    expect(ids).not.toContain('LN-0328-2330');
    expect(
      lines(day.stdout)
        .slice(1)
        .filter((l) => !/,2027-03-29,\d\d:\d\d,/.test(l)),
    ).toEqual([]);
  });
});

describe('export → re-import', () => {
  it('is all unchanged, keeps each session in its calendar series, and the calendar sync still cancels', async () => {
    const before = await sessions({
      outletId: (await hub.outlets.list({ code: 'SH-PD-0001' }).page()).data[0]?.id,
    });
    expect(before.filter((s) => s.seriesKey === SERIES)).toHaveLength(11);
    const out = file('pd.csv');
    const exported = await cli(['schedules', 'export', '--outlet', 'SH-PD-0001', '--out', out]);
    expect(exported.code, exported.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(lines(text)).toHaveLength(before.length + 1);
    expect(text).toContain(`,scheduled,${SERIES}\r\n`);

    const again = await importFile(out);
    expect(again.run.code, again.run.stderr).toBe(0);
    expect(again.summary).toMatchObject({ rows: before.length, unchanged: before.length, updated: 0 });
    expect((await sessions({ seriesKey: SERIES })).map((s) => s.externalId).sort()).toEqual(
      before
        .filter((s) => s.seriesKey === SERIES)
        .map((s) => s.externalId)
        .sort(),
    );

    // §6.2: a new EXDATE in the calendar cancels that occurrence, CSV round trip or not.
    const ics = readFileSync(path.join(SAMPLES, 'taichi-mornings.ics'), 'utf8').replace(
      'EXDATE;TZID=Asia/Shanghai:20270416T073000',
      'EXDATE;TZID=Asia/Shanghai:20270416T073000,20270419T073000',
    );
    await writeFile(file('exdate.ics'), ics);
    const sync = await importFile(file('exdate.ics'));
    expect(sync.run.code, sync.run.stderr).toBe(0);
    expect(sync.summary).toMatchObject({ rows: 10, unchanged: 10, cancelled: 1 });
    const cancelled = (await sessions({ seriesKey: SERIES })).filter((s) => s.status === 'cancelled');
    expect(cancelled.map((s) => Date.parse(s.startsAt))).toEqual([Date.parse('2027-04-19T07:30:00+08:00')]);
  });

  it('a session created through the API without an external id is exported with an empty one, never re-imported as a copy', async () => {
    const outlet = (await hub.outlets.list({ code: 'SH-JA-0003' }).page()).data[0];
    const program = (await hub.programs.list({ code: 'P-CHECK' }).page()).data[0];
    await hub.sessions.create({
      outletId: outlet?.id ?? '',
      programId: program?.id ?? '',
      startsAt: '2037-05-01T09:00:00+08:00',
      endsAt: '2037-05-01T10:00:00+08:00',
      capacity: 5,
    });
    const window = ['--outlet', 'SH-JA-0003', '--from', '2037-05-01', '--to', '2037-05-02'];
    for (const format of ['csv', 'ics']) {
      const out = file(`unkeyed.${format}`);
      const exported = await cli(['schedules', 'export', ...window, '--format', format, '--out', out]);
      expect(exported.code, exported.stderr).toBe(0);
      expect(exported.stderr).toContain('1 session(s) have no external_id');
      const text = readFileSync(out, 'utf8');
      if (format === 'csv') expect(lines(text)[1]).toMatch(/^,SH-JA-0003,P-CHECK,/);
      else expect(text).toContain('X-SPORTHUB-EXTERNAL-ID:\r\n');
      const again = await importFile(out);
      expect(again.run.code).toBe(65);
      expect(JSON.parse(again.run.stdout).result.rejects[0]).toMatchObject({ code: 'required' });
    }
    expect(await sessions({ outletId: outlet?.id, from: '2037-05-01T00:00:00+08:00' })).toHaveLength(1);
  });

  it('a file without the series_key column takes the sessions out of their series (documented)', async () => {
    const exported = await cli([
      'schedules',
      'export',
      '--outlet',
      'SH-PD-0001',
      '--from',
      '2027-04-21',
      '--to',
      '2027-04-22',
    ]);
    expect(exported.code, exported.stderr).toBe(0);
    const rows = lines(exported.stdout);
    expect(rows).toHaveLength(2);
    const withoutColumn = rows.map((l) => l.split(',').slice(0, -1).join(',')).join('\r\n');
    await writeFile(file('no-series.csv'), `${withoutColumn}\r\n`);
    const run = await importFile(file('no-series.csv'));
    expect(run.summary).toMatchObject({ rows: 1, updated: 1 });
    const [session] = await sessions({ externalId: rows[1]?.split(',')[0] });
    expect(session?.seriesKey).toBeNull();
    // The exported file as it was puts it back.
    await writeFile(file('with-series.csv'), `${rows.join('\r\n')}\r\n`);
    expect((await importFile(file('with-series.csv'))).summary).toMatchObject({ updated: 1 });
    expect((await sessions({ externalId: rows[1]?.split(',')[0] }))[0]?.seriesKey).toBe(SERIES);
  });

  it('an edit to the readable columns only is rejected (conflicting_times); the rejects file re-imports', async () => {
    const exported = await cli([
      'schedules',
      'export',
      '--outlet',
      'SH-PD-0001',
      '--from',
      '2027-03-01',
      '--to',
      '2027-03-02',
    ]);
    const edited = exported.stdout.replace(
      'PD-YOGA-20270301-0900,SH-PD-0001,P-YOGA,"舒缓瑜伽, 初级班",2027-03-01,09:00,10:00,',
      'PD-YOGA-20270301-0900,SH-PD-0001,P-YOGA,"舒缓瑜伽, 初级班",2027-03-01,09:15,10:00,',
    );
    expect(edited).not.toBe(exported.stdout);
    await writeFile(file('edited.csv'), edited);
    const rejects = file('edited-rejects.csv');
    const refused = await cli([
      'schedules',
      'import',
      file('edited.csv'),
      '--rejects',
      rejects,
      '--progress',
      'none',
    ]);
    expect(refused.code).toBe(65);
    expect(refused.stderr).toContain(
      'edited.csv:3 start_time: start_time "09:15" disagrees with starts_at "2027-03-01T09:00:00+08:00" (09:00 in Asia/Shanghai)',
    );
    expect(refused.stderr).toContain('[conflicting_times]');
    expect(readFileSync(rejects, 'utf8')).toContain(',conflicting_times,');
    // The fix the message names: empty starts_at and ends_at, and the local times are used.
    const fixed = readFileSync(rejects, 'utf8').replace(
      ',2027-03-01T09:00:00+08:00,2027-03-01T10:00:00+08:00,',
      ',,,',
    );
    await writeFile(file('fixed.csv'), fixed);
    const again = await importFile(file('fixed.csv'));
    expect(again.run.code, again.run.stderr).toBe(0);
    expect(again.summary).toMatchObject({ rows: 1, updated: 1 });
    const [yoga] = await sessions({ externalId: 'PD-YOGA-20270301-0900' });
    expect(Date.parse(yoga?.startsAt ?? '')).toBe(Date.parse('2027-03-01T09:15:00+08:00'));
  });
});

describe('--json and -o', () => {
  const window = ['--outlet', 'SH-PD-0001', '--from', '2027-03-01', '--to', '2027-03-02'];

  it('--json without --out prints one envelope whose result holds the sessions', async () => {
    const run = await cli(['schedules', 'export', ...window, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc).toMatchObject({
      ok: true,
      command: 'schedules export',
      warnings: [],
      result: { nextCursor: null },
    });
    expect(doc.meta).toMatchObject({ durationMs: expect.any(Number) });
    expect(doc.result.data).toContainEqual(
      expect.objectContaining({
        external_id: 'PD-TAICHI-20270301-0730',
        date: '2027-03-01',
        start_time: '07:30',
        capacity: 20,
        series_key: null,
      }),
    );
  });

  it('--json with --out describes the file written', async () => {
    const out = file('window.ics');
    const run = await cli(['schedules', 'export', ...window, '--format', 'ics', '--out', out, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const { result } = JSON.parse(run.stdout);
    expect(result).toEqual({ file: out, format: 'ics', rows: 3 });
    expect(readFileSync(out, 'utf8').match(/BEGIN:VEVENT/g)).toHaveLength(3);
  });

  it('-o json prints the rows as a JSON array, -o ndjson one per line', async () => {
    const json = await cli(['schedules', 'export', ...window, '-o', 'json']);
    expect(json.code, json.stderr).toBe(0);
    const rows = JSON.parse(json.stdout) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(3);
    const ndjson = await cli(['schedules', 'export', ...window, '-o', 'ndjson']);
    expect(
      ndjson.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(rows);
  });
});

describe('bad input and closed pipes', () => {
  it.each(['2027-13-01', '2027-02-30'])(
    '--from %s is a usage error (exit 2), nothing printed',
    async (date) => {
      const run = await cli(['schedules', 'export', '--from', date]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`--from "${date}" is not a date: use YYYY-MM-DD. [usage]`);
    },
  );

  it('--out in a missing directory exits 2 naming the directory, no temp file name', async () => {
    const run = await cli(['schedules', 'export', '--out', file('missing/dir/x.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`the directory ${file('missing/dir')} does not exist. [usage]`);
    expect(run.stderr).not.toMatch(/\.tmp/);
  });

  it('a reader that closes stdout early (| head -1) ends the export quietly with exit 0', async () => {
    const outletId = (await hub.outlets.list({ code: 'SH-XH-0002' }).page()).data[0]?.id as string;
    const programId = (await hub.programs.list({ code: 'P-WALK' }).page()).data[0]?.id as string;
    const many = Array.from({ length: 3000 }, (_, i) => ({
      externalId: `BULK-${String(i).padStart(5, '0')}`,
      outletId,
      programId,
      title: '社区健步走（大批量导出测试）',
      startsAt: new Date(Date.parse('2030-01-01T00:00:00Z') + i * 3_600_000).toISOString(),
      endsAt: new Date(Date.parse('2030-01-01T00:30:00Z') + i * 3_600_000).toISOString(),
      capacity: 30,
    }));
    expect((await hub.sessions.upsertMany(many)).summary.rejected).toBe(0);

    // Participation export streams through the same guard (export/write-export.ts).
    const member = await hub.members.create({ externalId: 'BULK-M', displayName: '批量会员' });
    const bulk = await sessions({ outletId });
    const checkIns = bulk.map((s) => ({
      externalId: `P-${s.externalId}`,
      sessionId: s.id,
      memberId: member.id,
      checkedInAt: s.startsAt,
      durationMinutes: 30,
      source: 'staff' as const,
    }));
    expect((await hub.participation.upsertMany(checkIns)).summary.rejected).toBe(0);

    for (const args of [
      ['schedules', 'export', '--outlet', 'SH-XH-0002'],
      ['schedules', 'export', '--outlet', 'SH-XH-0002', '-o', 'ndjson'],
      ['participation', 'export', '--outlet', 'SH-XH-0002', '--progress', 'none'],
    ]) {
      const child = sporthub(args, target());
      let first = '';
      child.child.stdout?.once('data', (chunk: string) => {
        first = chunk;
        child.child.stdout?.destroy();
      });
      const run = await child.done;
      expect(first.length, args.join(' ')).toBeGreaterThan(0);
      expect(run.stderr, args.join(' ')).toBe('');
      expect(run.code, args.join(' ')).toBe(0);
    }
  });
});
