import { describe, expect, test } from 'vitest';
import {
  checkScheduleRow,
  formatScheduleError,
  normalizeHeader,
  parseScheduleDate,
  parseScheduleDateTime,
  parseScheduleTime,
  SCHEDULE_COLUMNS,
  SCHEDULE_ERROR_CODES,
  type ScheduleColumn,
  type ScheduleErrorCode,
  type ScheduleRowInput,
  ScheduleRowSchema,
  scheduleRowErrors,
} from '../src/formats/schedule-row.js';

describe('SCHEDULE_COLUMNS', () => {
  test('lists the SPEC §6.2 columns and aliases in order', () => {
    expect(Object.entries(SCHEDULE_COLUMNS).map(([name, { aliases }]) => [name, aliases.join('|')])).toEqual([
      ['external_id', '编号'],
      ['outlet_code', '网点编号'],
      ['program_code', '课程编号'],
      ['title', '名称'],
      ['date', '日期'],
      ['start_time', '开始时间'],
      ['end_time', '结束时间'],
      ['starts_at', ''],
      ['ends_at', ''],
      ['capacity', '名额'],
      ['waitlist', '候补名额'],
      ['coach', '教练'],
      ['zone', '区域'],
      ['status', '状态'],
      ['series_key', ''],
    ]);
  });
});

describe('normalizeHeader', () => {
  const cases: [string, { given: string; want: ScheduleColumn | null }][] = [
    ['canonical name', { given: 'external_id', want: 'external_id' }],
    ['upper case', { given: 'OUTLET_CODE', want: 'outlet_code' }],
    ['spaces instead of underscore', { given: 'Start Time', want: 'start_time' }],
    ['surrounding spaces', { given: '  capacity  ', want: 'capacity' }],
    ['camelCase field name', { given: 'startsAt', want: 'starts_at' }],
    ['hyphenated', { given: 'ends-at', want: 'ends_at' }],
    ['Chinese alias', { given: '课程编号', want: 'program_code' }],
    ['Chinese alias with a full-width space', { given: '候补\u3000名额', want: 'waitlist' }],
    ['BOM on the first header', { given: '\uFEFF编号', want: 'external_id' }],
    ['BOM on an English header', { given: '\uFEFFexternal_id', want: 'external_id' }],
    ['full-width letters', { given: 'ＺＯＮＥ', want: 'zone' }],
    ['non-breaking space', { given: 'end\u00A0time', want: 'end_time' }],
    ['alias 状态', { given: '状态', want: 'status' }],
    ['unknown column', { given: '备注', want: null }],
    ['empty', { given: '', want: null }],
    ['near miss', { given: 'capacities', want: null }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(normalizeHeader(given)).toBe(want);
  });

  test('every canonical name and alias maps to itself', () => {
    for (const [column, { field, aliases }] of Object.entries(SCHEDULE_COLUMNS)) {
      for (const name of [column, field, ...aliases]) expect(normalizeHeader(name)).toBe(column);
    }
  });
});

