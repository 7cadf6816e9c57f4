import type { ScheduleColumn } from '@sporthub/schemas';
import { format, isDateFormat } from 'numfmt';

/*
 * XLSX cell values → the text a CSV would have held. Excel stores dates and times as numbers (days
 * since 1899-12-30, the time a fraction of a day); exceljs turns cells with a date format into `Date`s
 * in UTC. What a number means depends on its column, so the conversion takes the column.
 */

export type CellValue =
  | null
  | undefined
  | string
  | number
  | boolean
  | Date
  | { richText: Array<{ text: string }> }
  | { text: string; hyperlink: string }
  | { formula?: string; sharedFormula?: string; result?: unknown }
  | { error: string };

const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1970-01-01 in the 1900 date system; the 1904 system starts 1462 days later. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;
/** 9999-12-31, Excel's last date. */
const MAX_SERIAL = 2_958_465;

const pad2 = (n: number) => String(n).padStart(2, '0');

export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE_1904_OFFSET : 0)) * MS_PER_DAY));
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Serial 0 (1899-12-30, the day an Excel time of day is on) as epoch ms. */
const SERIAL_ZERO_MS = -UNIX_EPOCH_SERIAL * MS_PER_DAY;

/**
 * `HH:MM`, or `HH:MM:SS` when the seconds are not zero; rounded to the second (Excel stores binary
 * fractions). A date-time shows its time of day, as a `h:mm` format does; under an elapsed-hours
 * format (`[h]:mm`) a value past one day shows as what it is, `33:00`, which no session time is.
 */
function timeOfDay(date: Date, elapsed = false): string {
  const ms = elapsed
    ? date.getTime() - SERIAL_ZERO_MS
    : date.getTime() - Math.floor(date.getTime() / MS_PER_DAY) * MS_PER_DAY;
  const seconds = Math.round(ms / 1000);
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const hours = elapsed ? String(h).padStart(2, '0') : pad2(h % 24);
  return s === 0 ? `${hours}:${pad2(m)}` : `${hours}:${pad2(m)}:${pad2(s)}`;
}

/** A number format that counts elapsed hours (`[h]:mm`, `[hh]:mm:ss`) rather than the time of day. */
const isElapsedHours = (numFmt: string | undefined) => numFmt !== undefined && /\[h+\]/i.test(numFmt);

/** A wall-clock date-time without an offset (`2027-01-05T08:30:00`): the row check asks for one (RFC 3339). */
function localDateTime(date: Date): string {
  return new Date(Math.round(date.getTime() / 1000) * 1000).toISOString().slice(0, 19);
}

function dateText(date: Date, column: ScheduleColumn | null, numFmt: () => string | undefined): string {
  switch (column) {
    case 'date':
      // What a date format shows: the day, whatever the time of day (=NOW(), a pasted date-time).
      return isoDate(new Date(Math.floor(date.getTime() / MS_PER_DAY) * MS_PER_DAY));
    case 'start_time':
    case 'end_time':
      return timeOfDay(date, date.getTime() >= SERIAL_ZERO_MS + MS_PER_DAY && isElapsedHours(numFmt()));
    case 'starts_at':
    case 'ends_at':
      return localDateTime(date);
    default:
      return date.getTime() % MS_PER_DAY === 0 ? isoDate(date) : localDateTime(date);
  }
}

function numberText(
  n: number,
  column: ScheduleColumn | null,
  date1904: boolean,
  numFmt: () => string | undefined,
): string {
  if (column === 'date' && n >= 1 && n <= MAX_SERIAL) return isoDate(serialToDate(Math.floor(n), date1904));
  if ((column === 'start_time' || column === 'end_time') && n >= 0 && n < MAX_SERIAL) {
    const elapsed = n >= 1 && isElapsedHours(numFmt());
    return timeOfDay(serialToDate(elapsed ? n : n - Math.floor(n), false), elapsed);
  }
  const shown = TEXT_COLUMNS.has(column) ? formatted(n, numFmt()) : undefined;
  if (shown !== undefined) return shown;
  const rounded = Math.round(n);
  return Math.abs(n - rounded) < 1e-9 ? String(rounded) : String(n);
}

/**
 * Columns whose cells are text, codes and ids: a number there is what its number format shows. Excel
 * shows 143 under `"PD-"0000` as `PD-0143` and 42 under `000000` as `000042`, and its CSV of the sheet
 * says the same; read as `143` the id would name another session.
 */
const TEXT_COLUMNS = new Set<ScheduleColumn | null>([
  'external_id',
  'outlet_code',
  'program_code',
  'title',
  'coach',
  'zone',
  'status',
  null,
]);

/** A number as its (non-General, non-date) number format shows it, with numfmt (ECMA-376 formats). */
function formatted(n: number, numFmt: string | undefined): string | undefined {
  if (numFmt === undefined || numFmt === '' || /^general$/i.test(numFmt) || isDateFormat(numFmt))
    return undefined;
  try {
    return format(numFmt, n).trim();
  } catch {
    return undefined; // a format numfmt cannot read: the plain number
  }
}

const noFormat = () => undefined;

/**
 * The text of a cell, trimmed; '' for an empty cell, what an error cell shows (`#DIV/0!`), and `#####`
 * for a date cell whose number is no date (Excel shows the same).
 */
export function cellText(
  value: CellValue,
  column: ScheduleColumn | null,
  date1904 = false,
  numFmt: () => string | undefined = noFormat,
): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return numberText(value, column, date1904, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '#####' : dateText(value, column, numFmt);
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('hyperlink' in value) return String(value.text ?? '').trim();
  // What the sheet shows (#DIV/0!, #N/A): the row is then refused naming it, not as an empty cell.
  if ('error' in value) return String(value.error);
  if ('result' in value) return cellText(value.result as CellValue, column, date1904, numFmt);
  return '';
}
