import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { failure, fixture, readAll, tempDir } from './helpers.js';

const write = tempDir();
const chinese = readFileSync(fixture('chinese.csv'), 'utf8');
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

// The same sheet "saved" in every encoding SPEC §6.2 names must read the same.
const expected = [
  {
    line: 2,
    row: {
      externalId: 'PD-TAICHI-0105',
      outletCode: 'SH-PD-0001',
      programCode: 'P-TAICHI',
      date: '2027-01-05',
      startTime: '08:30',
      endTime: '09:30',
      capacity: 20,
      coach: '王教练',
      zone: 'EXP',
    },
    raw: { 编号: 'PD-TAICHI-0105', 备注: '太极拳晨练' },
  },
  {
    line: 3,
    row: {
      externalId: 'PD-WALK-0106',
      date: '2027-01-06',
      startTime: '18:00',
      endTime: '20:30',
      capacity: 50,
      coach: '李教练',
    },
    raw: { 区域: '', 备注: '健步走, 世纪公园' },
  },
];

const cases: Array<[string, { bytes: Buffer; encoding?: string }]> = [
  ['UTF-8 without BOM', { bytes: Buffer.from(chinese) }],
  ['UTF-8 with BOM', { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(chinese)]) }],
  [
    'UTF-16LE with BOM',
    { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(chinese, 'utf16le')]) },
  ],
  ['UTF-16BE with BOM', { bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(chinese)]) }],
  ['UTF-16LE without BOM (sniffed)', { bytes: Buffer.from(chinese, 'utf16le') }],
  ['GB18030 without BOM, as Excel saves it in mainland China', { bytes: iconv.encode(chinese, 'gb18030') }],
  ['GB18030 with CRLF', { bytes: iconv.encode(chinese.replace(/\n/g, '\r\n'), 'gb18030') }],
  ['GBK named by --encoding', { bytes: iconv.encode(chinese, 'gbk'), encoding: 'gbk' }],
  ['--encoding GB18030 (any case)', { bytes: iconv.encode(chinese, 'gb18030'), encoding: 'GB18030' }],
  [
    '--encoding utf-8 with a BOM',
    { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(chinese)]), encoding: 'utf-8' },
  ],
];

