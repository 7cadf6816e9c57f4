import { z } from 'zod';
import { SESSION_LIMITS } from '../entities/session.js';

/*
 * The schedule import row (SPEC §6.2): one session as a reader hands it over after parsing a CSV, XLSX
 * or iCalendar line, keyed by field name (`normalizeHeader` maps the file's headers). Cell values are
 * still text (or numbers from XLSX); `ScheduleRowSchema` checks and normalizes them, giving every
 * problem a stable code from `SCHEDULE_ERROR_CODES`. Pure functions, zod only.
 */

/**
 * The canonical columns, in SPEC order, with the row field each fills and its Chinese aliases.
 *
 * @example
 * SCHEDULE_COLUMNS.start_time; // { field: 'startTime', aliases: ['开始时间'] }
 */
export const SCHEDULE_COLUMNS = {
  external_id: { field: 'externalId', aliases: ['编号'] },
  outlet_code: { field: 'outletCode', aliases: ['网点编号'] },
  program_code: { field: 'programCode', aliases: ['课程编号'] },
  title: { field: 'title', aliases: ['名称'] },
  date: { field: 'date', aliases: ['日期'] },
  start_time: { field: 'startTime', aliases: ['开始时间'] },
  end_time: { field: 'endTime', aliases: ['结束时间'] },
  starts_at: { field: 'startsAt', aliases: [] },
  ends_at: { field: 'endsAt', aliases: [] },
  capacity: { field: 'capacity', aliases: ['名额'] },
  waitlist: { field: 'waitlist', aliases: ['候补名额'] },
  coach: { field: 'coach', aliases: ['教练'] },
  zone: { field: 'zone', aliases: ['区域'] },
  status: { field: 'status', aliases: ['状态'] },
  series_key: { field: 'seriesKey', aliases: [] },
} as const satisfies Record<string, { field: string; aliases: readonly string[] }>;

/** A canonical column name, e.g. `start_time`. */
export type ScheduleColumn = keyof typeof SCHEDULE_COLUMNS;
/** A row field name, e.g. `startTime`. */
export type ScheduleField = (typeof SCHEDULE_COLUMNS)[ScheduleColumn]['field'];

/**
 * Stable error codes a schedule row (or its file) can get, each with a one-line message template.
 * `{column}`, `{value}`, `{line}`… are filled by `formatScheduleError`.
 */
export const SCHEDULE_ERROR_CODES = {
  missing_column: 'Required column {column} is missing from the header row',
  duplicate_column: 'Column {column} appears more than once in the header row',
  required: '{column} is required',
  invalid_date: '{column} "{value}" is not a date (use 2027-01-05, 2027/1/5 or 2027年1月5日)',
  invalid_time: '{column} "{value}" is not a time (use 8:30, 08:30 or 20:30:00)',
  invalid_datetime:
    '{column} "{value}" is not an RFC 3339 date-time with offset (e.g. 2027-01-05T08:30:00+08:00)',
  ends_before_start: 'The session must end after it starts ({column} "{value}")',
  unpaired_instant:
    '{column} is filled but {other} is empty: fill both, or empty both to use date, start_time and end_time',
  conflicting_times:
    '{column} "{value}" disagrees with {other} "{instant}" ({expected} in {zone}): make them agree, or empty starts_at and ends_at to use the local times',
  nonexistent_time:
    '{column} "{value}" does not exist in {zone}: the clocks skip it for daylight saving time; use a time outside the gap',
  invalid_integer: '{column} "{value}" is not a whole number',
  negative_capacity: '{column} must not be negative (got {value})',
  too_large: '{column} {value} is more than the {max} a session allows',
  too_long: '{column} has {length} characters; a session allows at most {max}',
  invalid_status: '{column} "{value}" is not one of scheduled, cancelled, completed',
  unknown_outlet: 'No outlet has the code "{value}"',
  unknown_program: 'No program has the code "{value}"',
  unknown_coach: 'No staff member has the externalId or name "{value}"',
  ambiguous_coach: 'Several staff members are named "{value}"; use their externalId',
  unknown_zone: 'The outlet has no zone with the code "{value}"',
  duplicate_external_id: 'external_id "{value}" already appears on line {line}',
  coach_overlap: 'Coach "{value}" already leads an overlapping session ({other})',
  zone_overlap: 'Zone "{value}" already holds an overlapping session ({other})',
  capacity_below_bookings: 'capacity {value} is below the {booked} bookings already held',
} as const;
export type ScheduleErrorCode = keyof typeof SCHEDULE_ERROR_CODES;

