import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The malformed files of the CLI suite, generated at run time (nothing large is committed). Each case
 * names the command to run, the file(s) it makes and what the error must name.
 */
export interface MalformedCase {
  name: string;
  /**
   * The sporthub command and flags; `{file}` is replaced by the generated file's path, `{rejects}` by
   * where the rejects CSV goes (rejected rows name their code, file and line there: SPEC §6.2).
   */
  args: string[];
  file: string;
  make(file: string): Promise<void>;
  /** Each must appear in the error output or the rejects file (the stable code, the place). */
  expect: RegExp[];
}

const SAMPLES = fileURLToPath(new URL('../../../examples/data/', import.meta.url));
const sample = (name: string) => readFileSync(path.join(SAMPLES, name));

export const HEADER = 'external_id,outlet_code,program_code,date,start_time,end_time,capacity,coach,zone';
const csv = (...rows: string[]) => `${[HEADER, ...rows].join('\n')}\n`;
const ics = (...lines: string[]) =>
  `${['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//sporthub//bad-input//EN', ...lines, 'END:VCALENDAR'].join('\r\n')}\r\n`;
const vevent = (uid: string, ...props: string[]) => [
  'BEGIN:VEVENT',
  `UID:${uid}`,
  'DTSTAMP:20261201T000000Z',
  ...props,
  'X-SPORTHUB-OUTLET:NY-0001',
  'X-SPORTHUB-PROGRAM:P-TAICHI',
  'X-SPORTHUB-CAPACITY:10',
  'END:VEVENT',
];
const text = (content: string | Buffer) => (file: string) => writeFile(file, content);

const importCase = (
  name: string,
  file: string,
  make: (file: string) => Promise<void>,
  expect: RegExp[],
  flags: string[] = [],
): MalformedCase => ({
  name,
  args: ['schedules', 'import', '{file}', '--json', '--progress', 'none', '--rejects', '{rejects}', ...flags],
  file,
  make,
  expect,
});

const billionLaughs = [
  'apiVersion: sporthub/v1',
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((k, i) => {
    const prev = 'abcdefghi'[i];
    return `${k}: &${k} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`;
  }),
  'programs: *i',
].join('\n');