describe('parseScheduleDate', () => {
  const cases: [string, { given: string; want: string | null }][] = [
    ['ISO', { given: '2027-01-05', want: '2027-01-05' }],
    ['slashes without padding', { given: '2027/1/5', want: '2027-01-05' }],
    ['slashes padded', { given: '2027/01/05', want: '2027-01-05' }],
    ['Chinese', { given: '2027年1月5日', want: '2027-01-05' }],
    ['Chinese padded', { given: '2027年12月31日', want: '2027-12-31' }],
    ['Chinese with spaces', { given: '2027 年 1 月 5 日', want: '2027-01-05' }],
    ['full-width digits', { given: '２０２７/１/５', want: '2027-01-05' }],
    ['surrounding spaces', { given: ' 2027-01-05 ', want: '2027-01-05' }],
    ['leap day', { given: '2028-02-29', want: '2028-02-29' }],
    ['no leap day', { given: '2027-02-29', want: null }],
    ['impossible day', { given: '2027-02-30', want: null }],
    ['day 31 in a 30-day month', { given: '2027/4/31', want: null }],
    ['month 13', { given: '2027-13-01', want: null }],
    ['day 0', { given: '2027-01-00', want: null }],
    ['mixed separators', { given: '2027-1/5', want: null }],
    ['two-digit year', { given: '27/1/5', want: null }],
    ['a year before 1900 (not 1927)', { given: '0027-01-05', want: null }],
    ['year 0099 in Chinese', { given: '0099年1月5日', want: null }],
    ['1899', { given: '1899-12-31', want: null }],
    ['1900', { given: '1900-01-01', want: '1900-01-01' }],
    ['day first', { given: '05/01/2027', want: null }],
    ['Chinese without 日', { given: '2027年1月5', want: null }],
    ['date-time', { given: '2027-01-05T08:30:00+08:00', want: null }],
    ['empty', { given: '', want: null }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(parseScheduleDate(given)).toBe(want);
  });
});

describe('parseScheduleTime', () => {
  const cases: [string, { given: string; want: string | null }][] = [
    ['one-digit hour', { given: '8:30', want: '08:30' }],
    ['padded', { given: '08:30', want: '08:30' }],
    ['seconds zero', { given: '20:30:00', want: '20:30' }],
    ['seconds kept', { given: '20:30:15', want: '20:30:15' }],
    ['midnight', { given: '0:00', want: '00:00' }],
    ['last minute', { given: '23:59', want: '23:59' }],
    ['full-width colon', { given: '8：30', want: '08:30' }],
    ['surrounding spaces', { given: ' 9:05 ', want: '09:05' }],
    ['hour 24', { given: '24:00', want: null }],
    ['minute 60', { given: '8:60', want: null }],
    ['second 60', { given: '8:30:60', want: null }],
    ['one-digit minute', { given: '8:5', want: null }],
    ['no minutes', { given: '8', want: null }],
    ['am/pm', { given: '8:30 PM', want: null }],
    ['dot separator', { given: '8.30', want: null }],
    ['empty', { given: '', want: null }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(parseScheduleTime(given)).toBe(want);
  });
});

describe('parseScheduleDateTime', () => {
  const cases: [string, { given: string; want: string | null }][] = [
    ['offset', { given: '2027-01-05T08:30:00+08:00', want: '2027-01-05T08:30:00+08:00' }],
    ['UTC', { given: '2027-01-05T00:30:00Z', want: '2027-01-05T00:30:00Z' }],
    ['lower-case t and z', { given: '2027-01-05t00:30:00z', want: '2027-01-05T00:30:00Z' }],
    ['space separator', { given: '2027-01-05 08:30:00+08:00', want: '2027-01-05T08:30:00+08:00' }],
    ['no seconds', { given: '2027-01-05T08:30+08:00', want: '2027-01-05T08:30:00+08:00' }],
    ['fraction', { given: '2027-01-05T08:30:00.500+08:00', want: '2027-01-05T08:30:00.500+08:00' }],
    ['no offset', { given: '2027-01-05T08:30:00', want: null }],
    ['impossible date', { given: '2027-02-30T08:30:00+08:00', want: null }],
    ['a year before 1900', { given: '0027-01-05T08:30:00+08:00', want: null }],
    ['hour 24', { given: '2027-01-05T24:00:00+08:00', want: null }],
    ['date only', { given: '2027-01-05', want: null }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    expect(parseScheduleDateTime(given)).toBe(want);
  });
});