/** Findings that are reported but do not reject the row (SPEC §6.2). */
export const SCHEDULE_WARNING_CODES = {
  zone_capacity_exceeded: 'capacity {value} is above the capacity {zoneCapacity} of zone "{zone}"',
  unknown_location:
    'LOCATION "{value}" is not a zone of outlet {outlet}: the session is imported without a zone',
  range_not_applied:
    "RECURRENCE-ID;RANGE={value} changes this occurrence only: later occurrences keep the series' times and details (edit them in the calendar one by one, or end the series and start a new one)",
  after_until:
    'The rule of "{value}" repeats without end and has no occurrence before {until}: nothing was imported from it (pass a later --until)',
} as const;
export type ScheduleWarningCode = keyof typeof SCHEDULE_WARNING_CODES;

/**
 * Fills a message template; placeholders without a value are kept as written.
 *
 * @example
 * formatScheduleError('required', { column: 'capacity' }); // 'capacity is required'
 */
export function formatScheduleError(
  code: ScheduleErrorCode | ScheduleWarningCode,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template: string =
    code in SCHEDULE_ERROR_CODES
      ? SCHEDULE_ERROR_CODES[code as ScheduleErrorCode]
      : SCHEDULE_WARNING_CODES[code as ScheduleWarningCode];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

// Spaces (incl. full-width U+3000 and NBSP), underscores, hyphens, a BOM and zero-width spaces are
// ignored, so `Start Time`, `start_time`, `startTime` and `\uFEFF开始 时间` all match.
function headerKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s_\-\u200B\uFEFF]+/g, '')
    .toLowerCase();
}

const HEADER_LOOKUP: ReadonlyMap<string, ScheduleColumn> = new Map(
  (Object.keys(SCHEDULE_COLUMNS) as ScheduleColumn[]).flatMap((column) =>
    [column, ...SCHEDULE_COLUMNS[column].aliases].map((name) => [headerKey(name), column] as const),
  ),
);

/**
 * Maps a header cell to its canonical column, or null when it is not a schedule column.
 *
 * @example
 * normalizeHeader(' Start Time '); // 'start_time'
 * normalizeHeader('\uFEFF编号'); // 'external_id'
 * normalizeHeader('备注'); // null
 */
