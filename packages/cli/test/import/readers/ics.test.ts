import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { openScheduleSource, type SourceRecord } from '../../../src/import/readers/index.js';
import { failure, fixture, readAll, tempDir } from './helpers.js';

const write = tempDir();
const occurrence = (r: SourceRecord) => [
  r.line,
  r.input.externalId,
  r.input.startsAt,
  r.input.endsAt,
  r.input.status,
];
const flags = { outlet: 'SH-PD-0001', program: 'P-FLAG', capacity: 10, until: '2027-02-01' };

async function bySeries(file: string, options = flags): Promise<Record<string, unknown[][]>> {
  const result: Record<string, unknown[][]> = {};
  for (const r of await readAll(file, options)) {
    const key = r.seriesKey ?? '(none)';
    result[key] ??= [];
    result[key].push(
      r.errors.length > 0 ? [r.line, ...r.errors.map((e) => `${e.column}:${e.code}`)] : occurrence(r),
    );
  }
  return result;
}

describe('iCalendar expansion', () => {
  test('weekly RRULE with COUNT, TZID without VTIMEZONE (IANA name)', async () => {
    expect(await bySeries(fixture('weekly.ics'))).toEqual({
      'taichi-weekly': [
        [
          4,
          'taichi-weekly@20270105T003000Z',
          '2027-01-05T08:30:00+08:00',
          '2027-01-05T09:30:00+08:00',
          'scheduled',
        ],
        [
          4,
          'taichi-weekly@20270112T003000Z',
          '2027-01-12T08:30:00+08:00',
          '2027-01-12T09:30:00+08:00',
          'scheduled',
        ],
        [
          4,
          'taichi-weekly@20270119T003000Z',
          '2027-01-19T08:30:00+08:00',
          '2027-01-19T09:30:00+08:00',
          'scheduled',
        ],
        [
          4,
          'taichi-weekly@20270126T003000Z',
          '2027-01-26T08:30:00+08:00',
          '2027-01-26T09:30:00+08:00',
          'scheduled',
        ],
      ],
    });
  });

  test('UNTIL (inclusive, in UTC), BYDAY+INTERVAL, EXDATE (local and UTC), RDATE, DURATION', async () => {
    expect(await bySeries(fixture('rules.ics'))).toEqual({
      'daily-until': [5, 6, 7, 8].map((d) => [
        4,
        `daily-until@202701${String(d).padStart(2, '0')}T003000Z`,
        `2027-01-${String(d).padStart(2, '0')}T08:30:00+08:00`,
        `2027-01-${String(d).padStart(2, '0')}T10:00:00+08:00`,
        'scheduled',
      ]),
      'byday-interval': ['01-05', '01-07', '01-19', '01-21', '02-02', '02-04'].map((md) => [
        12,
        `byday-interval@2027${md.replace('-', '')}T110000Z`,
        `2027-${md}T19:00:00+08:00`,
        `2027-${md}T20:00:00+08:00`,
        'scheduled',
      ]),
      'ex-r-dates': [
        [
          20,
          'ex-r-dates@20270105T003000Z',
          '2027-01-05T08:30:00+08:00',
          '2027-01-05T09:30:00+08:00',
          'scheduled',
        ],
        [
          20,
          'ex-r-dates@20270126T003000Z',
          '2027-01-26T08:30:00+08:00',
          '2027-01-26T09:30:00+08:00',
          'scheduled',
        ],
        [
          20,
          'ex-r-dates@20270130T020000Z',
          '2027-01-30T10:00:00+08:00',
          '2027-01-30T11:00:00+08:00',
          'scheduled',
        ],
      ],
    });
  });

  test('a RECURRENCE-ID override moves its occurrence under the original key; another cancels one', async () => {
    const records = await readAll(fixture('moved.ics'));
    expect(records.map(occurrence)).toEqual([
      [
        4,
        'yoga-series@20270105T003000Z',
        '2027-01-05T08:30:00+08:00',
        '2027-01-05T09:30:00+08:00',
        'scheduled',
      ],
      [
        15,
        'yoga-series@20270112T003000Z',
        '2027-01-13T10:00:00+08:00',
        '2027-01-13T11:00:00+08:00',
        'scheduled',
      ],
      [
        24,
        'yoga-series@20270119T003000Z',
        '2027-01-19T08:30:00+08:00',
        '2027-01-19T09:30:00+08:00',
        'cancelled',
      ],
    ]);
    // The override's own SUMMARY; the master's X-SPORTHUB-* where the override has none.
    expect(records[1]?.row).toMatchObject({
      title: 'Yoga (moved to Wednesday)',
      programCode: 'P-YOGA',
      capacity: 15,
    });
  });

  test('STATUS:CANCELLED on the master cancels every occurrence', async () => {
    const text = readFileSync(fixture('weekly.ics'), 'utf8').replace(
      'SUMMARY:',
      'STATUS:CANCELLED\nSUMMARY:',
    );
    const records = await readAll(write('cancelled-master.ics', text));
    expect(records.map((r) => r.row?.status)).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled']);
  });

  test.each([
    ['a VTIMEZONE in the file', 'ny-vtimezone'],
    ['an IANA TZID without VTIMEZONE (and UNTIL in UTC)', 'ny-iana'],
  ])('America/New_York across the DST change, from %s', async (_, uid) => {
    const series = (await bySeries(fixture('new-york.ics')))[uid];
    expect(series?.map((o) => [o[1], o[2], o[3]])).toEqual([
      [`${uid}@20270306T140000Z`, '2027-03-06T09:00:00-05:00', '2027-03-06T10:00:00-05:00'],
      [`${uid}@20270313T140000Z`, '2027-03-13T09:00:00-05:00', '2027-03-13T10:00:00-05:00'],
      [`${uid}@20270320T130000Z`, '2027-03-20T09:00:00-04:00', '2027-03-20T10:00:00-04:00'],
    ]);
  });

  test('X-SPORTHUB-* properties win over flags; flags fill what is missing', async () => {
    const [fromProps] = await readAll(fixture('weekly.ics'), {
      ...flags,
      outlet: 'OTHER',
      program: 'P-OTHER',
      capacity: 99,
    });
    expect(fromProps?.row).toMatchObject({
      outletCode: 'SH-PD-0001',
      programCode: 'P-TAICHI',
      capacity: 20,
      coach: 'C-0042',
      zone: 'EXP',
      title: '太极拳晨练',
    });
    const [fromFlags] = await readAll(fixture('rules.ics'), flags);
    expect(fromFlags?.row).toMatchObject({ outletCode: 'SH-PD-0001', programCode: 'P-FLAG', capacity: 10 });
    const [missing] = await readAll(fixture('rules.ics'), { until: '2027-02-01' });
    expect(missing?.errors.map((e) => `${e.column}:${e.code}`)).toEqual([
      'X-SPORTHUB-OUTLET:required',
      'X-SPORTHUB-PROGRAM:required',
      'X-SPORTHUB-CAPACITY:required',
    ]);
  });

  test('an unbounded rule stops at --until (inclusive); odd events are reported, not thrown', async () => {
    expect(await bySeries(fixture('odd.ics'), { ...flags, until: '2027-01-26' })).toEqual({
      '(none)': [[41, 'VEVENT:invalid_event']],
      'open-ended': ['0105', '0112', '0119', '0126'].map((md) => [
        4,
        `open-ended@2027${md}T003000Z`,
        `2027-${md.slice(0, 2)}-${md.slice(2)}T08:30:00+08:00`,
        `2027-${md.slice(0, 2)}-${md.slice(2)}T09:30:00+08:00`,
        'scheduled',
      ]),
      'all-day': [[15, 'DTSTART:all_day_event']], // the DTSTART line, not the BEGIN:VEVENT
      // Floating times are the outlet's (Asia/Shanghai by default); a UTC time is shown in it too.
      floating: [
        [
          19,
          'floating@20270105T003000Z',
          '2027-01-05T08:30:00+08:00',
          '2027-01-05T09:30:00+08:00',
          'scheduled',
        ],
      ],
      'in-utc': [
        [
          27,
          'in-utc@20270105T003000Z',
          '2027-01-05T08:30:00+08:00',
          '2027-01-05T09:30:00+08:00',
          'scheduled',
        ],
      ],
      'bad-zone': [[37, 'TZID:unknown_timezone']],
      'no-end': [[47, 'DTEND:required']],
    });
  });

  test('floating times follow the outlet time zone option', async () => {
    const records = await readAll(fixture('odd.ics'), { ...flags, timezone: 'Europe/Berlin' });
    expect(records.find((r) => r.seriesKey === 'floating')?.row).toMatchObject({
      startsAt: '2027-01-05T08:30:00+01:00',
      externalId: 'floating@20270105T073000Z',
    });
  });

  test('the default until is today + 180 days in the outlet zone', async () => {
    const records = await readAll(fixture('odd.ics'), {
      ...flags,
      until: undefined,
      now: new Date('2026-12-31T20:00:00Z'),
    });
    // 2027-01-01 in Shanghai + 180 days = 2027-06-30: weekly Tuesdays from Jan 5 to Jun 29.
    const open = records.filter((r) => r.seriesKey === 'open-ended');
    expect(open).toHaveLength(26);
    expect(open.at(-1)?.row).toMatchObject({ startsAt: '2027-06-29T08:30:00+08:00' });
  });

  test('each series reports the externalIds it produced, for the importer to cancel the rest', async () => {
    const source = openScheduleSource(fixture('odd.ics'), flags);
    for await (const _ of source) {
      // drain
    }
    expect(source.format).toBe('ics');
    expect(source.series.get('open-ended')).toEqual({
      seriesKey: 'open-ended',
      externalIds: new Set(['0105', '0112', '0119', '0126'].map((md) => `open-ended@2027${md}T003000Z`)),
      complete: true,
      expandedUntil: '2027-02-02T00:00:00+08:00',
      file: fixture('odd.ics'),
      line: 9,
    });
    expect(source.series.get('all-day')?.complete).toBe(false);
    const moved = openScheduleSource(fixture('moved.ics'));
    for await (const _ of moved) {
      // drain
    }
    expect(moved.series.get('yoga-series')).toEqual({
      seriesKey: 'yoga-series',
      externalIds: new Set(['0105', '0112', '0119'].map((md) => `yoga-series@2027${md}T003000Z`)),
      complete: true,
      file: fixture('moved.ics'),
      line: 9,
    });
  });

  test('a new EXDATE drops the occurrence from its series (re-import sync)', async () => {
    const text = readFileSync(fixture('weekly.ics'), 'utf8').replace(
      'RRULE:',
      'EXDATE;TZID=Asia/Shanghai:20270119T083000\nRRULE:',
    );
    const source = openScheduleSource(write('weekly-exdate.ics', text), flags);
    for await (const _ of source) {
      // drain
    }
    expect(source.series.get('taichi-weekly')?.externalIds).toEqual(
      new Set(['0105', '0112', '0126'].map((md) => `taichi-weekly@2027${md}T003000Z`)),
    );
  });

  test('an override without its master in the file stands alone and marks the series incomplete', async () => {
    const text = readFileSync(fixture('moved.ics'), 'utf8').replace(
      /BEGIN:VEVENT\nUID:yoga-series\nDTSTAMP:20261201T000000Z\nDTSTART[\s\S]*?END:VEVENT\n/,
      '',
    );
    const source = openScheduleSource(write('orphan.ics', text), flags);
    const records: SourceRecord[] = [];
    for await (const r of source) records.push(r);
    expect(records.map((r) => [r.input.externalId, r.input.startsAt])).toEqual([
      ['yoga-series@20270112T003000Z', '2027-01-13T10:00:00+08:00'],
      ['yoga-series@20270119T003000Z', '2027-01-19T08:30:00+08:00'],
    ]);
    expect(source.series.get('yoga-series')?.complete).toBe(false);
  });

  test('folded lines, CRLF, a UTF-8 BOM and escaped text', async () => {
    const text = readFileSync(fixture('weekly.ics'), 'utf8')
      .replace('SUMMARY:太极拳晨练', 'SUMMARY:Tai chi\\, morning\\; 太极\n 拳晨练')
      .replace(/\n/g, '\r\n');
    const records = await readAll(
      write('folded.ics', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])),
    );
    expect(records[0]?.row?.title).toBe('Tai chi, morning; 太极拳晨练');
    expect(records[0]?.line).toBe(4);
  });

  test('a UTF-16LE calendar with BOM is detected and decoded', async () => {
    const text = readFileSync(fixture('weekly.ics'), 'utf8');
    const file = write(
      'utf16.ics.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]),
    );
    expect(await readAll(file)).toHaveLength(4);
  });
});

describe('iCalendar file errors', () => {
  test.each([
    ['not iCalendar at all', 'external_id,outlet_code\n', 'invalid_ics'],
    [
      'broken content line',
      'BEGIN:VCALENDAR\nVERSION:2.0\nthis is not a property\nEND:VCALENDAR\n',
      'invalid_ics',
    ],
    ['unbalanced components', 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nEND:VCALENDAR\n', 'invalid_ics'],
    ['a VCARD', 'BEGIN:VCARD\nVERSION:4.0\nFN:Wang\nEND:VCARD\n', 'invalid_ics'],
    ['empty', '\n\n', 'empty_file'],
  ])('%s', async (name, text, code) => {
    expect(await failure(write(`${name.replace(/\W+/g, '-')}.ics`, text), { format: 'ics' })).toMatchObject({
      name: 'ScheduleFileError',
      code,
    });
  });

  test('a malformed --until', async () => {
    expect(await failure(fixture('weekly.ics'), { until: '2027-02-30' })).toMatchObject({
      code: 'invalid_option',
    });
  });
});
