import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { ScheduleFileError } from './errors.js';
import type { RowDefaults } from './header.js';
import type { Zone } from './ics-zone.js';
import type {
  ScheduleFormat,
  ScheduleSource,
  ScheduleSourceOptions,
  SeriesOccurrences,
  SourceRecord,
} from './types.js';
import { DEFAULT_TIMEZONE, formatDate, isTimeZone, wallTimeAt, wallTimeToEpoch } from './zoned-time.js';

export { DEFAULT_TIMEZONE };

/*
 * The readers of `sporthub schedules import` (SPEC §6.2): one entry point that detects the format and
 * streams `SourceRecord`s. Format modules load lazily so exceljs and ical.js cost nothing at CLI start.
 */

export { SCHEDULE_FILE_ERROR_CODES, ScheduleFileError, type ScheduleFileErrorCode } from './errors.js';
export * from './types.js';

/** How far ahead a rule without COUNT or UNTIL is expanded by default (SPEC §6.2). */
export const DEFAULT_UNTIL_DAYS = 180;

const EXTENSIONS: Readonly<Record<string, ScheduleFormat>> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
  '.ics': 'ics',
  '.ical': 'ics',
  '.ifb': 'ics',
};

const UNSUPPORTED: ReadonlyArray<readonly [string, number[], string]> = [
  ['an Excel 97-2003 .xls workbook', [0xd0, 0xcf, 0x11, 0xe0], 'save it as .xlsx or CSV in Excel'],
  ['a PDF', [0x25, 0x50, 0x44, 0x46], 'export the schedule as CSV, XLSX or iCalendar'],
  ['gzip-compressed', [0x1f, 0x8b], 'decompress it first'],
];

async function readHead(file: string): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(file, 'r');
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? String(cause);
    const what =
      reason === 'ENOENT'
        ? 'does not exist'
        : reason === 'EISDIR'
          ? 'is a directory'
          : `cannot be read (${reason})`;
    throw new ScheduleFileError(`${file} ${what}`, { code: 'file_unreadable', file, cause });
  } finally {
    await handle?.close();
  }
}

/** Throws `file_unreadable` (naming the file) unless `file` can be opened and read. */
export async function assertReadable(file: string): Promise<void> {
  await readHead(file);
}

function looksLikeCalendar(head: Buffer): boolean {
  let text: string;
  if (head[0] === 0xff && head[1] === 0xfe) text = head.subarray(2).toString('utf16le');
  else if (head[0] === 0xfe && head[1] === 0xff)
    text = Buffer.from(head.subarray(2)).swap16().toString('utf16le');
  else text = head.toString('latin1').replace(/^\xEF\xBB\xBF/, '');
  return /^\s*BEGIN:VCALENDAR/i.test(text);
}

/**
 * The format of a schedule file: `forced` if given, else magic bytes (`PK\x03\x04` → xlsx,
 * `BEGIN:VCALENDAR` → ics), else the extension, else CSV. Throws `file_unreadable`, `empty_file`,
 * `unsupported_format`.
 */
