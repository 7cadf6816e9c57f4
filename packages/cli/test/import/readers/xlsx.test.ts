import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { failure, fixture, readAll, summary, tempDir } from './helpers.js';

const write = tempDir();
const DAY = 86_400_000;
/** Excel's serial number of a date (1900 date system). */
const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / DAY;

let workbookPath = '';

// A sheet as operators make it: a merged title row, a blank row, Chinese headers, date and time cells,
// plain serial numbers, a formula, rich text, and a blank row between data rows.
beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('课程表');
  sheet.getCell('A1').value = '2027年1月 浦东世纪大道体育服务点 课程表';
  sheet.mergeCells('A1:I1');
  sheet.getRow(3).values = [
    '编号',
    '网点编号',
    '课程编号',
    '日期',
    '开始时间',
    '结束时间',
    '名额',
    '教练',
    '备注',
  ];
  const r4 = sheet.getRow(4);
  r4.values = [
    'PD-0105',
    'SH-PD-0001',
    'P-TAICHI',
    new Date(Date.UTC(2027, 0, 5)),
    8.5 / 24,
    9.5 / 24,
    20,
    '王教练',
    'date and time cells',
  ];
  r4.getCell(4).numFmt = 'yyyy-mm-dd';
  r4.getCell(5).numFmt = 'h:mm';
  r4.getCell(6).numFmt = 'h:mm';
  sheet.getRow(5).values = [
    'PD-0106',
    'SH-PD-0001',
    'P-TAICHI',
    serial(2027, 1, 6),
    '8:30',
    '20:30:00',
    { formula: '10*2', result: 20 },
    { richText: [{ text: '李' }, { text: '教练', font: { bold: true } }] },
    'plain serial, text times, formula, rich text',
  ];
  const r7 = sheet.getRow(7);
  r7.values = [
    'PD-0107',
    'SH-PD-0001',
    'P-WALK',
    '2027年1月7日',
    18.25 / 24,
    0.8541666666666666,
    'many',
    '',
    'bad capacity',
  ];
  r7.getCell(5).numFmt = 'hh:mm:ss';
  const second = workbook.addWorksheet('Second');
  second.addRow(['external_id', 'outlet_code', 'program_code', 'starts_at', 'ends_at', 'capacity']);
  second.addRow([
    'PD-S1',
    'SH-PD-0001',
    'P-WALK',
    '2027-01-05T08:30:00+08:00',
    '2027-01-05T09:30:00+08:00',
    12,
  ]);
  workbookPath = write('schedule.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
});

