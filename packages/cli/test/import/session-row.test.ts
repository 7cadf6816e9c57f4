import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvHeader, csvLine, exportRow } from '../../src/import/export-rows.js';
import { openScheduleSource, type SourceRecord } from '../../src/import/readers/index.js';
import { resolveSession } from '../../src/import/session-row.js';
import { exportRefs, session } from '../export/schedule-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'sporthub-session-row-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

/** The records of a CSV file with these lines, read by the real reader. */
async function records(lines: string[]): Promise<SourceRecord[]> {
  const file = join(dir, `rows-${files++}.csv`);
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  const all: SourceRecord[] = [];
  for await (const record of openScheduleSource(file)) all.push(record);
  return all;
}

async function resolveOne(lines: string[]) {
  const [record] = await records(lines);
  if (!record) throw new Error('no record');
  return resolveSession(record, exportRefs());
}

const HEADER = 'external_id,outlet_code,program_code,date,start_time,end_time,starts_at,ends_at,capacity';

describe('both forms of the time in one row (date/start_time/end_time and starts_at/ends_at)', () => {
  const cases: Array<[string, { given: string; want: { column: string; code: string } | null }]> = [
    [
      'agreeing (the export as written)',
      {
        given:
          'A,SH-PD-0001,P-TAICHI,2027-03-01,07:30,08:30,2027-03-01T07:30:00+08:00,2027-03-01T08:30:00+08:00,20',
        want: null,
      },
    ],
    [
      'agreeing, in other forms (UTC instants, 2027/3/1, 7:30)',
      {
        given: 'A,SH-PD-0001,P-TAICHI,2027/3/1,7:30,8:30:00,2027-02-28T23:30:00Z,2027-03-01T00:30:00Z,20',
        want: null,
      },
    ],
    [
      'agreeing across midnight (end_time is the next day’s)',
      {
        given:
          'A,SH-PD-0001,P-TAICHI,2027-03-01,23:30,00:30,2027-03-01T23:30:00+08:00,2027-03-02T00:30:00+08:00,20',
        want: null,
      },
    ],
    [
      'only the instants filled',
      {
        given: 'A,SH-PD-0001,P-TAICHI,,,,2027-03-01T07:30:00+08:00,2027-03-01T08:30:00+08:00,20',
        want: null,
      },
    ],
    [
      'start_time edited in a spreadsheet',
      {
        given:
          'A,SH-PD-0001,P-TAICHI,2027-03-01,08:00,08:30,2027-03-01T07:30:00+08:00,2027-03-01T08:30:00+08:00,20',
        want: { column: 'start_time', code: 'conflicting_times' },
      },
    ],
    [
      'date edited',
      {
        given:
          'A,SH-PD-0001,P-TAICHI,2027-03-02,07:30,08:30,2027-03-01T07:30:00+08:00,2027-03-01T08:30:00+08:00,20',
        want: { column: 'date', code: 'conflicting_times' },
      },
    ],
    [
      'end_time edited',
      {
        given:
          'A,SH-PD-0001,P-TAICHI,2027-03-01,07:30,09:00,2027-03-01T07:30:00+08:00,2027-03-01T08:30:00+08:00,20',
        want: { column: 'end_time', code: 'conflicting_times' },
      },
    ],
    [
      'the UTC reading of the instant is not the local one',
      {
        given: 'A,SH-PD-0001,P-TAICHI,2027-02-28,23:30,00:30,2027-02-28T23:30:00Z,2027-03-01T00:30:00Z,20',
        want: { column: 'date', code: 'conflicting_times' },
      },
    ],
    [
      'a row of a CSV exported before 2026-11-29 (UTC local columns, .000Z instants), untouched',
      {
        given:
          'A,SH-PD-0001,P-TAICHI,2027-02-28,23:30,00:30,2027-02-28T23:30:00.000Z,2027-03-01T00:30:00.000Z,20',
        want: null,
      },
    ],
    [
      'a row of such an older export whose readable start time was edited',
      {
        given:
          'A,SH-PD-0001,P-TAICHI,2027-02-28,23:45,00:30,2027-02-28T23:30:00.000Z,2027-03-01T00:30:00.000Z,20',
        want: { column: 'date', code: 'conflicting_times' },
      },
    ],
    [
      'a local cell that is not a time',
      {
        given:
          'A,SH-PD-0001,P-TAICHI,2027-03-01,7h30,08:30,2027-03-01T07:30:00+08:00,2027-03-01T08:30:00+08:00,20',
        want: { column: 'start_time', code: 'invalid_time' },
      },
    ],
    [
      'London after the DST switch: 09:00 BST is 08:00Z',
      {
        given: 'L,LN-CAM-0001,P-TAICHI,2027-03-29,09:00,10:00,2027-03-29T08:00:00Z,2027-03-29T09:00:00Z,20',
        want: null,
      },
    ],
    [
      'London, the hour the autumn switch repeats: the second 01:30 (GMT) agrees too',
      {
        given: 'L,LN-CAM-0001,P-TAICHI,2027-10-31,01:30,02:00,2027-10-31T01:30:00Z,2027-10-31T02:00:00Z,20',
        want: null,
      },
    ],
    [
      'London after the DST switch read as GMT',
      {
        given: 'L,LN-CAM-0001,P-TAICHI,2027-03-29,08:00,09:00,2027-03-29T08:00:00Z,2027-03-29T09:00:00Z,20',
        want: { column: 'start_time', code: 'conflicting_times' },
      },
    ],
  ];
  it.each(cases)('%s', async (_name, { given, want }) => {
    const result = await resolveOne([HEADER, given]);
    if (want === null) {
      expect('ok' in result ? [] : result.errors).toEqual([]);
    } else {
      expect('errors' in result).toBe(true);
      const errors = 'errors' in result ? result.errors : [];
      expect(errors.map((e) => ({ column: e.column, code: e.code }))).toEqual([want]);
    }
  });

  it('names the column as the file wrote it, the instant and the outlet time it stands for', async () => {
    const result = await resolveOne([
      '编号,网点编号,课程编号,日期,开始时间,结束时间,starts_at,ends_at,名额',
      'A,SH-PD-0001,P-TAICHI,2027-03-01,08:00,08:30,2027-03-01T07:30:00+08:00,2027-03-01T08:30:00+08:00,20',
    ]);
    expect(result).toEqual({
      errors: [
        {
          column: '开始时间',
          code: 'conflicting_times',
          message:
            '开始时间 "08:00" disagrees with starts_at "2027-03-01T07:30:00+08:00" (07:30 in Asia/Shanghai): make them agree, or empty starts_at and ends_at to use the local times',
        },
      ],
    });
  });
});

