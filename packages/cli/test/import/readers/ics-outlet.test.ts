import { describe, expect, test } from 'vitest';
import { type IcsReadOptions, readIcsRecords } from '../../../src/import/readers/ics.js';
import { ianaZone } from '../../../src/import/readers/ics-zone.js';
import type { OutletInfo, SourceRecord } from '../../../src/import/readers/index.js';
import { readAll, tempDir } from './helpers.js';

const write = tempDir();
const calendar = (events: string, header = '') =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//sporthub//outlet//EN\r\n${header}${events}END:VCALENDAR\r\n`;
const event = (uid: string, lines: string) =>
  `BEGIN:VEVENT\r\nUID:${uid}\r\n${lines.replace(/\n/g, '\r\n')}\r\nEND:VEVENT\r\n`;
const FLOATING = 'DTSTART:20270705T090000\nDTEND:20270705T100000';

const zones = (...codes: string[]) => new Map(codes.map((c) => [c, { id: `zon_${c}` }]));
/** The outlets of the reference data, as the import fetched them. */
const OUTLETS: ReadonlyMap<string, OutletInfo> = new Map([
  ['SH-PD-0001', { timezone: 'Asia/Shanghai', zones: zones('EXP', 'TRN', 'HC') }],
  ['UK-LDN-0001', { timezone: 'Europe/London', zones: zones('GYM') }],
]);

async function read(text: string, options: Partial<IcsReadOptions> = {}): Promise<SourceRecord[]> {
  const file = write(`c${Math.random().toString(36).slice(2)}.ics`, text);
  const records: SourceRecord[] = [];
  for await (const r of readIcsRecords(file, {
    outletZone: ianaZone('Asia/Shanghai'),
    horizon: () => Date.parse('2028-01-01T00:00:00Z'),
    series: new Map(),
    defaults: { outlet: 'SH-PD-0001', program: 'P-WALK', capacity: 5 },
    outlets: OUTLETS,
    ...options,
  })) {
    records.push(r);
  }
  return records;
}

const times = (r: SourceRecord) =>
  r.errors.length > 0
    ? r.errors.map((e) => `${e.column}:${e.code}`)
    : [r.input.externalId, r.input.startsAt, r.input.endsAt];

