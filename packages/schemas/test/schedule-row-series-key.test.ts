import { describe, expect, test } from 'vitest';
import { checkScheduleRow, normalizeHeader } from '../src/formats/schedule-row.js';

// `series_key`: the iCalendar series a session belongs to, as `schedules export` writes it (SPEC §6.2).
const base = {
  externalId: 'PD-TAICHI-20270405',
  outletCode: 'SH-PD-0001',
  programCode: 'P-TAICHI',
  date: '2027-04-05',
  startTime: '7:30',
  endTime: '8:30',
  capacity: '20',
};

describe('series_key', () => {
  test('is a schedule column (no alias)', () => {
    expect(normalizeHeader('series_key')).toBe('series_key');
    expect(normalizeHeader('Series Key')).toBe('series_key');
  });

  test.each([
    ['kept, trimmed', { given: ' pd-taichi@example ', want: 'pd-taichi@example' }],
    ['an empty cell is none', { given: '', want: undefined }],
    ['no cell is none', { given: undefined, want: undefined }],
  ])('%s', (_name, { given, want }) => {
    const result = checkScheduleRow(given === undefined ? base : { ...base, seriesKey: given });
    expect('row' in result ? result.row.seriesKey : 'rejected').toBe(want);
  });

  test('longer than a session allows is too_long', () => {
    const result = checkScheduleRow({ ...base, seriesKey: 'x'.repeat(256) });
    expect('errors' in result && result.errors.map((e) => [e.column, e.code])).toEqual([
      ['series_key', 'too_long'],
    ]);
  });
});