describe('series_key', () => {
  it('a row’s series_key becomes the session’s seriesKey; an empty cell or no column means none', async () => {
    const [inSeries, oneOff] = await records([
      'external_id,outlet_code,program_code,date,start_time,end_time,capacity,series_key',
      'A,SH-PD-0001,P-TAICHI,2027-03-01,07:30,08:30,20, pd-taichi@example ',
      'B,SH-PD-0001,P-TAICHI,2027-03-01,09:30,10:30,20,',
    ]);
    const refs = exportRefs();
    expect(resolveSession(inSeries as SourceRecord, refs)).toMatchObject({
      ok: { session: { externalId: 'A', seriesKey: 'pd-taichi@example' } },
    });
    const none = resolveSession(oneOff as SourceRecord, refs);
    expect('ok' in none && 'seriesKey' in none.ok.session).toBe(false);
    const [noColumn] = await records([
      'external_id,outlet_code,program_code,date,start_time,end_time,capacity',
      'C,SH-PD-0001,P-TAICHI,2027-03-01,07:30,08:30,20',
    ]);
    const plain = resolveSession(noColumn as SourceRecord, refs);
    expect('ok' in plain && 'seriesKey' in plain.ok.session).toBe(false);
  });

  it('an exported row reads back as the same session, series included', async () => {
    const refs = exportRefs();
    const exported = [
      session({
        startsAt: '2027-02-28T23:30:00.000Z',
        endsAt: '2027-03-01T00:30:00.000Z',
        coachId: 'stf_C42',
        zoneId: 'zon_EXP',
        waitlistCapacity: 5,
        title: '太极, "晨练"',
        seriesKey: 'pd-taichi-mornings@sporthub.example',
      }),
      session({
        externalId: 'LN-1',
        outletId: 'out_LN',
        startsAt: '2027-03-28T00:30:00.000Z',
        endsAt: '2027-03-28T02:00:00.000Z',
        status: 'cancelled',
      }),
    ];
    const text = [csvHeader(), ...exported.map((s) => csvLine(exportRow(s, refs)))].join('');
    const read = await records(text.trimEnd().split('\r\n'));
    const sessions = read.map((r) => {
      const result = resolveSession(r, refs);
      if (!('ok' in result)) throw new Error(JSON.stringify(result.errors));
      return result.ok.session;
    });
    expect(sessions).toEqual([
      {
        externalId: 'PD-TAICHI-20270301-0730',
        outletId: 'out_SH',
        programId: 'prg_TAICHI',
        startsAt: '2027-03-01T07:30:00+08:00',
        endsAt: '2027-03-01T08:30:00+08:00',
        capacity: 20,
        zoneId: 'zon_EXP',
        coachId: 'stf_C42',
        title: '太极, "晨练"',
        waitlistCapacity: 5,
        status: 'scheduled',
        seriesKey: 'pd-taichi-mornings@sporthub.example',
      },
      {
        externalId: 'LN-1',
        outletId: 'out_LN',
        programId: 'prg_TAICHI',
        startsAt: '2027-03-28T00:30:00Z',
        endsAt: '2027-03-28T03:00:00+01:00',
        capacity: 20,
        waitlistCapacity: 0,
        status: 'cancelled',
      },
    ]);
  });
});