describe('XLSX', () => {
  test('the first sheet: title and blank rows skipped, cells converted, sheet row numbers', async () => {
    const records = await readAll(workbookPath);
    expect(records.map(summary)).toEqual([
      { line: 4, externalId: 'PD-0105', codes: [] },
      { line: 5, externalId: 'PD-0106', codes: [] },
      { line: 7, externalId: 'PD-0107', codes: ['名额:invalid_integer'] },
    ]);
    expect(records[0]?.row).toMatchObject({
      date: '2027-01-05',
      startTime: '08:30',
      endTime: '09:30',
      capacity: 20,
      coach: '王教练',
    });
    expect(records[1]?.row).toMatchObject({
      date: '2027-01-06',
      startTime: '08:30',
      endTime: '20:30',
      capacity: 20,
      coach: '李教练',
    });
    expect(records[2]?.input).toMatchObject({ date: '2027年1月7日', startTime: '18:15', endTime: '20:30' });
    expect(records[0]?.raw).toEqual({
      编号: 'PD-0105',
      网点编号: 'SH-PD-0001',
      课程编号: 'P-TAICHI',
      日期: '2027-01-05',
      开始时间: '08:30',
      结束时间: '09:30',
      名额: '20',
      教练: '王教练',
      备注: 'date and time cells',
    });
  });

  test.each([['Second'], ['second']])('--sheet %s picks a sheet by name', async (sheet) => {
    const records = await readAll(workbookPath, { sheet });
    expect(records.map(summary)).toEqual([{ line: 2, externalId: 'PD-S1', codes: [] }]);
    expect(records[0]?.row).toMatchObject({ startsAt: '2027-01-05T08:30:00+08:00', capacity: 12 });
  });

  test('an error cell (#DIV/0!, #N/A) is reported as the value it shows, not as an empty cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Errors');
    sheet.addRow([
      'external_id',
      'outlet_code',
      'program_code',
      'date',
      'start_time',
      'end_time',
      'capacity',
    ]);
    sheet.addRow(['E-1', 'SH-PD-0001', 'P-WALK', '2027-01-05', '8:30', '9:30', 20]);
    sheet.addRow(['E-2', 'SH-PD-0001', 'P-WALK', '2027-01-05', '8:30', '9:30', 20]);
    sheet.getCell('G2').value = { error: '#DIV/0!' } as ExcelJS.CellValue;
    sheet.getCell('B3').value = { error: '#N/A' } as ExcelJS.CellValue;
    const records = await readAll(write('errors.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())));
    expect(records.map(summary)).toEqual([
      { line: 2, externalId: 'E-1', codes: ['capacity:invalid_integer'] },
      { line: 3, externalId: 'E-2', codes: [] },
    ]);
    expect(records[0]?.errors[0]?.message).toContain('"#DIV/0!"');
    expect(records[1]?.row?.outletCode).toBe('#N/A'); // then unknown_outlet "#N/A" against the server's outlets
  });

  test('an unknown --sheet lists the sheets there are', async () => {
    expect(await failure(workbookPath, { sheet: 'March' })).toMatchObject({
      code: 'unknown_sheet',
      message: expect.stringContaining('"课程表", "Second"'),
    });
  });

  test('a first sheet without a schedule names the other sheets and --sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').getCell('A1').value = '本表说明：课程表在第二页';
    const second = workbook.addWorksheet('四月');
    second.getRow(1).values = ['编号', '网点编号', '课程编号', 'starts_at', 'ends_at', '名额'];
    second.getRow(2).values = [
      'A-1',
      'SH-PD-0001',
      'P-TAICHI',
      '2027-04-02T08:30+08:00',
      '2027-04-02T09:30+08:00',
      20,
    ];
    const path = write('cover-sheet.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(await failure(path)).toMatchObject({
      code: 'missing_header',
      message: expect.stringContaining('the workbook also has "四月": pick one with --sheet'),
    });
    expect((await readAll(path, { sheet: '四月' })).map(summary)).toEqual([
      { line: 2, externalId: 'A-1', codes: [] },
    ]);
  });

  test('a first sheet of other columns (a lookup table) names itself, the other sheets and --sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('教练表').getRow(1).values = ['教练', '名称'];
    workbook.addWorksheet('课程表').getRow(1).values = ['编号'];
    const path = write('lookup-first.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(await failure(path)).toMatchObject({
      code: 'missing_column',
      message: expect.stringContaining(
        '(sheet "教练表"); the workbook also has "课程表": pick one with --sheet',
      ),
    });
  });

  test('detected by magic bytes whatever the extension', async () => {
    const renamed = write('schedule-really-xlsx.csv', readFileSync(workbookPath));
    expect(await readAll(renamed)).toHaveLength(3);
  });

  test.each([
    ['truncated', () => readFileSync(workbookPath).subarray(0, 900)],
    [
      'zip header then garbage',
      () => Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(2000, 0x41)]),
    ],
    ['not a zip at all, forced', () => Buffer.from('hello, world\n')],
  ])('a damaged workbook (%s) is invalid_xlsx', async (name, bytes) => {
    const file = write(`${name.replace(/\W+/g, '-')}.xlsx`, bytes());
    expect(await failure(file, { format: 'xlsx' })).toMatchObject({
      name: 'ScheduleFileError',
      code: 'invalid_xlsx',
    });
  });

  test('header problems are the same as in CSV', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook
      .addWorksheet('Sheet1')
      .addRow([
        'external_id',
        'outlet_code',
        'program_code',
        'date',
        'start_time',
        'end_time',
        'capacity',
        '编号',
      ]);
    const file = write('dup.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(await failure(file)).toMatchObject({ code: 'duplicate_column', line: 1, column: '编号' });
  });
});

