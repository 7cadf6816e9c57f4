import { describe, expect, it } from 'vitest';
import { csvField, renderCsv } from '../../src/output/csv.js';
import { type Column, type OutputFormat, renderList, renderRecord } from '../../src/output/index.js';
import { displayWidth, renderPlainTable } from '../../src/output/table.js';

interface Row {
  code: string;
  name: string;
  zones: number;
  tags?: string[] | null;
}

const COLUMNS: Column<Row>[] = [
  { header: 'Code', value: (r) => r.code },
  { header: 'Name', value: (r) => r.name },
  { header: 'Zones', value: (r) => r.zones },
];

const ROWS: Row[] = [
  { code: 'SH-PD-0001', name: '浦东世纪大道', zones: 2 },
  { code: 'SH-XH-0002', name: 'Xuhui, "North"', zones: 0, tags: null },
];

const plain = (format: OutputFormat) => ({ format, tty: false, color: false });

describe('csvField (RFC 4180 §2)', () => {
  it.each([
    ['plain text stays bare', 'abc', 'abc'],
    ['comma is quoted', 'a,b', '"a,b"'],
    ['quote is doubled and quoted', 'say "hi"', '"say ""hi"""'],
    ['LF is quoted', 'a\nb', '"a\nb"'],
    ['CR is quoted', 'a\rb', '"a\rb"'],
    ['empty stays empty', '', ''],
    ['unicode stays bare', '浦东新区', '浦东新区'],
  ])('%s', (_name, given, want) => {
    expect(csvField(given)).toBe(want);
  });
});

describe('renderList', () => {
  it.each<[string, { format: OutputFormat; want: string }]>([
    [
      'csv: header, CRLF after every record, quoting',
      {
        format: 'csv',
        want: 'Code,Name,Zones\r\nSH-PD-0001,浦东世纪大道,2\r\nSH-XH-0002,"Xuhui, ""North""",0\r\n',
      },
    ],
    [
      'ndjson: one whole row per line',
      {
        format: 'ndjson',
        want: `${JSON.stringify(ROWS[0])}\n${JSON.stringify(ROWS[1])}\n`,
      },
    ],
    ['json: the whole rows as an array', { format: 'json', want: `${JSON.stringify(ROWS, null, 2)}\n` }],
    [
      'yaml: the whole rows',
      {
        format: 'yaml',
        want: '- code: SH-PD-0001\n  name: 浦东世纪大道\n  zones: 2\n- code: SH-XH-0002\n  name: Xuhui, "North"\n  zones: 0\n  tags: null\n',
      },
    ],
    [
      'table without a TTY: plain aligned columns, wide characters count double',
      {
        format: 'table',
        want: 'CODE        NAME            ZONES\nSH-PD-0001  浦东世纪大道    2\nSH-XH-0002  Xuhui, "North"  0\n',
      },
    ],
  ])('%s', async (_name, { format, want }) => {
    expect(await renderList(ROWS, COLUMNS, plain(format))).toBe(want);
  });

  it.each<OutputFormat>(['csv', 'json', 'ndjson'])('empty list in %s', async (format) => {
    const want = { csv: 'Code,Name,Zones\r\n', json: '[]\n', ndjson: '' }[
      format as 'csv' | 'json' | 'ndjson'
    ];
    expect(await renderList([], COLUMNS, plain(format))).toBe(want);
  });

  it('yaml quotes what a YAML 1.1 reader would turn into a number, date or boolean', async () => {
    const row = { start_time: '18:30', date: '2027-03-08', status: 'on', capacity: 20 };
    const out = await renderList([row], [], plain('yaml'));
    expect(out).toBe('- start_time: "18:30"\n  date: "2027-03-08"\n  status: "on"\n  capacity: 20\n');
  });

  it('table on a TTY draws borders (cli-table3) and no colour codes when colour is off', async () => {
    const out = await renderList(ROWS, COLUMNS, { format: 'table', tty: true, color: false });
    expect(out).toContain('┌');
    expect(out).toContain('SH-PD-0001');
    expect(out).not.toContain('\u001B[');
  });
});

describe('renderRecord', () => {
  const record = ROWS[0] as Row;
  it.each<[OutputFormat, string]>([
    ['csv', 'Code,Name,Zones\r\nSH-PD-0001,浦东世纪大道,2\r\n'],
    ['ndjson', `${JSON.stringify(record)}\n`],
    ['table', 'FIELD  VALUE\nCode   SH-PD-0001\nName   浦东世纪大道\nZones  2\n'],
  ])('%s', async (format, want) => {
    expect(await renderRecord(record, COLUMNS, plain(format))).toBe(want);
  });
});

describe('plain table cells', () => {
  it('joins lists, blanks null and flattens newlines', () => {
    const cols: Column<{ v: unknown }>[] = [{ header: 'v', value: (r) => r.v }];
    expect(renderPlainTable([{ v: ['a', 'b'] }, { v: null }, { v: 'x\ny' }], cols)).toBe('V\na, b\n\nx y\n');
  });

  it.each([
    ['ascii', 'abc', 3],
    ['CJK', '浦东', 4],
    ['mixed', 'SH 浦东', 7],
  ])('displayWidth %s', (_name, text, want) => {
    expect(displayWidth(text)).toBe(want);
  });
});

describe('renderCsv', () => {
  it('renders objects in cells as JSON', () => {
    const cols: Column<{ o: unknown }>[] = [{ header: 'o', value: (r) => r.o }];
    expect(renderCsv([{ o: { a: 1 } }], cols)).toBe('o\r\n"{""a"":1}"\r\n');
  });
});
