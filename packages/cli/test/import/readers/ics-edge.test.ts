import { describe, expect, test } from 'vitest';
import { MAX_OCCURRENCES_PER_SERIES } from '../../../src/import/readers/ics-expand.js';
import { failure, readAll, tempDir } from './helpers.js';

const write = tempDir();
const calendar = (events: string, header = '') =>
  `BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//sporthub//edge//EN\n${header}${events}END:VCALENDAR\n`;
const event = (uid: string, lines: string) =>
  `BEGIN:VEVENT\nUID:${uid}\nDTSTAMP:20261201T000000Z\n${lines}\nEND:VEVENT\n`;
const SH = 'DTSTART;TZID=Asia/Shanghai:20270105T083000\nDTEND;TZID=Asia/Shanghai:20270105T093000';
const options = { outlet: 'SH-PD-0001', program: 'P-TAICHI', capacity: 10, until: '2027-12-31' };

// Real-world calendars bend RFC 5545; each case is one way they do.
// [name, {given: calendar text, want: [externalId, startsAt, endsAt, status] or [error codes]}]
const cases: Array<[string, { given: string; want: unknown[][] }]> = [
  [
    'RDATE;VALUE=PERIOD brings its own end',
    {
      given: calendar(event('p', `${SH}\nRDATE;VALUE=PERIOD:20270110T010000Z/20270110T030000Z`)),
      want: [
        ['p@20270105T003000Z', '2027-01-05T08:30:00+08:00', '2027-01-05T09:30:00+08:00', 'scheduled'],
        ['p@20270110T010000Z', '2027-01-10T09:00:00+08:00', '2027-01-10T11:00:00+08:00', 'scheduled'],
      ],
    },
  ],
  [
    'UNTIL as a DATE includes that day',
    {
      given: calendar(event('u', `${SH}\nRRULE:FREQ=DAILY;UNTIL=20270107`)),
      want: ['05', '06', '07'].map((d) => [
        `u@202701${d}T003000Z`,
        `2027-01-${d}T08:30:00+08:00`,
        `2027-01-${d}T09:30:00+08:00`,
        'scheduled',
      ]),
    },
  ],
  [
    'several EXDATEs, a comma list and a DATE',
    {
      given: calendar(
        event(
          'm',
          `${SH}\nRRULE:FREQ=DAILY;COUNT=5\nEXDATE;TZID=Asia/Shanghai:20270106T083000,20270108T083000\nEXDATE;VALUE=DATE:20270107`,
        ),
      ),
      want: [
        ['m@20270105T003000Z', '2027-01-05T08:30:00+08:00', '2027-01-05T09:30:00+08:00', 'scheduled'],
        ['m@20270109T003000Z', '2027-01-09T08:30:00+08:00', '2027-01-09T09:30:00+08:00', 'scheduled'],
      ],
    },
  ],
  [
    'METHOD:CANCEL cancels its events',
    {
      given: calendar(event('c', SH), 'METHOD:CANCEL\n'),
      want: [['c@20270105T003000Z', '2027-01-05T08:30:00+08:00', '2027-01-05T09:30:00+08:00', 'cancelled']],
    },
  ],
  [
    'a Windows TZID without VTIMEZONE (Outlook)',
    {
      given: calendar(
        event(
          'w',
          'DTSTART;TZID=China Standard Time:20270105T083000\nDTEND;TZID=China Standard Time:20270105T093000',
        ),
      ),
      want: [['w@20270105T003000Z', '2027-01-05T08:30:00+08:00', '2027-01-05T09:30:00+08:00', 'scheduled']],
    },
  ],
  [
    'any Windows zone name CLDR maps, in any case (Nepal: +05:45; Arizona: no DST; Moscow)',
    {
      given: calendar(
        ['Nepal Standard Time', 'US Mountain Standard Time', 'russian standard time']
          .map((tz, i) => event(`w${i}`, `DTSTART;TZID=${tz}:20270705T083000\nDURATION:PT1H`))
          .join(''),
      ),
      want: [
        ['w0@20270705T024500Z', '2027-07-05T08:30:00+05:45', '2027-07-05T09:30:00+05:45', 'scheduled'],
        ['w1@20270705T153000Z', '2027-07-05T08:30:00-07:00', '2027-07-05T09:30:00-07:00', 'scheduled'],
        ['w2@20270705T053000Z', '2027-07-05T08:30:00+03:00', '2027-07-05T09:30:00+03:00', 'scheduled'],
      ],
    },
  ],
  [
    'a prefixed TZID, at a time the spring-forward gap skips (RFC 5545: offset from before the gap)',
    {
      given: calendar(
        event('z', 'DTSTART;TZID=/mozilla.org/20070129_1/America/New_York:20270314T023000\nDURATION:PT1H'),
      ),
      want: [['z@20270314T073000Z', '2027-03-14T03:30:00-04:00', '2027-03-14T04:30:00-04:00', 'scheduled']],
    },
  ],
  [
    'a time the fall-back repeats takes its first occurrence',
    {
      given: calendar(event('o', 'DTSTART;TZID=America/New_York:20271107T013000\nDURATION:PT30M')),
      want: [['o@20271107T053000Z', '2027-11-07T01:30:00-04:00', '2027-11-07T01:00:00-05:00', 'scheduled']],
    },
  ],
  [
    'a malformed DTSTART is reported, not misread',
    {
      given: calendar(
        event('x', 'DTSTART;TZID=Asia/Shanghai:2027010XT083000\nDTEND;TZID=Asia/Shanghai:20270105T093000'),
      ),
      want: [['DTSTART:invalid_event']],
    },
  ],
  [
    'date and time values ical.js would misread or throw on are reported, each naming its property',
    {
      given: calendar(
        event('bare-date', 'DTSTART:20271203\nDTEND:20271204') +
          event('iso', 'DTSTART:2027-12-02T09:00:00\nDTEND:2027-12-02T10:00:00') +
          event('offset', 'DTSTART:20280210T090000-0500\nDTEND:20280210T100000-0500') +
          event('rdate', `${SH}\nRDATE:2028-02-05`) +
          event('exdate', `${SH}\nRRULE:FREQ=DAILY;COUNT=3\nEXDATE:20270106T003000Z,soon`) +
          event('colon', 'DTSTART;TZID=tzone://Microsoft/China:20271203T090000\nDURATION:PT1H') +
          event('period', `${SH}\nRDATE;VALUE=PERIOD:20270110T010000Z/PT`),
      ),
      want: [
        ['DTSTART:invalid_event'],
        ['DTSTART:invalid_event'],
        ['DTSTART:invalid_event'],
        ['RDATE:invalid_event'],
        ['EXDATE:invalid_event'],
        ['DTSTART:invalid_event'],
        ['RDATE:invalid_event'],
      ],
    },
  ],
  [
    'separate events sharing a UID are each imported; a lower SEQUENCE is an older copy',
    {
      given: calendar(
        event(
          'club',
          'DTSTART;TZID=Asia/Shanghai:20270105T083000\nDTEND;TZID=Asia/Shanghai:20270105T093000',
        ) +
          event(
            'club',
            'DTSTART;TZID=Asia/Shanghai:20270112T083000\nDTEND;TZID=Asia/Shanghai:20270112T093000',
          ) +
          event('v', `SEQUENCE:2\n${SH}`) +
          event(
            'v',
            'SEQUENCE:1\nDTSTART;TZID=Asia/Shanghai:20270106T083000\nDTEND;TZID=Asia/Shanghai:20270106T093000',
          ),
      ),
      want: [
        ['club@20270105T003000Z', '2027-01-05T08:30:00+08:00', '2027-01-05T09:30:00+08:00', 'scheduled'],
        ['club@20270112T003000Z', '2027-01-12T08:30:00+08:00', '2027-01-12T09:30:00+08:00', 'scheduled'],
        ['v@20270105T003000Z', '2027-01-05T08:30:00+08:00', '2027-01-05T09:30:00+08:00', 'scheduled'],
      ],
    },
  ],
  [
    'an override in an unknown zone is reported; the rest of the series stands',
    {
      given: calendar(
        event('k', `${SH}\nRRULE:FREQ=WEEKLY;COUNT=2`) +
          event(
            'k',
            'RECURRENCE-ID;TZID=Nowhere:20270112T083000\nDTSTART;TZID=Asia/Shanghai:20270113T083000\nDURATION:PT1H',
          ),
      ),
      want: [
        ['TZID:unknown_timezone'],
        ['k@20270105T003000Z', '2027-01-05T08:30:00+08:00', '2027-01-05T09:30:00+08:00', 'scheduled'],
        ['k@20270112T003000Z', '2027-01-12T08:30:00+08:00', '2027-01-12T09:30:00+08:00', 'scheduled'],
      ],
    },
  ],
  [
    'DURATION across the spring-forward: days are calendar days, hours exact (RFC 5545 §3.3.6)',
    {
      given: calendar(event('d', 'DTSTART;TZID=America/New_York:20270313T090000\nDURATION:P1DT1H')),
      want: [['d@20270313T140000Z', '2027-03-13T09:00:00-05:00', '2027-03-14T10:00:00-04:00', 'scheduled']],
    },
  ],
  [
    'DURATION across the fall-back, in a VTIMEZONE-less floating series read in X-WR-TIMEZONE',
    {
      given: calendar(
        event('f', 'DTSTART:20271106T090000\nDURATION:P1W\nRRULE:FREQ=DAILY;COUNT=2'),
        'X-WR-TIMEZONE:America/New_York\n',
      ),
      want: [
        ['f@20271106T130000Z', '2027-11-06T09:00:00-04:00', '2027-11-13T09:00:00-05:00', 'scheduled'],
        ['f@20271107T140000Z', '2027-11-07T09:00:00-05:00', '2027-11-14T09:00:00-05:00', 'scheduled'],
      ],
    },
  ],
  [
    'each occurrence of a DURATION series gets the nominal length; a DTEND series the exact one',
    {
      given: calendar(
        event('n', 'DTSTART;TZID=America/New_York:20270312T220000\nDURATION:P1D\nRRULE:FREQ=DAILY;COUNT=2') +
          event(
            'e',
            'DTSTART;TZID=America/New_York:20270312T220000\nDTEND;TZID=America/New_York:20270313T220000\nRRULE:FREQ=DAILY;COUNT=2',
          ),
      ),
      want: [
        ['n@20270313T030000Z', '2027-03-12T22:00:00-05:00', '2027-03-13T22:00:00-05:00', 'scheduled'],
        ['n@20270314T030000Z', '2027-03-13T22:00:00-05:00', '2027-03-14T22:00:00-04:00', 'scheduled'],
        ['e@20270313T030000Z', '2027-03-12T22:00:00-05:00', '2027-03-13T22:00:00-05:00', 'scheduled'],
        ['e@20270314T030000Z', '2027-03-13T22:00:00-05:00', '2027-03-14T23:00:00-04:00', 'scheduled'],
      ],
    },
  ],
  [
    'a negative DURATION ends before the start (and is rejected for it)',
    {
      given: calendar(event('neg', 'DTSTART;TZID=America/New_York:20270314T090000\nDURATION:-P1D')),
      want: [['DTEND:ends_before_start']],
    },
  ],
];