export async function detectScheduleFormat(file: string, forced?: ScheduleFormat): Promise<ScheduleFormat> {
  const head = await readHead(file);
  if (head.length === 0) throw new ScheduleFileError(`${file} is empty`, { code: 'empty_file', file });
  if (forced) return forced;
  if (head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return 'xlsx';
  if (looksLikeCalendar(head)) return 'ics';
  for (const [what, magic, hint] of UNSUPPORTED) {
    if (magic.every((b, i) => head[i] === b)) {
      throw new ScheduleFileError(`${file} is ${what}, not CSV, XLSX or iCalendar: ${hint}`, {
        code: 'unsupported_format',
        file,
      });
    }
  }
  return EXTENSIONS[extname(file).toLowerCase()] ?? 'csv';
}

function addDays(date: { year: number; month: number; day: number }, days: number) {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The instant rules without COUNT/UNTIL stop before: the end of `until` (inclusive) in the outlet's zone. */
export function expansionHorizon(
  options: Pick<ScheduleSourceOptions, 'until' | 'now' | 'timezone'>,
  file = '',
): number {
  const timeZone = options.timezone ?? DEFAULT_TIMEZONE;
  return wallTimeToEpoch({ ...addDays(untilDay(options, file), 1), hour: 0, minute: 0, second: 0 }, timeZone);
}

/** `--until` (inclusive), else `DEFAULT_UNTIL_DAYS` after today in the outlet's zone. */
function untilDay(
  options: Pick<ScheduleSourceOptions, 'until' | 'now' | 'timezone'>,
  file: string,
): { year: number; month: number; day: number } {
  const timeZone = options.timezone ?? DEFAULT_TIMEZONE;
  let until: { year: number; month: number; day: number };
  if (options.until === undefined) {
    until = addDays(wallTimeAt((options.now ?? new Date()).getTime(), timeZone), DEFAULT_UNTIL_DAYS);
  } else {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(options.until);
    const parsed = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
    if (!parsed || formatDate(addDays(parsed, 0)) !== options.until) {
      throw new ScheduleFileError(
        `--until "${options.until}" is not a date: use YYYY-MM-DD, e.g. 2027-06-30`,
        {
          code: 'invalid_option',
          file,
        },
      );
    }
    until = parsed;
  }
  return until;
}

async function* records(
  file: string,
  options: ScheduleSourceOptions,
  format: ScheduleFormat,
  series: Map<string, SeriesOccurrences>,
): AsyncGenerator<SourceRecord> {
  const defaults: RowDefaults = {
    outlet: options.outlet,
    program: options.program,
    capacity: options.capacity,
  };
  const { encoding, highWaterMark } = options;
  if (format === 'csv') {
    const { readCsvRecords } = await import('./csv.js');
    yield* readCsvRecords(file, { encoding, highWaterMark, defaults });
  } else if (format === 'xlsx') {
    const { readXlsxRecords } = await import('./xlsx.js');
    yield* readXlsxRecords(file, { sheet: options.sheet, defaults });
  } else {
    const timeZone = options.timezone ?? DEFAULT_TIMEZONE;
    if (!isTimeZone(timeZone)) {
      throw new ScheduleFileError(`Unknown time zone "${timeZone}": use an IANA name such as Asia/Shanghai`, {
        code: 'invalid_option',
        file,
      });
    }
    const end = { ...addDays(untilDay(options, file), 1), hour: 0, minute: 0, second: 0 };
    const horizon = (zone: Zone) => zone.toEpoch(end);
    // ical.js loads only for iCalendar files: a CSV import does not pay for its code in memory.
    const [{ readIcsRecords }, { ianaZone }] = await Promise.all([
      import('./ics.js'),
      import('./ics-zone.js'),
    ]);
    yield* readIcsRecords(file, {
      encoding,
      highWaterMark,
      defaults,
      outletZone: ianaZone(timeZone),
      outlets: options.outlets,
      horizon,
      series,
    });
  }
}

/**
 * Opens a schedule file (CSV, XLSX or iCalendar) as a stream of records, one per data row or event
 * occurrence. Bad rows come back with `errors`; a file that cannot be read as a schedule throws a
 * `ScheduleFileError` from the iteration.
 *
 * @example
 * const source = openScheduleSource('march.csv', { outlet: 'SH-PD-0001' });
 * for await (const record of source) {
 *   if (record.row) upsert(record.row);
 *   else reject(record.raw, record.errors);
 * }
 */
export function openScheduleSource(file: string, options: ScheduleSourceOptions = {}): ScheduleSource {
  const series = new Map<string, SeriesOccurrences>();
  let format: ScheduleFormat | undefined;
  return {
    file,
    get format() {
      return format;
    },
    series,
    async *[Symbol.asyncIterator]() {
      format = await detectScheduleFormat(file, options.format);
      for await (const record of records(file, options, format, series)) yield record;
    },
  };
}