export function normalizeHeader(name: string): ScheduleColumn | null {
  return HEADER_LOOKUP.get(headerKey(name)) ?? null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A day of the Gregorian calendar a session can be on. Years before 1900 are refused: `0027-01-05` is a
 * typo, not a session in year 27 (and `Date.UTC` would read it as 1927), and Excel's serial dates
 * start in 1900 (a negative serial is no date).
 */
function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/**
 * Parses a schedule date (`2027-01-05`, `2027/1/5`, `2027年1月5日`; full-width digits too) into
 * `YYYY-MM-DD`, or null when it is not a real calendar date.
 *
 * @example
 * parseScheduleDate('2027年1月5日'); // '2027-01-05'
 * parseScheduleDate('2027-02-30'); // null
 */
export function parseScheduleDate(text: string): string | null {
  return remembered(dates, text, parseDate);
}

/**
 * A schedule repeats the same few hundred dates and few dozen times over thousands of rows, and
 * normalizing and matching one costs about a microsecond: recent answers are kept (the cache starts
 * over when full, so it stays small whatever the input).
 */
const REMEMBERED = 4096;
const dates = new Map<string, string | null>();
const times = new Map<string, string | null>();

function remembered(cache: Map<string, string | null>, text: string, parse: (t: string) => string | null) {
  let value = cache.get(text);
  if (value === undefined) {
    value = parse(text);
    if (cache.size >= REMEMBERED) cache.clear();
    cache.set(text, value);
  }
  return value;
}

function parseDate(text: string): string | null {
  const t = text.normalize('NFKC').trim();
  const m =
    /^(?<y>\d{4})(?<sep>[-/])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})$/.exec(t) ??
    /^(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日$/.exec(t);
  if (!m?.groups) return null;
  const year = Number(m.groups.y);
  const month = Number(m.groups.m);
  const day = Number(m.groups.d);
  if (!isRealDate(year, month, day)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Parses a time of day (`8:30`, `08:30`, `20:30:00`; a full-width colon too) into `HH:MM`, or
 * `HH:MM:SS` when the seconds are not zero; null when it is not a valid 24-hour time.
 *
 * @example
 * parseScheduleTime('8:30'); // '08:30'
 * parseScheduleTime('20:30:00'); // '20:30'
 */
export function parseScheduleTime(text: string): string | null {
  return remembered(times, text, parseTime);
}

function parseTime(text: string): string | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.normalize('NFKC').trim());
  if (!m) return null;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 23 || min > 59 || s > 59) return null;
  return s === 0 ? `${pad2(h)}:${pad2(min)}` : `${pad2(h)}:${pad2(min)}:${pad2(s)}`;
}

/**
 * Parses an RFC 3339 date-time with offset into its canonical form (`T`, upper-case `Z`, seconds
 * present), or null. Missing seconds (`2027-01-05T08:30+08:00`) are accepted and filled in.
 *
 * @example
 * parseScheduleDateTime('2027-01-05 08:30+08:00'); // '2027-01-05T08:30:00+08:00'
 */
export function parseScheduleDateTime(text: string): string | null {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-](\d{2}):(\d{2}))$/.exec(
      text.trim(),
    );
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '00', frac = '', zone = '', oh = '00', om = '00'] = m;
  if (!isRealDate(Number(y), Number(mo), Number(d))) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59 || Number(oh) > 23 || Number(om) > 59) {
    return null;
  }
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${zone.toUpperCase()}`;
}

const STATUS_ALIASES: Readonly<Record<string, 'scheduled' | 'cancelled' | 'completed'>> = {
  scheduled: 'scheduled',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  completed: 'completed',
  正常: 'scheduled',
  已排期: 'scheduled',
  取消: 'cancelled',
  已取消: 'cancelled',
  完成: 'completed',
  已完成: 'completed',
};

/** A cell as a reader yields it: text, or a number from XLSX; empty cells may be `''` or absent. */
const CellSchema = z.union([z.string(), z.number()]).nullish();

/** The row as a reader hands it over, keyed by field name; unknown keys are ignored. */
export const ScheduleRowInputSchema = z.object({
  externalId: CellSchema.describe('external_id [编号]: the session key, unique per organization'),
  outletCode: CellSchema.describe('outlet_code [网点编号]'),
  programCode: CellSchema.describe('program_code [课程编号]'),
  title: CellSchema.describe("title [名称]: optional, defaults to the program's"),
  date: CellSchema.describe('date [日期]: 2027-01-05, 2027/1/5 or 2027年1月5日'),
  startTime: CellSchema.describe('start_time [开始时间]: 8:30, 08:30 or 20:30:00'),
  endTime: CellSchema.describe('end_time [结束时间]'),
  startsAt: CellSchema.describe('starts_at: RFC 3339 with offset (instead of date + start_time)'),
  endsAt: CellSchema.describe('ends_at: RFC 3339 with offset (instead of date + end_time)'),
  capacity: CellSchema.describe('capacity [名额]: whole number ≥ 0'),
  waitlist: CellSchema.describe('waitlist [候补名额]: whole number ≥ 0'),
  coach: CellSchema.describe('coach [教练]: staff externalId or name'),
  zone: CellSchema.describe('zone [区域]: zone code within the outlet'),
  status: CellSchema.describe('status [状态]: scheduled, cancelled or completed'),
  seriesKey: CellSchema.describe(
    'series_key: the recurrence the session belongs to (schedules export writes it); empty for none',
  ),
});
export type ScheduleRowInput = z.input<typeof ScheduleRowInputSchema>;

interface ScheduleRowBase {
  externalId: string;
  outletCode: string;
  programCode: string;
  title?: string;
  capacity: number;
  waitlist?: number;
  /** Staff externalId or name. */
  coach?: string;
  /** Zone code within the outlet. */
  zone?: string;
  status?: 'scheduled' | 'cancelled' | 'completed';
  /** The recurrence (iCalendar UID) the session belongs to. */
  seriesKey?: string;
}
/** Local times, interpreted in the outlet's time zone by the importer. */
export interface ScheduleRowLocalTimes extends ScheduleRowBase {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM` (or `HH:MM:SS`). */
  startTime: string;
  /** `HH:MM` (or `HH:MM:SS`), after `startTime` on the same day. */
  endTime: string;
}
/** Absolute instants, RFC 3339 with offset. */
export interface ScheduleRowInstants extends ScheduleRowBase {
  startsAt: string;
  endsAt: string;
}
/** A checked, normalized schedule row: local date and times, or absolute instants. */
export type ScheduleRow = ScheduleRowLocalTimes | ScheduleRowInstants;