describe('iCalendar edge cases', () => {
  test.each(cases)('%s', async (name, { given, want }) => {
    const records = await readAll(write(`${name.replace(/\W+/g, '-')}.ics`, given), options);
    expect(
      records.map((r) =>
        r.errors.length > 0
          ? r.errors.map((e) => `${e.column}:${e.code}`)
          : [r.input.externalId, r.input.startsAt, r.input.endsAt, r.input.status],
      ),
    ).toEqual(want);
  });

  test('a runaway series is cut with a record that says so', async () => {
    const text = calendar(
      event('h', 'DTSTART:20270105T003000Z\nDTEND:20270105T013000Z\nRRULE:FREQ=MINUTELY;COUNT=20000'),
    );
    const records = await readAll(write('runaway.ics', text), options);
    expect(records).toHaveLength(MAX_OCCURRENCES_PER_SERIES + 1);
    expect(records.at(-1)?.errors.map((e) => e.code)).toEqual(['too_many_occurrences']);
  });

  test.each([
    ['no events at all', calendar('')],
    ['only a VTODO', calendar('BEGIN:VTODO\nUID:t\nSUMMARY:todo\nEND:VTODO\n')],
    [
      'only a VTIMEZONE',
      calendar(
        'BEGIN:VTIMEZONE\nTZID:Asia/Shanghai\nBEGIN:STANDARD\nDTSTART:19700101T000000\nTZOFFSETFROM:+0800\nTZOFFSETTO:+0800\nEND:STANDARD\nEND:VTIMEZONE\n',
      ),
    ],
  ])('a calendar with %s is a file error naming the file, not an import of 0 rows', async (name, text) => {
    const file = write(`${name.replace(/\W+/g, '-')}.ics`, text);
    const error = await failure(file);
    expect(error).toMatchObject({ name: 'ScheduleFileError', code: 'no_events' });
    expect(error.message).toBe(
      `${file} has no events: the calendar holds no VEVENT to import as sessions (is it the right file?)`,
    );
  });

  test('a bad RRULE in a VTIMEZONE still makes the file invalid', async () => {
    const text = calendar(
      'BEGIN:VTIMEZONE\nTZID:X\nBEGIN:STANDARD\nDTSTART:19700101T000000\nRRULE:FREQ=SOMETIMES\nTZOFFSETFROM:+0800\nTZOFFSETTO:+0800\nEND:STANDARD\nEND:VTIMEZONE\n' +
        event('v', SH),
    );
    expect(await failure(write('bad-zone-rule.ics', text))).toMatchObject({
      code: 'invalid_ics',
      message: expect.stringContaining('SOMETIMES'),
    });
  });
});

