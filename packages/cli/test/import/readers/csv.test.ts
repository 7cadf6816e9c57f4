import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { failure, fixture, readAll, summary, tempDir } from './helpers.js';

const write = tempDir();
const basic = readFileSync(fixture('basic.csv'), 'utf8');
const basicRows = [
  [
    'Program_Code',
    'External ID',
    'OUTLET_CODE',
    'date',
    'Start Time',
    'end_time',
    'Capacity',
    'Coach',
    'notes',
  ],
  ['P-TAICHI', 'PD-0105', 'SH-PD-0001', '2027-01-05', '08:30', '09:30', '20', '王教练', 'first week'],
  ['P-TAICHI', 'PD-0106', 'SH-PD-0001', '2027/1/6', '8:30', '9:30', '20', '', ''],
  [
    'P-WALK',
    'PD-0107',
    'SH-PD-0001',
    '2027年1月7日',
    '18:00:00',
    '20:30:00',
    '50',
    'C-0042',
    'evening, park; "lit"',
  ],
];
/** The rows as CSV text with another delimiter, quoting what needs it. */
function toCsv(rows: string[][], delimiter: string, newline = '\n'): string {
  const quote = (cell: string) => (/[",;\t\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(delimiter)).join(newline) + newline;
}
const basicIds = [2, 3, 4].map((line, i) => ({ line, externalId: `PD-010${5 + i}`, codes: [] }));
const multiline = readFileSync(fixture('multiline.csv'), 'utf8');

describe('CSV dialects', () => {
  // [name, {given: file text, want: lines and ids}]
  const cases: Array<[string, { given: string; want: Array<ReturnType<typeof summary>> }]> = [
    [
      'comma, LF, English headers in any order and case',
      {
        given: basic,
        want: [
          { line: 2, externalId: 'PD-0105', codes: [] },
          { line: 3, externalId: 'PD-0106', codes: [] },
          { line: 4, externalId: 'PD-0107', codes: [] },
        ],
      },
    ],
    ['semicolon (European Excel)', { given: toCsv(basicRows, ';'), want: basicIds }],
    ['tab', { given: toCsv(basicRows, '\t'), want: basicIds }],
    ['semicolon and CRLF', { given: toCsv(basicRows, ';', '\r\n'), want: basicIds }],
    ['CRLF', { given: basic.replace(/\n/g, '\r\n'), want: basicIds }],
    ['CR only (old Mac Excel)', { given: basic.replace(/\n/g, '\r'), want: basicIds }],
    [
      'a CRLF header then LF rows, blank lines of either kind (a file edited in several tools)',
      {
        given: (([header, a, b, c]) => `${header}\r\n${a}\n\n${b}\r\n\r\n${c}\n`)(basic.split('\n')),
        want: [
          { line: 2, externalId: 'PD-0105', codes: [] },
          { line: 4, externalId: 'PD-0106', codes: [] },
          { line: 6, externalId: 'PD-0107', codes: [] },
        ],
      },
    ],
    [
      'an LF header then CRLF rows with quoted last cells',
      {
        given: toCsv(basicRows, ',', '\r\n').replace('\r\n', '\n'),
        want: basicIds,
      },
    ],
    [
      'quoted multi-line fields, empty lines, a line of only delimiters',
      {
        given: multiline,
        want: [
          { line: 3, externalId: 'PD-1', codes: [] },
          { line: 8, externalId: 'PD-2', codes: ['capacity:invalid_integer'] },
          { line: 9, externalId: 'PD-3', codes: ['end_time:ends_before_start'] },
        ],
      },
    ],
    [
      'quoted multi-line fields with CRLF inside and between records',
      {
        given: multiline.replace(/\n/g, '\r\n'),
        want: [
          { line: 3, externalId: 'PD-1', codes: [] },
          { line: 8, externalId: 'PD-2', codes: ['capacity:invalid_integer'] },
          { line: 9, externalId: 'PD-3', codes: ['end_time:ends_before_start'] },
        ],
      },
    ],
    [
      'spaces around cells and headers, no final newline',
      {
        given:
          ' External_Id , outlet code,PROGRAM CODE , Date,start time,END TIME,capacity \n  PD-9 ,SH-PD-0001, P-TAICHI ,2027-01-05, 8:30 ,9:30, 20 ',
        want: [{ line: 2, externalId: 'PD-9', codes: [] }],
      },
    ],
    [
      "a title line above the header (Excel export), and Excel's sep= line",
      {
        given: `2027年1月 课程表,,,,,,,,\nsep=,\n${basic}`,
        want: basicIds.map((r) => ({ ...r, line: r.line + 2 })),
      },
    ],
  ];

  test.each(cases)('%s', async (name, { given, want }) => {
    const records = await readAll(write(`${name.replace(/\W+/g, '-')}.csv`, given));
    expect(records.map(summary)).toEqual(want);
  });

  test.each([',', ';', '\t'])(
    'delimiter %j keeps quoted delimiters and quotes inside values',
    async (delimiter) => {
      const records = await readAll(
        write(`delim-${delimiter.charCodeAt(0)}.csv`, toCsv(basicRows, delimiter)),
      );
      expect(records.map((r) => r.raw.notes)).toEqual(['first week', '', 'evening, park; "lit"']);
      expect(Object.keys(records[0]?.raw ?? {})).toHaveLength(9);
    },
  );

  test('multi-line values survive chunk boundaries anywhere (1-byte reads)', async () => {
    const records = await readAll(write('tiny-chunks.csv', multiline.replace(/\n/g, '\r\n')), {
      highWaterMark: 1,
    });
    expect(records.map((r) => r.line)).toEqual([3, 8, 9]);
    expect(records[0]?.row?.title).toBe('Tai chi, "morning"\r\nsecond line\r\nthird line');
  });
});

describe('CSV rows', () => {
  test('dates, times and integers are normalized by the schema helpers', async () => {
    const records = await readAll(fixture('basic.csv'));
    expect(records.map((r) => r.row)).toEqual([
      expect.objectContaining({
        date: '2027-01-05',
        startTime: '08:30',
        endTime: '09:30',
        capacity: 20,
        coach: '王教练',
      }),
      expect.objectContaining({ date: '2027-01-06', startTime: '08:30', endTime: '09:30' }),
      expect.objectContaining({ date: '2027-01-07', startTime: '18:00', endTime: '20:30', capacity: 50 }),
    ]);
  });

  test('raw keeps the original headers, in order, extra columns included', async () => {
    const [first] = await readAll(fixture('basic.csv'));
    expect(Object.entries(first?.raw ?? {})).toEqual([
      ['Program_Code', 'P-TAICHI'],
      ['External ID', 'PD-0105'],
      ['OUTLET_CODE', 'SH-PD-0001'],
      ['date', '2027-01-05'],
      ['Start Time', '08:30'],
      ['end_time', '09:30'],
      ['Capacity', '20'],
      ['Coach', '王教练'],
      ['notes', 'first week'],
    ]);
  });

  test('starts_at/ends_at instead of date and times', async () => {
    const records = await readAll(fixture('instants.csv'));
    expect(records.map(summary)).toEqual([
      { line: 2, externalId: 'PD-1', codes: [] },
      { line: 3, externalId: 'PD-2', codes: [] },
      { line: 4, externalId: 'PD-3', codes: ['starts_at:invalid_datetime'] },
    ]);
    expect(records[1]?.row).toMatchObject({ startsAt: '2027-01-05T09:30:00+08:00', status: 'cancelled' });
  });

  test('errors name the column as the file wrote it', async () => {
    const text =
      '编号,网点编号,课程编号,日期,开始时间,结束时间,名额\nPD-1,SH-PD-0001,P-TAICHI,2027-02-30,25:00,9:30,-1\n';
    const [record] = await readAll(write('bad-cells.csv', text));
    expect(record?.errors.map((e) => [e.column, e.code])).toEqual([
      ['名额', 'negative_capacity'],
      ['日期', 'invalid_date'],
      ['开始时间', 'invalid_time'],
    ]);
    expect(record?.row).toBeUndefined();
  });

  test('flags fill missing columns and empty cells, never a value the file has', async () => {
    const text =
      'external_id,program_code,date,start_time,end_time,capacity\nPD-1,P-TAICHI,2027-01-05,08:30,09:30,\nPD-2,,2027-01-05,10:00,11:00,12\n';
    const records = await readAll(write('flags.csv', text), {
      outlet: 'SH-PD-0001',
      program: 'P-WALK',
      capacity: 30,
    });
    expect(records.map((r) => [r.row?.outletCode, r.row?.programCode, r.row?.capacity])).toEqual([
      ['SH-PD-0001', 'P-TAICHI', 30],
      ['SH-PD-0001', 'P-WALK', 12],
    ]);
    expect(Object.keys(records[0]?.raw ?? {})).not.toContain('outlet_code');
  });

  test('a row with more cells than the header is rejected, its extra cells quoted in the message', async () => {
    const text =
      'external_id,outlet_code,program_code,title,date,start_time,end_time,capacity\nPD-1,SH-PD-0001,P-TAICHI,Yoga, beginners,2027-01-05,08:30,09:30,20\n';
    const [record] = await readAll(write('extra-cells.csv', text));
    const problem = record?.errors.find((e) => e.code === 'too_many_fields');
    expect(problem).toMatchObject({
      column: 'column_9',
      message: expect.stringContaining('one cell past the last column ("20")'),
    });
    // The row keeps the header's columns, so its rejects go to the same file as the file's other rows.
    expect(Object.keys(record?.raw ?? {})).toEqual(text.split('\n')[0]?.split(','));
  });

  test('a malformed quote is rejected naming the column it is in', async () => {
    const text =
      'external_id,outlet_code,program_code,title,date,start_time,end_time,capacity\nTG-1,SH-PD-0001,P-YOGA,ok,2027-07-06,10:00,11:00,5\nTG-2,SH-PD-0001,P-YOGA,"ab"cd",2027-07-06,10:00,11:00,5\n';
    const records = await readAll(write('bad-quote.csv', text));
    expect(records.map(summary)).toEqual([
      { line: 2, externalId: 'TG-1', codes: [] },
      { line: 3, externalId: 'TG-2', codes: ['title:invalid_quotes'] },
    ]);
  });

  test('a header-only file has no records', async () => {
    expect(
      await readAll(
        write('header-only.csv', 'external_id,outlet_code,program_code,date,start_time,end_time,capacity\n'),
      ),
    ).toEqual([]);
  });
});

describe('CSV file errors', () => {
  const header = 'external_id,outlet_code,program_code,date,start_time,end_time,capacity';
  const cases: Array<[string, { given: string | Buffer; want: Record<string, unknown> }]> = [
    ['empty file', { given: '', want: { code: 'empty_file' } }],
    [
      'text after a closing quote',
      {
        given: `${header}\nK2,SH-PD-0001,P-TAICHI,2027-10-26,7:30,8:30,"20"x\nK4,SH-PD-0001,P-TAICHI,2027-10-28,7:30,8:30,20\n`,
        want: {
          code: 'unterminated_quote',
          line: 2,
          message: expect.stringContaining('text follows its closing quote'),
        },
      },
    ],
    ['only blank lines', { given: '\n\r\n  \n,,,\n', want: { code: 'empty_file' } }],
    ['only a BOM', { given: Buffer.from([0xef, 0xbb, 0xbf]), want: { code: 'empty_file' } }],
    ['only a title line', { given: '2027年1月 课程表\n\n', want: { code: 'missing_header', line: 1 } }],
    [
      'no header row (data first)',
      {
        given: 'PD-1,SH-PD-0001,P-TAICHI,2027-01-05,08:30,09:30,20\n',
        want: { code: 'missing_header', line: 1 },
      },
    ],
    [
      'missing required column',
      {
        given: 'external_id,outlet_code,program_code,date,start_time,capacity\n',
        want: { code: 'missing_column', column: 'end_time', line: 1 },
      },
    ],
    [
      'missing capacity names the flag',
      {
        given: '\n\nexternal_id,outlet_code,program_code,starts_at,ends_at\n',
        want: {
          code: 'missing_column',
          column: 'capacity',
          line: 3,
          message: expect.stringContaining('--capacity'),
        },
      },
    ],
    [
      'starts_at without ends_at',
      {
        given: 'external_id,outlet_code,program_code,starts_at,capacity\n',
        want: { code: 'missing_column', column: 'ends_at' },
      },
    ],
    [
      'duplicate column (English and Chinese alias)',
      { given: `${header},编号\n`, want: { code: 'duplicate_column', column: '编号', line: 1 } },
    ],
    [
      'duplicate column (case and spaces)',
      { given: `${header},Start Time\n`, want: { code: 'duplicate_column', column: 'Start Time' } },
    ],
    [
      'unterminated quote',
      {
        given: `${header}\nPD-1,SH-PD-0001,"P-TAICHI,2027-01-05,08:30,09:30,20\nPD-2,SH-PD-0001,P-TAICHI,2027-01-05,08:30,09:30,20\n`,
        want: { code: 'unterminated_quote', line: 2 },
      },
    ],
    [
      'binary garbage',
      {
        given: Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x13, 0x37, 0x00, 0x00, 0x9a, 0x00, 0x07, 0x00]),
        want: { code: 'binary_file' },
      },
    ],
    [
      'an old .xls workbook',
      {
        given: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        want: { code: 'unsupported_format' },
      },
    ],
  ];

  test.each(cases)('%s', async (name, { given, want }) => {
    expect(await failure(write(`${name.replace(/\W+/g, '-')}.csv`, given))).toMatchObject({
      name: 'ScheduleFileError',
      ...want,
    });
  });

  test('an unreadable file', async () => {
    expect(await failure(fixture('no-such-file.csv'))).toMatchObject({ code: 'file_unreadable' });
    expect(await failure(fixture(''))).toMatchObject({ code: 'file_unreadable' });
  });
});