describe('SCHEDULE_ERROR_CODES', () => {
  test('holds the stable codes, each with a one-line template', () => {
    const required: ScheduleErrorCode[] = [
      'missing_column',
      'required',
      'invalid_date',
      'invalid_time',
      'invalid_datetime',
      'ends_before_start',
      'invalid_integer',
      'negative_capacity',
      'unknown_outlet',
      'unknown_program',
      'unknown_coach',
      'unknown_zone',
      'duplicate_external_id',
      'coach_overlap',
      'zone_overlap',
      'capacity_below_bookings',
      'invalid_status',
    ];
    for (const code of required) expect(SCHEDULE_ERROR_CODES).toHaveProperty(code);
    for (const [code, template] of Object.entries(SCHEDULE_ERROR_CODES)) {
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(template).not.toMatch(/\n/);
    }
  });

  const cases: [
    string,
    { code: ScheduleErrorCode; params: Record<string, string | number>; want: string },
  ][] = [
    ['column only', { code: 'required', params: { column: 'capacity' }, want: 'capacity is required' }],
    [
      'several placeholders',
      {
        code: 'duplicate_external_id',
        params: { value: 'PD-0105', line: 7 },
        want: 'external_id "PD-0105" already appears on line 7',
      },
    ],
    [
      'missing placeholder kept',
      { code: 'unknown_outlet', params: {}, want: 'No outlet has the code "{value}"' },
    ],
  ];
  test.each(cases)('formatScheduleError: %s', (_name, { code, params, want }) => {
    expect(formatScheduleError(code, params)).toBe(want);
  });
});

