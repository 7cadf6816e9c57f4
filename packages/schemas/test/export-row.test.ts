import { describe, expect, test } from 'vitest';
import {
  CSV_EOL,
  csvField,
  csvHeader,
  PARTICIPATION_EXPORT_COLUMNS,
  type ParticipationExportRow,
  ParticipationExportRowSchema,
  ParticipationExportTrailerSchema,
  toCsvLine,
} from '../src/formats/export-row.js';

const row: ParticipationExportRow = {
  participation_id: 'par_01JD1A2B3C4D5E6F7G8H9J0K1M',
  session_id: 'ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P',
  session_external_id: 'PD-TAICHI-20260905-0730',
  outlet_code: 'SH-PD-0001',
  program_code: 'P-TAICHI',
  member_ref: 'mem_01JD0Z9R4X6YKM8W0A2B3C4D5E',
  age_group: 'senior',
  checked_in_at: '2026-09-05T07:58:12+08:00',
  duration_minutes: 60,
  source: 'staff',
};

describe('participation export columns', () => {
  test('are exactly the SPEC §6.3 columns, in order', () => {
    expect(csvHeader()).toBe(
      'participation_id,session_id,session_external_id,outlet_code,program_code,member_ref,age_group,checked_in_at,duration_minutes,source',
    );
  });

  test('are the keys of the row schema, so CSV and NDJSON agree', () => {
    expect(Object.keys(ParticipationExportRowSchema.shape)).toEqual([...PARTICIPATION_EXPORT_COLUMNS]);
  });
});

describe('csvField (RFC 4180)', () => {
  test.each([
    ['plain', 'SH-PD-0001', 'SH-PD-0001'],
    ['empty string', '', ''],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['integer', 60, '60'],
    ['zero', 0, '0'],
    ['comma', 'a,b', '"a,b"'],
    ['double quote', '王"教练"', '"王""教练"""'],
    ['only a quote', '"', '""""'],
    ['LF', 'line1\nline2', '"line1\nline2"'],
    ['CR', 'line1\rline2', '"line1\rline2"'],
    ['CRLF', 'line1\r\nline2', '"line1\r\nline2"'],
    ['Chinese text', '太极拳晨练', '太极拳晨练'],
    ['leading and trailing spaces kept', ' a ', ' a '],
    ['semicolon and tab not special', 'a;b\tc', 'a;b\tc'],
  ] as const)('%s', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsvLine', () => {
  test.each<[string, Partial<ParticipationExportRow>, string]>([
    [
      'a full row',
      {},
      'par_01JD1A2B3C4D5E6F7G8H9J0K1M,ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P,PD-TAICHI-20260905-0730,SH-PD-0001,P-TAICHI,mem_01JD0Z9R4X6YKM8W0A2B3C4D5E,senior,2026-09-05T07:58:12+08:00,60,staff',
    ],
    [
      'nulls become empty fields',
      { session_external_id: null, age_group: null, duration_minutes: null },
      'par_01JD1A2B3C4D5E6F7G8H9J0K1M,ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P,,SH-PD-0001,P-TAICHI,mem_01JD0Z9R4X6YKM8W0A2B3C4D5E,,2026-09-05T07:58:12+08:00,,staff',
    ],
    [
      'an external id that needs quoting',
      { session_external_id: 'A,"B"\r\nC', duration_minutes: 0, source: 'import' },
      'par_01JD1A2B3C4D5E6F7G8H9J0K1M,ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P,"A,""B""\r\nC",SH-PD-0001,P-TAICHI,mem_01JD0Z9R4X6YKM8W0A2B3C4D5E,senior,2026-09-05T07:58:12+08:00,0,import',
    ],
  ])('%s', (_name, patch, expected) => {
    expect(toCsvLine({ ...row, ...patch })).toBe(expected);
  });

  test('does not add a line terminator; records are joined with CRLF', () => {
    const csv = [csvHeader(), toCsvLine(row)].join(CSV_EOL) + CSV_EOL;
    expect(csv.split(CSV_EOL)).toHaveLength(3);
    expect(toCsvLine(row).endsWith('\n')).toBe(false);
  });

  test('a quoted field round-trips through a minimal RFC 4180 reader', () => {
    const tricky = 'x,"y"\nz';
    const field = csvField(tricky);
    expect(field.slice(1, -1).replaceAll('""', '"')).toBe(tricky);
  });
});

describe('row and trailer schemas', () => {
  test('a row parses; unknown keys and camelCase keys are rejected', () => {
    expect(ParticipationExportRowSchema.parse(row)).toEqual(row);
    expect(ParticipationExportRowSchema.safeParse({ ...row, extra: 1 }).success).toBe(false);
    const { participation_id, ...rest } = row;
    expect(
      ParticipationExportRowSchema.safeParse({ ...rest, participationId: participation_id }).success,
    ).toBe(false);
  });

  test('the trailer is not a row, and a row is not a trailer', () => {
    const trailer = { _trailer: { count: 2, watermark: '0000000000184467' } };
    expect(ParticipationExportTrailerSchema.safeParse(trailer).success).toBe(true);
    expect(ParticipationExportRowSchema.safeParse(trailer).success).toBe(false);
    expect(ParticipationExportTrailerSchema.safeParse(row).success).toBe(false);
  });
});
