import { describe, expect, test } from 'vitest';
import { ruleProblem } from '../../../src/import/readers/ics-rrule.js';
import { readAll, tempDir } from './helpers.js';

const write = tempDir();
const options = { outlet: 'SH-PD-0001', program: 'P-TAICHI', capacity: 10, until: '2027-12-31' };

/** A bad rule on line 8 of a VEVENT that starts on line 4, then a good event from line 11. */
const calendar = (rule: string) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//sporthub//rrule//EN',
    'BEGIN:VEVENT',
    'UID:bad',
    'DTSTART;TZID=Asia/Shanghai:20270405T073000',
    'DTEND;TZID=Asia/Shanghai:20270405T083000',
    `RRULE:${rule}`,
    'SUMMARY:太极拳晨练',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:good',
    'DTSTART;TZID=Asia/Shanghai:20270405T090000',
    'DTEND;TZID=Asia/Shanghai:20270405T100000',
    'RRULE:FREQ=WEEKLY;COUNT=2',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

// [name, {given: the RRULE value, want: the message after "The VEVENT cannot be expanded: "}]
const cases: Array<[string, { given: string; want: string }]> = [
  [
    'no FREQ',
    {
      given: 'BYDAY=MO;COUNT=3',
      want: 'RRULE "BYDAY=MO;COUNT=3" has no FREQ: add FREQ=DAILY, WEEKLY, MONTHLY or YEARLY',
    },
  ],
  [
    'UNTIL that is not a date',
    {
      given: 'FREQ=WEEKLY;UNTIL=notadate',
      want: 'RRULE "FREQ=WEEKLY;UNTIL=notadate": UNTIL "notadate" is not a date (20270601) or date-time (20270601T000000Z)',
    },
  ],
  [
    'UNTIL with a month 13',
    {
      given: 'FREQ=WEEKLY;UNTIL=20271345',
      want: 'RRULE "FREQ=WEEKLY;UNTIL=20271345": UNTIL "20271345" is not a date (20270601) or date-time (20270601T000000Z)',
    },
  ],
  [
    'COUNT and UNTIL together',
    {
      given: 'FREQ=WEEKLY;COUNT=3;UNTIL=20270601T000000Z',
      want: 'RRULE "FREQ=WEEKLY;COUNT=3;UNTIL=20270601T000000Z" has both COUNT and UNTIL, which RFC 5545 forbids: keep one of them',
    },
  ],
  [
    'INTERVAL=0',
    {
      given: 'FREQ=WEEKLY;INTERVAL=0;COUNT=3',
      want: 'RRULE "FREQ=WEEKLY;INTERVAL=0;COUNT=3": INTERVAL "0" must be a whole number of at least 1',
    },
  ],
  [
    'COUNT=0 (ical.js would never stop)',
    {
      given: 'FREQ=DAILY;COUNT=0',
      want: 'RRULE "FREQ=DAILY;COUNT=0": COUNT "0" must be a whole number of at least 1',
    },
  ],
  [
    'COUNT that is not a number',
    {
      given: 'FREQ=DAILY;COUNT=abc',
      want: 'RRULE "FREQ=DAILY;COUNT=abc": COUNT "abc" must be a whole number of at least 1',
    },
  ],
  [
    'an unknown FREQ (ical.js says why)',
    {
      given: 'FREQ=SOMETIMES',
      want: 'RRULE "FREQ=SOMETIMES" is not valid: invalid frequency "SOMETIMES" expected: "SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY"',
    },
  ],
  [
    'a bad BYDAY',
    {
      given: 'FREQ=WEEKLY;BYDAY=XX;COUNT=2',
      want: 'RRULE "FREQ=WEEKLY;BYDAY=XX;COUNT=2" is not valid: invalid BYDAY value "XX"',
    },
  ],
  [
    'a part without =',
    { given: 'FREQ=WEEKLY;COUNT', want: 'RRULE "FREQ=WEEKLY;COUNT": "COUNT" is not NAME=VALUE' },
  ],
];

describe('a malformed RRULE rejects its event, on the RRULE line; the rest of the file imports', () => {
  test.each(cases)('%s', async (name, { given, want }) => {
    const records = await readAll(write(`${name.replace(/\W+/g, '-')}.ics`, calendar(given)), options);
    expect(records.map((r) => [r.line, r.input.externalId ?? r.raw.external_id, r.errors])).toEqual([
      [
        8,
        'bad',
        [{ column: 'RRULE', code: 'invalid_rrule', message: `The VEVENT cannot be expanded: ${want}` }],
      ],
      [11, 'good@20270405T010000Z', []],
      [11, 'good@20270412T010000Z', []],
    ]);
  });

  test.each([
    'FREQ=WEEKLY;COUNT=3',
    'FREQ=DAILY;UNTIL=20270601',
    'FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO;UNTIL=20270601T000000Z',
    'FREQ=WEEKLY;WKST=MO;BYDAY=MO,WE;X-NAME=1',
  ])('%s is fine', (rule) => {
    expect(ruleProblem(rule)).toBeUndefined();
  });
});