const COLUMN_OF_FIELD = Object.fromEntries(
  (Object.keys(SCHEDULE_COLUMNS) as ScheduleColumn[]).map((c) => [SCHEDULE_COLUMNS[c].field, c]),
) as Record<ScheduleField, ScheduleColumn>;

/** Trimmed text of a cell, or undefined when it is empty. */
function cellText(value: string | number | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/** Seconds since midnight of a normalized `HH:MM` or `HH:MM:SS`. */
function toSeconds(time: string): number {
  const seconds = time.length > 5 ? Number(time.slice(6, 8)) : 0;
  return Number(time.slice(0, 2)) * 3600 + Number(time.slice(3, 5)) * 60 + seconds;
}

/** One problem of a row: the field, its canonical column, a stable code and a message. */
export interface ScheduleRowError {
  field: ScheduleField;
  column: ScheduleColumn;
  code: ScheduleErrorCode;
  message: string;
}

type Cells = Partial<Record<ScheduleField, string | number | null | undefined>>;

/** One row's cells and the problems the checks below find in them. */
class RowProblems {
  readonly errors: ScheduleRowError[] = [];
  constructor(private readonly cells: Cells) {}

  text(field: ScheduleField): string | undefined {
    return cellText(this.cells[field]);
  }

  fail(
    field: ScheduleField,
    code: ScheduleErrorCode,
    value?: string,
    params: Readonly<Record<string, string | number>> = {},
  ): undefined {
    const column = COLUMN_OF_FIELD[field];
    const message = formatScheduleError(code, {
      ...params,
      column,
      ...(value === undefined ? {} : { value }),
    });
    this.errors.push({ field, column, code, message });
    return undefined;
  }

  /**
   * `value`, or undefined (and a `too_long` problem) when it has more than `max` characters. Characters
   * are code points, as the API's JSON Schema `maxLength` counts them: `𠮷` (a name character outside
   * the BMP) is one, though two UTF-16 units.
   */
  short(field: ScheduleField, value: string | undefined, max: number): string | undefined {
    if (value === undefined || value.length <= max) return value;
    let length = 0;
    for (const _ of value) length++;
    if (length <= max) return value;
    return this.fail(field, 'too_long', undefined, { length, max });
  }

  required(field: ScheduleField): string {
    const value = this.text(field);
    if (value === undefined) this.fail(field, 'required');
    return value ?? '';
  }

  integer(field: 'capacity' | 'waitlist'): number | undefined {
    const value = this.text(field);
    if (value === undefined) return undefined;
    // Plain ASCII digits (nearly every cell) need neither normalization nor the general pattern.
    let n: number;
    if (value.length < 10 && /^\d+$/.test(value)) n = Number(value);
    else {
      const normalized = value.normalize('NFKC');
      if (!/^[+-]?\d+(\.0+)?$/.test(normalized)) return this.fail(field, 'invalid_integer', value);
      n = Number.parseInt(normalized, 10);
      if (!Number.isSafeInteger(n)) return this.fail(field, 'invalid_integer', value);
      if (n < 0) return this.fail(field, 'negative_capacity', value);
    }
    if (n > SESSION_LIMITS.places)
      return this.fail(field, 'too_large', value, { max: SESSION_LIMITS.places });
    return n;
  }

  instant(field: 'startsAt' | 'endsAt'): string | undefined {
    const value = this.text(field);
    if (value === undefined) return this.fail(field, 'required');
    return parseScheduleDateTime(value) ?? this.fail(field, 'invalid_datetime', value);
  }

  local(field: 'date' | 'startTime' | 'endTime'): string | undefined {
    const value = this.text(field);
    if (value === undefined) return this.fail(field, 'required');
    if (field === 'date') return parseScheduleDate(value) ?? this.fail(field, 'invalid_date', value);
    return parseScheduleTime(value) ?? this.fail(field, 'invalid_time', value);
  }
}

/**
 * Checks a reader's row and normalizes it: the whole of `ScheduleRowSchema` without zod's object pass,
 * for importers that build the cells themselves (strings and numbers only) and check a million rows.
 * Returns the row, or every problem with its stable code.
 *
 * @example
 * const result = checkScheduleRow({ externalId: 'A-1', outletCode: 'SH-PD-0001', programCode: 'P-TAICHI',
 *   date: '2027/1/5', startTime: '8:30', endTime: '9:30', capacity: '20' });
 * if ('row' in result) console.log(result.row.date); // '2027-01-05'
 */
export function checkScheduleRow(cells: Cells): { row: ScheduleRow } | { errors: ScheduleRowError[] } {
  const p = new RowProblems(cells);
  // Checked in column order, so problems are reported in it; the row is built once at the end from
  // one literal. (An object spread here made V8 allocate every row in the old generation: ~1 KB of
  // garbage a row that only a full collection frees.)
  const externalId = p.required('externalId');
  p.short('externalId', externalId, SESSION_LIMITS.keyLength);
  const outletCode = p.required('outletCode');
  const programCode = p.required('programCode');
  const capacity = p.integer('capacity');
  if (capacity === undefined && p.text('capacity') === undefined) p.fail('capacity', 'required');
  const waitlist = p.integer('waitlist');
  const title = p.short('title', p.text('title'), SESSION_LIMITS.titleLength);
  const coach = p.text('coach');
  const zone = p.text('zone');
  const statusText = p.text('status');
  let status: ScheduleRowBase['status'];
  if (statusText !== undefined) {
    status = STATUS_ALIASES[statusText.normalize('NFKC').toLowerCase()];
    if (status === undefined) p.fail('status', 'invalid_status', statusText);
  }
  const seriesKey = p.short('seriesKey', p.text('seriesKey'), SESSION_LIMITS.keyLength);

  let row: ScheduleRow;
  const startsText = p.text('startsAt');
  const endsText = p.text('endsAt');
  if (startsText !== undefined || endsText !== undefined) {
    // One instant left beside local times (a moved session whose starts_at was emptied, not its ends_at):
    // name the leftover, not the empty one as "required".
    const localTimes = ['date', 'startTime', 'endTime'] as const;
    const unpaired =
      (startsText === undefined || endsText === undefined) && localTimes.some((f) => p.text(f) !== undefined);
    if (unpaired) {
      const given = startsText === undefined ? 'endsAt' : 'startsAt';
      p.fail(given, 'unpaired_instant', p.text(given), {
        other: given === 'endsAt' ? 'starts_at' : 'ends_at',
      });
    }
    const startsAt = unpaired ? undefined : p.instant('startsAt');
    const endsAt = unpaired ? undefined : p.instant('endsAt');
    if (startsAt && endsAt && Date.parse(endsAt) <= Date.parse(startsAt)) {
      p.fail('endsAt', 'ends_before_start', p.text('endsAt'));
    }
    row = {
      externalId,
      outletCode,
      programCode,
      capacity: capacity ?? 0,
      startsAt: startsAt ?? '',
      endsAt: endsAt ?? '',
    };
  } else {
    const date = p.local('date');
    const startTime = p.local('startTime');
    const endTime = p.local('endTime');
    if (startTime && endTime && toSeconds(endTime) <= toSeconds(startTime)) {
      p.fail('endTime', 'ends_before_start', p.text('endTime'));
    }
    row = {
      externalId,
      outletCode,
      programCode,
      capacity: capacity ?? 0,
      date: date ?? '',
      startTime: startTime ?? '',
      endTime: endTime ?? '',
    };
  }
  if (waitlist !== undefined) row.waitlist = waitlist;
  if (title !== undefined) row.title = title;
  if (coach !== undefined) row.coach = coach;
  if (zone !== undefined) row.zone = zone;
  if (status !== undefined) row.status = status;
  if (seriesKey !== undefined) row.seriesKey = seriesKey;
  return p.errors.length > 0 ? { errors: p.errors } : { row };
}

/**
 * A schedule row: checks a reader's row and normalizes it (trimmed text, `YYYY-MM-DD` dates, `HH:MM`
 * times, canonical RFC 3339 instants, integers). Times come either as `date` + `startTime` + `endTime`
 * or as `startsAt` + `endsAt`; when a row has both, `startsAt`/`endsAt` are used and the importer checks
 * that the local times agree with them in the outlet's zone (`conflicting_times`). Every issue is a `custom`
 * issue whose `params` carry `{code, column}` (see `scheduleRowErrors`). The checks are
 * `checkScheduleRow`'s.
 *
 * @example
 * const row = ScheduleRowSchema.parse({
 *   externalId: 'PD-TAICHI-0105', outletCode: 'SH-PD-0001', programCode: 'P-TAICHI',
 *   date: '2027/1/5', startTime: '8:30', endTime: '9:30', capacity: '20', coach: '王教练',
 * });
 * // row.date === '2027-01-05', row.startTime === '08:30', row.capacity === 20
 */
export const ScheduleRowSchema = ScheduleRowInputSchema.transform((raw, ctx): ScheduleRow => {
  const result = checkScheduleRow(raw);
  if ('row' in result) return result.row;
  for (const { field, column, code, message } of result.errors) {
    ctx.addIssue({ code: 'custom', path: [field], message, params: { code, column } });
  }
  return z.NEVER;
});

// Codes for issues zod raises itself (a cell of the wrong JS type, e.g. a boolean from a reader).
const TYPE_ERROR_CODE: Record<ScheduleField, ScheduleErrorCode> = {
  externalId: 'required',
  outletCode: 'required',
  programCode: 'required',
  title: 'required',
  date: 'invalid_date',
  startTime: 'invalid_time',
  endTime: 'invalid_time',
  startsAt: 'invalid_datetime',
  endsAt: 'invalid_datetime',
  capacity: 'invalid_integer',
  waitlist: 'invalid_integer',
  coach: 'required',
  zone: 'required',
  status: 'invalid_status',
  seriesKey: 'required',
};

/**
 * Turns the issues of a failed `ScheduleRowSchema` parse into row errors with stable codes.
 *
 * @example
 * const result = ScheduleRowSchema.safeParse(cells);
 * if (!result.success) for (const e of scheduleRowErrors(result.error)) console.log(e.column, e.code);
 */
export function scheduleRowErrors(error: z.ZodError): ScheduleRowError[] {
  return error.issues.map((issue) => {
    const field = (issue.path[0] ?? 'externalId') as ScheduleField;
    const column = COLUMN_OF_FIELD[field] ?? 'external_id';
    const params =
      issue.code === 'custom' ? (issue.params as { code?: ScheduleErrorCode } | undefined) : undefined;
    const code = params?.code ?? TYPE_ERROR_CODE[field] ?? 'required';
    const message = params?.code
      ? issue.message
      : formatScheduleError(code, { column, value: `(${issue.code})` });
    return { field, column, code, message };
  });
}