describe('XLSX cells as Excel shows them', () => {
  test('a date-time in a date cell is its day; hours past a day under [h]:mm, bad serials and 1e10 are refused', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Cells');
    sheet.addRow([
      'external_id',
      'outlet_code',
      'program_code',
      'date',
      'start_time',
      'end_time',
      'capacity',
    ]);
    const rows: Array<[string, number | Date, number, number, string?]> = [
      // =NOW() in a yyyy-mm-dd cell shows 2029-02-01.
      ['XF-1', serial(2029, 2, 1) + 0.5, 9 / 24, 10 / 24],
      // [h]:mm shows 33:00 and 34:00: no time of day.
      ['XF-2', serial(2029, 2, 1), 1 + 9 / 24, 1 + 10 / 24, '[h]:mm'],
      // h:mm shows the time of day of a date-time: 09:00.
      ['XF-3', serial(2029, 2, 1), serial(2029, 2, 1) + 9 / 24, serial(2029, 2, 1) + 10 / 24, 'h:mm'],
      // A negative serial and one past 9999-12-31 show ##### in a date cell.
      ['XF-4', -5, 9 / 24, 10 / 24],
      ['XF-5', 1e10, 9 / 24, 10 / 24],
    ];
    for (const [id, date, start, end, timeFormat] of rows) {
      const row = sheet.addRow([id, 'SH-PD-0001', 'P-WALK', date, start, end, 5]);
      row.getCell(4).numFmt = 'yyyy-mm-dd';
      row.getCell(5).numFmt = timeFormat ?? 'h:mm';
      row.getCell(6).numFmt = timeFormat ?? 'h:mm';
    }
    const records = await readAll(write('cells.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())));
    expect(records.map(summary)).toEqual([
      { line: 2, externalId: 'XF-1', codes: [] },
      { line: 3, externalId: 'XF-2', codes: ['start_time:invalid_time', 'end_time:invalid_time'] },
      { line: 4, externalId: 'XF-3', codes: [] },
      { line: 5, externalId: 'XF-4', codes: ['date:invalid_date'] },
      { line: 6, externalId: 'XF-5', codes: ['date:invalid_date'] },
    ]);
    expect(records[0]?.row).toMatchObject({ date: '2029-02-01', startTime: '09:00', endTime: '10:00' });
    expect(records[1]?.raw).toMatchObject({ start_time: '33:00', end_time: '34:00' });
    expect(records[2]?.row).toMatchObject({ date: '2029-02-01', startTime: '09:00', endTime: '10:00' });
    expect(records[4]?.raw).toMatchObject({ date: '#####' });
  });

  // Written by openpyxl 3.1 (pandas' engine), which gives the workbook's sheets absolute targets
  // (`/xl/worksheets/sheet1.xml`): the sheets must still be found by their names.
  test('a workbook from openpyxl or pandas: sheets found by name, the first one by default', async () => {
    const ids = async (file: string, sheet?: string) =>
      (await readAll(fixture(file), { sheet })).map((r) => r.input.externalId);
    expect(await ids('openpyxl-one-sheet.xlsx')).toEqual(['PY-1', 'PY-2']);
    expect(await ids('openpyxl-one-sheet.xlsx', '五月')).toEqual(['PY-1', 'PY-2']);
    // Its first sheet is named "Sheet2" and its second "Sheet1": names, not file numbers, decide.
    expect(await ids('openpyxl-sheets.xlsx')).toEqual(['PY-3']);
    expect(await ids('openpyxl-sheets.xlsx', 'Sheet1')).toEqual(['PY-4', 'PY-5']);
    expect(await ids('openpyxl-sheets.xlsx', 'Sheet2')).toEqual(['PY-3']);
  });

  test('a workbook whose sheets come before its workbook part in the zip reads the same every time', async () => {
    // exceljs's own streaming loop spooled such sheets and now and then lost the parts after them.
    const reads: unknown[][] = [];
    for (let i = 0; i < 30; i++) {
      const records = await readAll(fixture('openpyxl-sheets.xlsx'), { sheet: i % 2 ? 'Sheet1' : undefined });
      reads.push(records.map((r) => r.input.externalId));
    }
    expect(reads).toEqual(Array.from({ length: 30 }, (_, i) => (i % 2 ? ['PY-4', 'PY-5'] : ['PY-3'])));
  });

  test('cells merged down a column (a day’s date, its outlet) give every row the value Excel shows', async () => {
    const records = await readAll(fixture('openpyxl-merged.xlsx'));
    expect(
      records.map((r) => [r.line, r.input.outletCode, r.input.date, r.errors.map((e) => e.code)]),
    ).toEqual([
      [3, 'SH-YP-0005', '2027-10-09', []],
      [4, 'SH-YP-0005', '2027-10-09', []],
      [5, 'SH-YP-0005', '2027-10-09', []],
      [6, 'SH-YP-0005', '2027-10-10', []],
      // Not merged: an empty date is still refused.
      [7, 'SH-YP-0005', undefined, ['required']],
    ]);
  });

  // Cells as writers other than Excel store them, which exceljs's streaming reader misread.
  test.each([
    // openpyxl's CellRichText: an inline string of several runs (only the last run was read).
    ['writer-richtext-inline.xlsx', { externalId: 'R2-0001', title: '周一太极', date: '2027-12-28' }],
    // Japanese Excel: a shared string with a phonetic guide (<rPh>), which is not the cell's text.
    ['writer-phonetic.xlsx', { externalId: 'R2-0002', title: '太極拳', date: '2027-12-29' }],
    // ISO 8601 date and time cells (t="d", openpyxl's iso_dates, SheetJS's cellDates): 2027 was serial 2027.
    [
      'writer-iso-dates.xlsx',
      { externalId: 'ISOD-2', date: '2027-06-26', startTime: '09:00', endTime: '10:30' },
    ],
    // Rows and cells without their optional r reference, and no styles part at all.
    ['writer-no-references.xlsx', { externalId: 'R4-01', date: '2028-01-03', capacity: 20 }],
    // A hidden first sheet of lookups: the default is the first sheet the operator sees (课表).
    ['writer-hidden-first-sheet.xlsx', { externalId: 'R5-01', date: '2028-01-04' }],
  ])('%s reads as the writer meant', async (file, expected) => {
    const records = await readAll(fixture(file));
    expect(records.every((r) => r.errors.length === 0)).toBe(true);
    expect(records.at(-1)?.row).toMatchObject(expected);
  });

  test('a formula without a computed value (openpyxl writes none) refuses the workbook, naming the cell', async () => {
    expect(await failure(fixture('openpyxl-formula.xlsx'))).toMatchObject({
      code: 'invalid_xlsx',
      line: 2,
      message: expect.stringContaining('Cell G2 holds a formula (=10*2) without a computed value'),
    });
  });

  test('a number in a text column reads as its format shows it (000042, PD-0143), as Excel’s CSV would', async () => {
    const [zeros, prefixed] = await readAll(fixture('openpyxl-sheets.xlsx'), { sheet: '编号' });
    expect(zeros?.row).toMatchObject({ externalId: '000042', date: '2027-06-04', startTime: '09:00' });
    // A capacity stays a number whatever its format shows (#,##0 would show 1,000).
    expect(prefixed?.row).toMatchObject({ externalId: 'PD-0143', capacity: 1000 });
  });
});
