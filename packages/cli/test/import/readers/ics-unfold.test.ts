import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { unfoldBytes } from '../../../src/import/readers/ics-unfold.js';
import { readAll, tempDir } from './helpers.js';

const write = tempDir();
const options = { outlet: 'SH-PD-0001', program: 'P-TAICHI', capacity: 10, until: '2027-12-31' };

// [name, {given: bytes as text, want: unfolded text and the physical line of each unfolded line}]
const cases: Array<[string, { given: string; want: { text: string; lines: number[] } }]> = [
  ['no fold', { given: 'A:1\r\nB:2\r\n', want: { text: 'A:1\r\nB:2\r\n', lines: [1, 2, 3] } }],
  ['CRLF + space', { given: 'A:1\r\n 2\r\nB:3', want: { text: 'A:12\r\nB:3', lines: [1, 3] } }],
  ['LF + tab', { given: 'A:1\n\t2\n\t3\nB:4', want: { text: 'A:123\nB:4', lines: [1, 4] } }],
  // Only the first space is the fold's: the second is content.
  ['two spaces', { given: 'A:1\r\n  2', want: { text: 'A:1 2', lines: [1] } }],
  ['an empty line stays', { given: 'A:1\r\n\r\nB:2', want: { text: 'A:1\r\n\r\nB:2', lines: [1, 2, 3] } }],
];

describe('unfoldBytes', () => {
  test.each(cases)('%s', (_name, { given, want }) => {
    const unfolded = unfoldBytes(Buffer.from(given, 'latin1'));
    expect(unfolded.bytes.toString('latin1')).toBe(want.text);
    expect(want.lines.map((_, i) => unfolded.physicalLine(i + 1))).toEqual(want.lines);
  });

  test('a fold inside a UTF-8 character puts its bytes back together', () => {
    const title = Buffer.from('SUMMARY:太极', 'utf8');
    // 太 is E5 A4 AA: fold after its first byte.
    const folded = Buffer.concat([title.subarray(0, 9), Buffer.from('\r\n '), title.subarray(9)]);
    expect(unfoldBytes(folded).bytes.toString('utf8')).toBe('SUMMARY:太极');
  });
});

/**
 * A calendar whose SUMMARY (line 8) is folded every `width` bytes, as RFC 5545 folders do (octets, not
 * characters), then an RRULE with COUNT=0 (rejected, on its physical line) and `extra` lines.
 */
function foldedCalendar(summary: string, width: number, encoding = 'utf8', extra = ''): Buffer {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//sporthub//fold//EN',
    'BEGIN:VEVENT',
    'UID:fold',
    'DTSTART;TZID=Asia/Shanghai:20271001T090000',
    'DTEND;TZID=Asia/Shanghai:20271001T100000',
  ];
  const head = Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
  const property = iconv.encode(`SUMMARY:${summary}`, encoding);
  const parts: Buffer[] = [];
  for (let i = 0; i < property.length; i += width) {
    if (i > 0) parts.push(Buffer.from('\r\n '));
    parts.push(property.subarray(i, i + width));
  }
  const tail = Buffer.from(
    `\r\nRRULE:FREQ=DAILY;COUNT=0\r\n${extra}END:VEVENT\r\nEND:VCALENDAR\r\n`,
    'latin1',
  );
  return Buffer.concat([head, ...parts, tail]);
}

const TITLE = '太极拳晨练（浦东世纪大道体育服务点）周末加场，欢迎报名参加';
/** The physical line of the RRULE after a SUMMARY of `bytes` folded every `width`. */
const ruleLine = (bytes: number, width: number) => 8 + Math.ceil(bytes / width);

describe('folds that split a character (RFC 5545 §3.1 folds octets)', () => {
  test('UTF-8: the title reads back whole, and lines after the folds are the file’s', async () => {
    const bytes = foldedCalendar(TITLE, 75);
    // The folds really do split characters (each is 3 bytes; 75 − 8 is not a multiple of 3).
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const records = await readAll(write('utf8.ics', bytes), options);
    expect(records).toHaveLength(1);
    // COUNT=0 is rejected on the RRULE's physical line, after the SUMMARY's continuation lines.
    expect(records[0]?.errors.map((e) => [e.column, e.code])).toEqual([['RRULE', 'invalid_rrule']]);
    expect(records[0]?.line).toBe(ruleLine(Buffer.byteLength(`SUMMARY:${TITLE}`), 75));
    expect(records[0]?.line).toBeGreaterThan(9);
    expect(records[0]?.raw.title).toBe(TITLE);
  });

  test('UTF-8 with a BOM and --encoding utf-8 alike', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), foldedCalendar(TITLE, 40)]);
    const file = write('bom.ics', bytes);
    expect((await readAll(file, options))[0]?.raw.title).toBe(TITLE);
    expect((await readAll(file, { ...options, encoding: 'utf-8' }))[0]?.raw.title).toBe(TITLE);
  });

  test('GB18030 (sniffed) with a fold inside a two-byte character', async () => {
    const bytes = foldedCalendar(TITLE, 41, 'gb18030');
    expect((await readAll(write('gb.ics', bytes), options))[0]?.raw.title).toBe(TITLE);
  });

  test('UTF-16LE: folds are unfolded after decoding, lines still the file’s', async () => {
    const title = 'Tai chi, weekend session at the Pudong service point';
    const text = foldedCalendar(title, 20).toString('utf8');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    const [record] = await readAll(write('utf16.ics', bytes), options);
    expect(record?.raw.title).toBe(title);
    expect(record?.line).toBe(ruleLine(`SUMMARY:${title}`.length, 20));
  });

  test('an encoding problem in an unfolded file is reported about the file itself, on its physical line', async () => {
    const file = write('bad-utf8.ics', foldedCalendar(TITLE, 75, 'utf8', 'X-NOTE:\xff\xfe\r\n'));
    const error = await readAll(file, { ...options, encoding: 'utf-8' }).catch((e: unknown) => e);
    const line = ruleLine(Buffer.byteLength(`SUMMARY:${TITLE}`), 75) + 1;
    expect(error).toMatchObject({ name: 'ScheduleFileError', code: 'encoding_mismatch', file, line });
    expect((error as Error).message).toContain(`line ${line}`);
    expect((error as Error).message).not.toContain('sporthub-ics-');
  });
});
