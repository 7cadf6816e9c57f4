import type { Session } from '@sporthub/sdk';
import { describe, expect, it } from 'vitest';
import { csvHeader, csvLine, EXPORT_COLUMNS, exportRow, icsEvent } from '../../src/import/export-rows.js';
import { exportRefs, session } from './schedule-fixtures.js';

describe('exportRow: local date and times in the outlet time zone', () => {
  const cases: Array<
    [
      string,
      {
        given: Partial<Session> & Pick<Session, 'startsAt' | 'endsAt'>;
        want: Record<'date' | 'start_time' | 'end_time' | 'starts_at' | 'ends_at', string>;
      },
    ]
  > = [
    [
      'Shanghai morning (the previous UTC day)',
      {
        given: { startsAt: '2027-02-28T23:30:00.000Z', endsAt: '2027-03-01T00:30:00.000Z' },
        want: {
          date: '2027-03-01',
          start_time: '07:30',
          end_time: '08:30',
          starts_at: '2027-03-01T07:30:00+08:00',
          ends_at: '2027-03-01T08:30:00+08:00',
        },
      },
    ],
    [
      'London before the DST switch (GMT)',
      {
        given: {
          outletId: 'out_LN',
          startsAt: '2027-03-27T09:00:00.000Z',
          endsAt: '2027-03-27T10:00:00.000Z',
        },
        want: {
          date: '2027-03-27',
          start_time: '09:00',
          end_time: '10:00',
          starts_at: '2027-03-27T09:00:00Z',
          ends_at: '2027-03-27T10:00:00Z',
        },
      },
    ],
    [
      'London after the DST switch (BST, +01:00)',
      {
        given: {
          outletId: 'out_LN',
          startsAt: '2027-03-29T08:00:00.000Z',
          endsAt: '2027-03-29T09:00:00.000Z',
        },
        want: {
          date: '2027-03-29',
          start_time: '09:00',
          end_time: '10:00',
          starts_at: '2027-03-29T09:00:00+01:00',
          ends_at: '2027-03-29T10:00:00+01:00',
        },
      },
    ],
    [
      'London on the switch night: 00:30 GMT to 03:00 BST',
      {
        given: {
          outletId: 'out_LN',
          startsAt: '2027-03-28T00:30:00.000Z',
          endsAt: '2027-03-28T02:00:00.000Z',
        },
        want: {
          date: '2027-03-28',
          start_time: '00:30',
          end_time: '03:00',
          starts_at: '2027-03-28T00:30:00Z',
          ends_at: '2027-03-28T03:00:00+01:00',
        },
      },
    ],
    [
      'across local midnight: the date is the start’s',
      {
        given: { startsAt: '2027-03-01T15:30:00.000Z', endsAt: '2027-03-01T16:30:00.000Z' },
        want: {
          date: '2027-03-01',
          start_time: '23:30',
          end_time: '00:30',
          starts_at: '2027-03-01T23:30:00+08:00',
          ends_at: '2027-03-02T00:30:00+08:00',
        },
      },
    ],
    [
      'seconds and milliseconds are kept',
      {
        given: { startsAt: '2027-03-01T01:00:30.250Z', endsAt: '2027-03-01T02:00:00.000Z' },
        want: {
          date: '2027-03-01',
          start_time: '09:00:30',
          end_time: '10:00',
          starts_at: '2027-03-01T09:00:30.250+08:00',
          ends_at: '2027-03-01T10:00:00+08:00',
        },
      },
    ],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    const row = exportRow(session(given), exportRefs());
    expect(row).toMatchObject(want);
    // Each instant is the one the server holds.
    expect(Date.parse(row.starts_at)).toBe(Date.parse(given.startsAt));
    expect(Date.parse(row.ends_at)).toBe(Date.parse(given.endsAt));
  });
});

describe('the CSV line', () => {
  it('has the import columns plus series_key, codes for ids, empty cells for nulls', () => {
    expect(csvHeader()).toBe(
      'external_id,outlet_code,program_code,title,date,start_time,end_time,starts_at,ends_at,capacity,waitlist,coach,zone,status,series_key\r\n',
    );
    const row = exportRow(
      session({
        startsAt: '2027-02-28T23:30:00.000Z',
        endsAt: '2027-03-01T00:30:00.000Z',
        title: '太极, 晨练',
        coachId: 'stf_C42',
        zoneId: 'zon_EXP',
        waitlistCapacity: 5,
        seriesKey: 'pd-taichi-mornings@sporthub.example',
      }),
      exportRefs(),
    );
    expect(Object.keys(row)).toEqual([...EXPORT_COLUMNS]);
    expect(csvLine(row)).toBe(
      'PD-TAICHI-20270301-0730,SH-PD-0001,P-TAICHI,"太极, 晨练",2027-03-01,07:30,08:30,2027-03-01T07:30:00+08:00,2027-03-01T08:30:00+08:00,20,5,C-0042,EXP,scheduled,pd-taichi-mornings@sporthub.example\r\n',
    );
    const oneOff = exportRow(
      session({ startsAt: '2027-02-28T23:30:00.000Z', endsAt: '2027-03-01T00:30:00.000Z' }),
      exportRefs(),
    );
    expect(oneOff).toMatchObject({ title: null, coach: null, zone: null, series_key: null });
    expect(csvLine(oneOff)).toMatch(/,,2027-03-01,.*,20,0,,,scheduled,\r\n$/);
  });

  it('iCalendar keeps UTC instants and the series', () => {
    const text = icsEvent(
      session({
        startsAt: '2027-02-28T23:30:00.000Z',
        endsAt: '2027-03-01T00:30:00.000Z',
        seriesKey: 'pd-taichi-mornings@sporthub.example',
      }),
      exportRefs(),
      new Date('2027-01-01T00:00:00Z'),
    );
    expect(text).toContain('DTSTART:20270228T233000Z\r\n');
    expect(text).toContain('X-SPORTHUB-SERIES:pd-taichi-mornings@sporthub.example\r\n');
  });
});