describe('ScheduleRowSchema', () => {
  const base: ScheduleRowInput = {
    externalId: 'PD-TAICHI-0105',
    outletCode: 'SH-PD-0001',
    programCode: 'P-TAICHI',
    date: '2027/1/5',
    startTime: '8:30',
    endTime: '9:30',
    capacity: '20',
  };

  const valid: [string, { given: ScheduleRowInput; want: Record<string, unknown> }][] = [
    // Characters are code points, as the API counts them: 200 × 𠮷 (two UTF-16 units each) fit.
    [
      'a title of 200 characters outside the BMP',
      { given: { ...base, title: '𠮷'.repeat(200) }, want: { title: '𠮷'.repeat(200) } },
    ],
    [
      'at the limits of a session',
      {
        given: {
          ...base,
          externalId: 'X'.repeat(255),
          title: '长'.repeat(200),
          capacity: '100000',
          waitlist: 100000,
        },
        want: {
          externalId: 'X'.repeat(255),
          outletCode: 'SH-PD-0001',
          programCode: 'P-TAICHI',
          title: '长'.repeat(200),
          date: '2027-01-05',
          startTime: '08:30',
          endTime: '09:30',
          capacity: 100000,
          waitlist: 100000,
        },
      },
    ],
    [
      'local times are normalized',
      {
        given: base,
        want: {
          externalId: 'PD-TAICHI-0105',
          outletCode: 'SH-PD-0001',
          programCode: 'P-TAICHI',
          date: '2027-01-05',
          startTime: '08:30',
          endTime: '09:30',
          capacity: 20,
        },
      },
    ],
    [
      'instants instead of local times',
      {
        given: {
          externalId: 'uid-1@example.org/20270105T083000',
          outletCode: 'SH-PD-0001',
          programCode: 'P-TAICHI',
          startsAt: '2027-01-05T08:30+08:00',
          endsAt: '2027-01-05T09:30:00+08:00',
          capacity: 20,
        },
        want: {
          externalId: 'uid-1@example.org/20270105T083000',
          outletCode: 'SH-PD-0001',
          programCode: 'P-TAICHI',
          startsAt: '2027-01-05T08:30:00+08:00',
          endsAt: '2027-01-05T09:30:00+08:00',
          capacity: 20,
        },
      },
    ],
    [
      'optional fields are trimmed, empty cells dropped',
      {
        given: {
          ...base,
          title: ' 太极拳晨练 ',
          waitlist: '5',
          coach: '王教练',
          zone: 'EXP',
          status: 'Cancelled',
        },
        want: { title: '太极拳晨练', waitlist: 5, coach: '王教练', zone: 'EXP', status: 'cancelled' },
      },
    ],
    ['empty optional cells are absent', { given: { ...base, title: '', coach: '  ', zone: null }, want: {} }],
    ['Chinese status', { given: { ...base, status: '已取消' }, want: { status: 'cancelled' } }],
    [
      'numeric cells from XLSX',
      { given: { ...base, externalId: 1001, capacity: 30 }, want: { externalId: '1001', capacity: 30 } },
    ],
    ['capacity zero', { given: { ...base, capacity: '0' }, want: { capacity: 0 } }],
    ['full-width digits', { given: { ...base, capacity: '２０' }, want: { capacity: 20 } }],
    ['integral decimal', { given: { ...base, capacity: '20.0' }, want: { capacity: 20 } }],
    ['seconds kept', { given: { ...base, endTime: '09:30:30' }, want: { endTime: '09:30:30' } }],
    [
      'instants win over local times',
      {
        given: { ...base, startsAt: '2027-01-06T08:30:00+08:00', endsAt: '2027-01-06T09:00:00+08:00' },
        want: { startsAt: '2027-01-06T08:30:00+08:00' },
      },
    ],
    [
      'unknown keys are ignored',
      { given: { ...base, remark: '备注' } as ScheduleRowInput, want: { capacity: 20 } },
    ],
  ];
  test.each(valid)('accepts: %s', (_name, { given, want }) => {
    const result = ScheduleRowSchema.safeParse(given);
    expect(result.success, result.error?.message).toBe(true);
    expect(result.data).toMatchObject(want);
    expect(result.data).not.toHaveProperty('remark');
  });

  type Want = { column: ScheduleColumn; code: ScheduleErrorCode }[];
  const invalid: [string, { given: ScheduleRowInput; want: Want }][] = [
    [
      'missing keys',
      {
        given: { date: '2027-01-05', startTime: '8:30', endTime: '9:30' },
        want: [
          { column: 'external_id', code: 'required' },
          { column: 'outlet_code', code: 'required' },
          { column: 'program_code', code: 'required' },
          { column: 'capacity', code: 'required' },
        ],
      },
    ],
    [
      'blank external_id',
      { given: { ...base, externalId: '   ' }, want: [{ column: 'external_id', code: 'required' }] },
    ],
    [
      'impossible date',
      { given: { ...base, date: '2027-02-30' }, want: [{ column: 'date', code: 'invalid_date' }] },
    ],
    [
      'bad start time',
      { given: { ...base, startTime: '25:00' }, want: [{ column: 'start_time', code: 'invalid_time' }] },
    ],
    [
      'no times at all',
      {
        given: { ...base, date: undefined, startTime: undefined, endTime: undefined },
        want: [
          { column: 'date', code: 'required' },
          { column: 'start_time', code: 'required' },
          { column: 'end_time', code: 'required' },
        ],
      },
    ],
    [
      'end equals start',
      { given: { ...base, endTime: '08:30' }, want: [{ column: 'end_time', code: 'ends_before_start' }] },
    ],
    [
      'end before start',
      {
        given: { ...base, startTime: '20:00', endTime: '8:00' },
        want: [{ column: 'end_time', code: 'ends_before_start' }],
      },
    ],
    [
      'instant without offset',
      {
        given: { ...base, startsAt: '2027-01-05T08:30:00', endsAt: '2027-01-05T09:30:00+08:00' },
        want: [{ column: 'starts_at', code: 'invalid_datetime' }],
      },
    ],
    [
      'only starts_at, beside local times: the leftover is named',
      {
        given: { ...base, startsAt: '2027-01-05T08:30:00+08:00' },
        want: [{ column: 'starts_at', code: 'unpaired_instant' }],
      },
    ],
    [
      'only ends_at, beside local times (a moved session whose starts_at alone was emptied)',
      {
        given: { ...base, endsAt: '2027-01-05T09:30:00+08:00' },
        want: [{ column: 'ends_at', code: 'unpaired_instant' }],
      },
    ],
    [
      'only starts_at, no local times',
      {
        given: {
          externalId: 'A',
          outletCode: 'SH-PD-0001',
          programCode: 'P-TAICHI',
          capacity: 20,
          startsAt: '2027-01-05T08:30:00+08:00',
        },
        want: [{ column: 'ends_at', code: 'required' }],
      },
    ],
    [
      'instants in the wrong order',
      {
        given: { ...base, startsAt: '2027-01-05T09:30:00+08:00', endsAt: '2027-01-05T01:30:00Z' },
        want: [{ column: 'ends_at', code: 'ends_before_start' }],
      },
    ],
    [
      'capacity not a number',
      { given: { ...base, capacity: '二十' }, want: [{ column: 'capacity', code: 'invalid_integer' }] },
    ],
    [
      'capacity fractional',
      { given: { ...base, capacity: 20.5 }, want: [{ column: 'capacity', code: 'invalid_integer' }] },
    ],
    [
      'capacity negative',
      { given: { ...base, capacity: '-1' }, want: [{ column: 'capacity', code: 'negative_capacity' }] },
    ],
    [
      'waitlist negative',
      { given: { ...base, waitlist: -3 }, want: [{ column: 'waitlist', code: 'negative_capacity' }] },
    ],
    [
      'unknown status',
      { given: { ...base, status: 'postponed' }, want: [{ column: 'status', code: 'invalid_status' }] },
    ],
    // The server's limits (SESSION_LIMITS): a row past them must be rejected before anything is written.
    [
      'title too long',
      { given: { ...base, title: '长'.repeat(201) }, want: [{ column: 'title', code: 'too_long' }] },
    ],
    [
      'a title of 201 characters outside the BMP',
      { given: { ...base, title: '𠮷'.repeat(201) }, want: [{ column: 'title', code: 'too_long' }] },
    ],
    [
      'external_id too long',
      {
        given: { ...base, externalId: 'X'.repeat(256) },
        want: [{ column: 'external_id', code: 'too_long' }],
      },
    ],
    [
      'capacity above the limit',
      { given: { ...base, capacity: '100001' }, want: [{ column: 'capacity', code: 'too_large' }] },
    ],
    [
      'waitlist above the limit (a number cell)',
      { given: { ...base, waitlist: 250000 }, want: [{ column: 'waitlist', code: 'too_large' }] },
    ],

    [
      'cell of a wrong type',
      {
        given: { ...base, date: true } as unknown as ScheduleRowInput,
        want: [{ column: 'date', code: 'invalid_date' }],
      },
    ],
  ];
  test.each(invalid)('rejects: %s', (_name, { given, want }) => {
    const result = ScheduleRowSchema.safeParse(given);
    expect(result.success).toBe(false);
    const errors = scheduleRowErrors(result.error!);
    expect(errors.map(({ column, code }) => ({ column, code }))).toEqual(want);
    for (const error of errors) {
      expect(error.message).not.toMatch(/\{\w+\}/);
      expect(error.message).toContain(error.column);
    }
  });

  // The importer calls checkScheduleRow directly (no zod object pass): same rows, same errors, for
  // every case above whose cells are strings or numbers (the only cells a reader produces).
  const cellsOnly = [...valid, ...invalid].filter(([, { given }]) =>
    Object.values(given).every((v) => v === undefined || typeof v === 'string' || typeof v === 'number'),
  );
  test.each(cellsOnly)('checkScheduleRow agrees with the schema: %s', (_name, { given }) => {
    const parsed = ScheduleRowSchema.safeParse(given);
    const checked = checkScheduleRow(given);
    if (parsed.success) expect(checked).toEqual({ row: parsed.data });
    else expect(checked).toEqual({ errors: scheduleRowErrors(parsed.error) });
  });
});