describe('floating times: X-WR-TIMEZONE, else the outlet’s time zone, else Asia/Shanghai', () => {
  test('X-WR-TIMEZONE is used for DTSTART, DTEND, UNTIL, EXDATE and RECURRENCE-ID alike', async () => {
    const text = calendar(
      event(
        'series',
        `${FLOATING}\nRRULE:FREQ=DAILY;UNTIL=20270708T090000\nEXDATE:20270706T090000\nX-SPORTHUB-OUTLET:SH-PD-0001`,
      ) + event('series', 'RECURRENCE-ID:20270707T090000\nDTSTART:20270707T140000\nDTEND:20270707T150000'),
      'X-WR-TIMEZONE:Europe/London\r\n',
    );
    // Read without any outlet data, as `schedules import` does today: the calendar's zone is enough.
    const records = await readAll(write('wr.ics', text), { program: 'P-WALK', capacity: 5 });
    expect(records.map(times)).toEqual([
      ['series@20270705T080000Z', '2027-07-05T09:00:00+01:00', '2027-07-05T10:00:00+01:00'],
      ['series@20270707T080000Z', '2027-07-07T14:00:00+01:00', '2027-07-07T15:00:00+01:00'],
      ['series@20270708T080000Z', '2027-07-08T09:00:00+01:00', '2027-07-08T10:00:00+01:00'],
    ]);
  });

  test('X-WR-TIMEZONE wins over the outlet’s zone; TZIDs and UTC times are not affected', async () => {
    const text = calendar(
      event('floating', FLOATING) +
        event('zoned', 'DTSTART;TZID=Asia/Tokyo:20270705T090000\nDURATION:PT1H') +
        event('utc', 'DTSTART:20270705T010000Z\nDURATION:PT1H'),
      'X-WR-TIMEZONE:America/New_York\r\n',
    );
    expect((await read(text)).map(times)).toEqual([
      ['floating@20270705T130000Z', '2027-07-05T09:00:00-04:00', '2027-07-05T10:00:00-04:00'],
      ['zoned@20270705T000000Z', '2027-07-05T09:00:00+09:00', '2027-07-05T10:00:00+09:00'],
      // UTC times are shown in the outlet's zone.
      ['utc@20270705T010000Z', '2027-07-05T09:00:00+08:00', '2027-07-05T10:00:00+08:00'],
    ]);
  });

  test('X-WR-TIMEZONE may name a VTIMEZONE of the file', async () => {
    const vtimezone =
      'BEGIN:VTIMEZONE\r\nTZID:Gulf Time\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0400\r\nTZOFFSETTO:+0400\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n';
    const text = calendar(event('gulf', FLOATING), `X-WR-TIMEZONE:Gulf Time\r\n${vtimezone}`);
    expect((await read(text)).map(times)).toEqual([
      ['gulf@20270705T050000Z', '2027-07-05T09:00:00+04:00', '2027-07-05T10:00:00+04:00'],
    ]);
  });

  test('an unknown X-WR-TIMEZONE rejects the floating events only, naming it', async () => {
    const text = calendar(
      event('floating', FLOATING) +
        event('zoned', 'DTSTART;TZID=Asia/Shanghai:20270705T090000\nDURATION:PT1H'),
      'X-WR-TIMEZONE:Mars/Olympus\r\n',
    );
    const records = await read(text);
    expect(records.map(times)).toEqual([
      ['X-WR-TIMEZONE:unknown_timezone'],
      ['zoned@20270705T010000Z', '2027-07-05T09:00:00+08:00', '2027-07-05T10:00:00+08:00'],
    ]);
    expect(records[0]?.errors[0]?.message).toBe(
      'X-WR-TIMEZONE "Mars/Olympus" is neither defined by a VTIMEZONE in the file nor an IANA time zone',
    );
    expect(records[0]?.line).toBe(4); // the X-WR-TIMEZONE line, not the event's BEGIN
  });

  test('without X-WR-TIMEZONE: the event’s outlet (X-SPORTHUB-OUTLET, else --outlet), else the fallback', async () => {
    const text = calendar(
      event('london', `${FLOATING}\nRRULE:FREQ=WEEKLY;UNTIL=20270712T090000\nX-SPORTHUB-OUTLET:UK-LDN-0001`) +
        event('flag', FLOATING) +
        event('unknown', `${FLOATING}\nX-SPORTHUB-OUTLET:XX-NONE`) +
        event('london-utc', 'DTSTART:20270705T080000Z\nDURATION:PT1H\nX-SPORTHUB-OUTLET:UK-LDN-0001'),
    );
    expect((await read(text, { outletZone: ianaZone('Asia/Tokyo') })).map(times)).toEqual([
      ['london@20270705T080000Z', '2027-07-05T09:00:00+01:00', '2027-07-05T10:00:00+01:00'],
      ['london@20270712T080000Z', '2027-07-12T09:00:00+01:00', '2027-07-12T10:00:00+01:00'],
      // The --outlet (defaults) is SH-PD-0001, in Asia/Shanghai.
      ['flag@20270705T010000Z', '2027-07-05T09:00:00+08:00', '2027-07-05T10:00:00+08:00'],
      // An outlet the import does not know: the fallback zone (the row is rejected later for its code).
      ['unknown@20270705T000000Z', '2027-07-05T09:00:00+09:00', '2027-07-05T10:00:00+09:00'],
      ['london-utc@20270705T080000Z', '2027-07-05T09:00:00+01:00', '2027-07-05T10:00:00+01:00'],
    ]);
  });
});