export const CASES: MalformedCase[] = [
  importCase(
    'truncated CSV (inside a quoted field)',
    'truncated.csv',
    text(csv('S-1,NY-0001,P-TAICHI,2027-03-01,7:30,8:30,20,C-NY,HALL', 'S-2,NY-0001,"P-TAI')),
    [/unterminated_quote/, /truncated\.csv:3/],
  ),
  importCase(
    'truncated XLSX',
    'truncated.xlsx',
    async (file) => {
      const bytes = sample('schedules/april-2027.xlsx');
      await writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    },
    [/invalid_xlsx/, /truncated\.xlsx/],
  ),
  importCase(
    'truncated iCalendar',
    'truncated.ics',
    async (file) => {
      const bytes = sample('schedules/taichi-mornings.ics');
      await writeFile(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    },
    [/invalid_ics/, /truncated\.ics/],
  ),
  importCase(
    'binary junk',
    'junk.csv',
    async (file) => writeFile(file, Buffer.concat([Buffer.from([0, 1, 2, 0]), randomBytes(64 * 1024)])),
    [/binary_file/, /junk\.csv/],
  ),
  importCase(
    'wrong encoding (GB18030 read as UTF-8)',
    'gb.csv',
    async (file) => writeFile(file, sample('schedules/march-2027-gb18030.csv')),
    [/encoding_mismatch/, /gb\.csv:\d+/, /--encoding gb18030/],
    ['--encoding', 'utf-8'],
  ),
  importCase(
    'a 10 MB single line',
    'one-line.csv',
    text(`${HEADER}\nS-1,NY-0001,P-TAICHI,2027-03-01,7:30,8:30,20,C-NY,${'x'.repeat(10 * 1024 * 1024)}`),
    [/line_too_long/, /one-line\.csv:2/],
  ),
  importCase(
    'a header with 1M columns',
    'wide.csv',
    text(`${HEADER}${',extra'.repeat(1_000_000)}\nS-1,NY-0001,P-TAICHI,2027-03-01,7:30,8:30,20,C-NY,HALL\n`),
    [/line_too_long|too_many_columns/, /wide\.csv:1/],
  ),
  importCase(
    'invalid dates',
    'dates.csv',
    text(
      csv(
        'S-1,NY-0001,P-TAICHI,2027-02-30,7:30,8:30,20,C-NY,HALL',
        'S-2,NY-0001,P-TAICHI,2027/13/1,7:30,8:30,20,C-NY,HALL',
      ),
    ),
    [/invalid_date/, /dates\.csv:2/, /dates\.csv:3/],
  ),
  importCase(
    'a time that does not exist in the zone (DST gap, America/New_York 2027-03-14 02:30)',
    'dst-gap.csv',
    text(csv('S-1,NY-0001,P-TAICHI,2027-03-14,2:30,3:30,20,C-NY,HALL')),
    [/nonexistent_time/, /dst-gap\.csv:2/],
  ),
  importCase(
    'a TZID that does not exist',
    'mars.ics',
    text(
      ics(
        ...vevent(
          'mars@bad-input',
          'DTSTART;TZID=Mars/Olympus_Mons:20270405T073000',
          'DTEND;TZID=Mars/Olympus_Mons:20270405T083000',
        ),
      ),
    ),
    [/unknown_timezone/, /mars\.ics:7/], // the DTSTART naming the zone (BEGIN:VEVENT is line 4)
  ),
  importCase(
    'overlapping sessions (same coach, same zone)',
    'overlap.csv',
    text(
      csv(
        'S-1,NY-0001,P-TAICHI,2027-04-01,9:00,10:00,20,C-NY,HALL',
        'S-2,NY-0001,P-TAICHI,2027-04-01,9:30,10:30,20,C-NY,HALL',
      ),
    ),
    [/coach_overlap|zone_overlap|overlap/, /overlap\.csv:3/],
  ),
  importCase(
    'negative capacity',
    'negative.csv',
    text(csv('S-1,NY-0001,P-TAICHI,2027-04-01,9:00,10:00,-5,C-NY,HALL')),
    [/capacity/, /negative\.csv:2/],
  ),
  importCase(
    'unknown outlet, program and coach references',
    'unknown.csv',
    text(
      csv(
        'S-1,NOPE-9999,P-TAICHI,2027-04-01,9:00,10:00,5,C-NY,HALL',
        'S-2,NY-0001,P-NOPE,2027-04-01,11:00,12:00,5,C-NY,HALL',
        'S-3,NY-0001,P-TAICHI,2027-04-01,13:00,14:00,5,C-NOPE,HALL',
      ),
    ),
    [/unknown_outlet/, /unknown_program/, /unknown_coach/, /unknown\.csv:2/, /unknown\.csv:4/],
  ),
  {
    name: 'YAML bomb (billion laughs) to plan',
    args: ['plan', '-f', '{file}', '--json'],
    file: 'bomb.yaml',
    make: text(billionLaughs),
    expect: [/manifest_invalid/, /bomb\.yaml:\d+/, /alias/i],
  },
  {
    name: 'YAML bomb (billion laughs) to apply',
    args: ['apply', '-f', '{file}', '--json'],
    file: 'bomb-apply.yaml',
    make: text(billionLaughs),
    expect: [/manifest_invalid/, /bomb-apply\.yaml:\d+/, /alias/i],
  },
  {
    name: 'a manifest nested 100,000 levels deep',
    args: ['plan', '-f', '{file}', '--json'],
    file: 'deep.yaml',
    make: text(`apiVersion: sporthub/v1\noutlets: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`),
    expect: [/manifest_invalid/, /deep\.yaml:\d+/],
  },
  {
    name: 'a huge manifest (60,000 outlets, one invalid)',
    args: ['apply', '-f', '{file}', '--json'],
    file: 'huge.yaml',
    make: text(
      `apiVersion: sporthub/v1\noutlets:\n${Array.from({ length: 60_000 }, (_, i) => `  - {code: HUGE-${i}, name: 服务点${i}${i === 59_999 ? ', capacity: -1' : ''}}`).join('\n')}\n`,
    ),
    expect: [/manifest_invalid/, /huge\.yaml:60002/],
  },
];