describe('CSV encodings', () => {
  test.each(cases)('%s', async (name, { bytes, encoding }) => {
    const records = await readAll(write(`${name.replace(/\W+/g, '-')}.csv`, bytes), { encoding });
    expect(records).toHaveLength(2);
    records.forEach((record, i) => {
      expect(record.errors).toEqual([]);
      expect(record.line).toBe(expected[i]?.line);
      expect(record.row).toMatchObject(expected[i]?.row ?? {});
      expect(record.raw).toMatchObject(expected[i]?.raw ?? {});
    });
    expect(Object.keys(records[0]?.raw ?? {})).toEqual([
      '编号',
      '网点编号',
      '课程编号',
      '日期',
      '开始时间',
      '结束时间',
      '名额',
      '教练',
      '区域',
      '备注',
    ]);
  });

  test('Big5 by --encoding', async () => {
    const text =
      'external_id,outlet_code,program_code,title,date,start_time,end_time,capacity\nTW-1,TP-0001,P-TAICHI,太極拳晨練,2027-01-05,08:30,09:30,20\n';
    const [record] = await readAll(write('big5.csv', iconv.encode(text, 'big5')), { encoding: 'big5' });
    expect(record?.row).toMatchObject({ title: '太極拳晨練' });
  });

  test('a multi-byte character split across read chunks, past the 64 KB sample', async () => {
    const header = 'external_id,outlet_code,program_code,title,date,start_time,end_time,capacity\n';
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `PD-${i},SH-PD-0001,P-TAICHI,太极拳晨练第${i}节,2027-01-05,08:30,09:30,20\n`,
    );
    const text = header + rows.join('');
    expect(Buffer.byteLength(text)).toBeGreaterThan(64 * 1024);
    for (const [encoding, bytes] of [
      ['utf-8', Buffer.from(text)],
      ['gb18030', iconv.encode(text, 'gb18030')],
    ] as const) {
      // 7 bytes per chunk: most 2- and 3-byte characters land across a boundary somewhere.
      const records = await readAll(write(`split-${encoding}.csv`, bytes), { highWaterMark: 7 });
      expect(records).toHaveLength(2000);
      expect(records.every((r, i) => r.row?.title === `太极拳晨练第${i}节` && r.line === i + 2)).toBe(true);
    }
  });

  // SPEC §6.2: without a BOM, "valid UTF-8 is UTF-8, anything else GB18030" — the whole file, not a sample.
  test('a file whose Chinese text starts after the first 64 KB is read as GB18030', async () => {
    const header = 'external_id,outlet_code,program_code,title,date,start_time,end_time,capacity\n';
    const ascii = Array.from(
      { length: 2000 },
      (_, i) => `PD-${i},SH-PD-0001,P-TAICHI,Tai chi,2027-01-05,08:30,09:30,20\n`,
    ).join('');
    const tail = iconv.encode('PD-X,SH-PD-0001,P-TAICHI,太极拳,2027-01-05,08:30,09:30,20\n', 'gb18030');
    const bytes = Buffer.concat([Buffer.from(header + ascii), tail]);
    expect(Buffer.byteLength(header + ascii)).toBeGreaterThan(64 * 1024);
    const records = await readAll(write('late-gbk.csv', bytes));
    expect(records).toHaveLength(2001);
    expect(records.at(-1)).toMatchObject({ line: 2002, row: { externalId: 'PD-X', title: '太极拳' } });
    // Told it is UTF-8, it fails on the line that is not.
    expect(await failure(write('late-gbk-2.csv', bytes), { encoding: 'utf-8' })).toMatchObject({
      name: 'ScheduleFileError',
      code: 'encoding_mismatch',
      line: 2002,
      message: expect.stringContaining('--encoding gb18030'),
    });
  });

  test('a UTF-8 file over a megabyte stays UTF-8 wherever its characters fall between scanned blocks', async () => {
    const header = 'external_id,outlet_code,program_code,title,date,start_time,end_time,capacity\n';
    const rows = Array.from(
      { length: 30_000 },
      (_, i) => `PD-${i},SH-PD-0001,P-TAICHI,太极拳晨练第${i}节,2027-01-05,08:30,09:30,20\n`,
    );
    const bytes = Buffer.from(header + rows.join(''));
    expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);
    const records = await readAll(write('big-utf8.csv', bytes));
    expect(records).toHaveLength(30_000);
    expect(records.every((r, i) => r.row?.title === `太极拳晨练第${i}节`)).toBe(true);
  });

  describe('bytes that are not text in the encoding fail the file on their line, never become U+FFFD', () => {
    const header = 'external_id,outlet_code,program_code,title,date,start_time,end_time,capacity\n';
    const row = (i: number, title: string) =>
      `PD-${i},SH-PD-0001,P-TAICHI,${title},2027-01-05,08:30,09:30,20\n`;
    const utf8Rows = (n: number) =>
      Array.from({ length: n }, (_, i) => row(i, `滨江健步走第${i}节`)).join('');

    test.each([
      // A small UTF-8 file with one stray byte: two Chinese characters are evidence enough.
      [
        'a stray byte in a short UTF-8 file',
        Buffer.concat([
          Buffer.from(`${header}${row(1, '太极')}PD-2,SH-PD-0001,P-TAICHI,Yoga with Andr`),
          Buffer.from([0xe9]),
          Buffer.from('s,2027-01-05,08:30,09:30,20\n'),
        ]),
        3,
        'not valid UTF-8 on line 3',
      ],
      // UTF-8 cut in the middle of a character inside the file, not at its end.
      [
        'a character cut in the middle of a UTF-8 file',
        Buffer.concat([
          Buffer.from(`${header}${row(1, '太极拳晨练')}PD-2,SH-PD-0001,P-TAICHI,健`),
          Buffer.from([0xe6]),
          Buffer.from(`,2027-01-05,08:30,09:30,20\n${row(3, '太极拳')}`),
        ]),
        3,
        'not valid UTF-8 on line 3',
      ],
      // A Latin-1 é in a UTF-8 file is damaged UTF-8, not GB18030: 20 Chinese rows, then "café".
      [
        'a stray byte in UTF-8',
        Buffer.concat([
          Buffer.from(`${header + utf8Rows(20)}PD-X,SH-PD-0001,P-TAICHI,caf`),
          Buffer.from([0xe9]),
          Buffer.from(',2027-01-05,08:30,09:30,20\n'),
        ]),
        22,
        'not valid UTF-8 on line 22: a character there is damaged or cut off',
      ],
      // A UTF-8 file cut off in the middle of its last character.
      [
        'a truncated UTF-8 file',
        Buffer.from(`${header}${utf8Rows(20)}PD-X,SH-PD-0001,P-TAICHI,健步走`).subarray(0, -1),
        22,
        'not valid UTF-8 on line 22',
      ],
      // Neither UTF-8 nor GB18030: 0xE9 followed by a comma is not GB18030 either.
      [
        'a Latin-1 file',
        Buffer.concat([
          Buffer.from(header + row(1, 'Walk')),
          Buffer.from('PD-2,SH-PD-0001,P-TAICHI,caf\xe9,2027-01-05,08:30,09:30,20\n', 'latin1'),
        ]),
        3,
        'neither UTF-8 nor GB18030: line 3',
      ],
      // A lone surrogate in UTF-16 with a BOM.
      [
        'a lone surrogate in UTF-16LE',
        Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          Buffer.from(header + row(1, 'Walk'), 'utf16le'),
          Buffer.from([0x00, 0xd8]),
          Buffer.from(row(2, 'x'), 'utf16le'),
        ]),
        3,
        'not valid UTF-16LE on line 3',
      ],
    ])('%s', async (_name, bytes, line, message) => {
      for (const highWaterMark of [undefined, 7]) {
        const file = write(`bad-${line}-${highWaterMark}.csv`, bytes);
        expect(await failure(file, { highWaterMark })).toMatchObject({
          name: 'ScheduleFileError',
          code: 'encoding_mismatch',
          line,
          message: expect.stringContaining(message),
        });
      }
    });

    test('past the 64 KB sample, in GB18030 named by --encoding or found by sniffing', async () => {
      const gb = iconv.encode(
        header + Array.from({ length: 2000 }, (_, i) => row(i, `太极拳晨练第${i}节`)).join(''),
        'gb18030',
      );
      expect(gb.length).toBeGreaterThan(64 * 1024);
      // 0x81 0x20: a GB18030 lead byte followed by a space is no character.
      const bytes = Buffer.concat([
        gb,
        Buffer.from('PD-X,SH-PD-0001,P-TAICHI,'),
        Buffer.from([0x81, 0x20]),
        Buffer.from(',2027-01-05,08:30,09:30,20\n'),
      ]);
      const file = write('late-bad-gb.csv', bytes);
      expect(await failure(file)).toMatchObject({
        code: 'encoding_mismatch',
        line: 2002,
        message: expect.stringContaining('neither UTF-8 nor GB18030'),
      });
      expect(await failure(file, { encoding: 'gb18030', highWaterMark: 5 })).toMatchObject({
        code: 'encoding_mismatch',
        line: 2002,
        message: expect.stringContaining('not valid GB18030 on line 2002'),
      });
    });
  });

  test('an unknown --encoding', async () => {
    expect(await failure(fixture('basic.csv'), { encoding: 'klingon' })).toMatchObject({
      code: 'unsupported_encoding',
    });
  });
});