describe('a calendar ical.js cannot parse', () => {
  test.each([
    ['a stray line', 'BEGIN:VEVENT\nUID:a\nthis is garbage\nEND:VEVENT\n', 6, 'this is garbage'],
    [
      'an unclosed quote',
      'BEGIN:VEVENT\nUID:a\nDTSTART;TZID="x:20270101T090000\nEND:VEVENT\n',
      6,
      'double quote',
    ],
    [
      'a file cut short',
      'BEGIN:VEVENT\nUID:a\nDTSTART:20270101T090000\n',
      4,
      'BEGIN:VEVENT has no END:VEVENT',
    ],
    [
      'an END of another component',
      'BEGIN:VEVENT\nUID:a\nDTSTART:20270101T090000\nEND:VTODO\n',
      7,
      'END:VTODO closes BEGIN:VEVENT of line 4',
    ],
  ])('is invalid_ics naming the line (%s)', async (name, body, line, says) => {
    const text = `BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//sporthub//edge//EN\n${body}${body.endsWith('VEVENT\n') ? 'END:VCALENDAR\n' : ''}`;
    const error = await failure(write(`${name.replace(/\W+/g, '-')}.ics`, text), options);
    expect(error).toMatchObject({ code: 'invalid_ics', line });
    expect(error.message).toContain(says);
    expect(error.message).toContain(`.ics:${line} `);
  });
});