describe('LOCATION may name a zone of the outlet', () => {
  const located = (location: string, outlet = 'SH-PD-0001') =>
    event(location.replace(/\W+/g, '-'), `${FLOATING}\nLOCATION:${location}\nX-SPORTHUB-OUTLET:${outlet}`);

  test('matched in any case; no match imports without a zone, with a warning', async () => {
    const text = calendar(
      located('EXP') + located('trn') + located('gym', 'UK-LDN-0001') + located('Gym') + located('3F'),
    );
    const records = await read(text);
    // The warnings point at the LOCATION lines themselves, not the VEVENTs' BEGIN.
    const physical = text.split(/\r?\n/);
    for (const line of [29, 36]) expect(physical[line - 1]).toMatch(/^LOCATION:/);
    expect(records.map((r) => [r.row?.zone, r.errors, r.warnings])).toEqual([
      ['EXP', [], undefined],
      ['TRN', [], undefined],
      ['GYM', [], undefined],
      [
        undefined,
        [],
        [
          {
            column: 'LOCATION',
            code: 'unknown_location',
            message:
              'LOCATION "Gym" is not a zone of outlet SH-PD-0001: the session is imported without a zone',
            line: 29,
          },
        ],
      ],
      [
        undefined,
        [],
        [
          {
            column: 'LOCATION',
            code: 'unknown_location',
            message:
              'LOCATION "3F" is not a zone of outlet SH-PD-0001: the session is imported without a zone',
            line: 36,
          },
        ],
      ],
    ]);
  });

  test('a free-text LOCATION is not a zone either', async () => {
    const [record] = await read(calendar(located('浦东新区世纪大道211号 2楼')));
    expect(record?.row?.zone).toBeUndefined();
    expect(record?.errors).toEqual([]);
    expect(record?.warnings?.map((w) => w.code)).toEqual(['unknown_location']);
  });

  test('an outlet with two zones that differ only in case needs the exact code', async () => {
    const outlets = new Map([['X', { timezone: 'Asia/Shanghai', zones: zones('Gym', 'GYM') }]]);
    const records = await read(calendar(located('GYM', 'X') + located('gym', 'X')), { outlets });
    expect(records.map((r) => [r.row?.zone, r.warnings?.[0]?.message])).toEqual([
      ['GYM', undefined],
      [undefined, 'LOCATION "gym" is not a zone of outlet X: the session is imported without a zone'],
    ]);
  });

  test('without the outlets (the reader on its own) a code-like LOCATION is passed on as is', async () => {
    const records = await read(calendar(located('Gym') + located('Hall A')), { outlets: undefined });
    expect(records.map((r) => [r.row?.zone, r.warnings])).toEqual([
      ['Gym', undefined],
      [undefined, undefined],
    ]);
  });
});

describe('--until is a day of the series’ own outlet', () => {
  test('an outlet named by X-SPORTHUB-OUTLET ends the rule at midnight in its zone, like --outlet does', async () => {
    const daily = 'DTSTART;TZID=Europe/London:20270405T180000\nDURATION:PT1H\nRRULE:FREQ=DAILY';
    const text = calendar(
      event('by-property', `${daily}\nX-SPORTHUB-OUTLET:UK-LDN-0001`) + event('by-flag', daily),
    );
    const records = await readAll(write('until-zone.ics', text), {
      program: 'P-WALK',
      capacity: 5,
      until: '2027-04-07',
      outlets: OUTLETS,
    });
    const starts = (uid: string) =>
      records.filter((r) => r.seriesKey === uid).map((r) => String(r.input.startsAt).slice(0, 10));
    // 2027-04-07 18:00 in London is 2027-04-08 01:00 in Shanghai: still inside the London outlet's day.
    expect(starts('by-property')).toEqual(['2027-04-05', '2027-04-06', '2027-04-07']);
    // Without any outlet the flag's zone (Asia/Shanghai by default) decides, as before.
    expect(starts('by-flag')).toEqual(['2027-04-05', '2027-04-06']);
  });
});
