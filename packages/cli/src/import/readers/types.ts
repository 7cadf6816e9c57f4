import type {
  ScheduleErrorCode,
  ScheduleRow,
  ScheduleRowInput,
  ScheduleWarningCode,
} from '@sporthub/schemas';

/** Formats `sporthub schedules import` reads (SPEC §6.2). */
export type ScheduleFormat = 'csv' | 'xlsx' | 'ics';

/** Row-level codes a reader adds to the schema's `SCHEDULE_ERROR_CODES`. */
export const READER_ERROR_CODES = {
  too_many_fields: 'The row has more cells than the header row (an unquoted delimiter in a value?)',
  invalid_quotes: 'A quoted field is malformed (a quote inside a value must be doubled: "")',
  all_day_event: 'All-day events cannot become sessions: give the VEVENT a start and end time',
  unknown_timezone: 'TZID "{value}" is neither defined by a VTIMEZONE in the file nor an IANA time zone',
  invalid_event: 'The VEVENT cannot be read: {value}',
  invalid_rrule: 'The VEVENT cannot be expanded: {value}',
  too_many_occurrences: 'The series produces more than {value} occurrences; later ones were not imported',
} as const;
export type ReaderErrorCode = keyof typeof READER_ERROR_CODES;

/** One problem of one record; `column` is the header as written in the file (or the canonical name). */
export interface RecordError {
  column: string;
  code: ScheduleErrorCode | ReaderErrorCode;
  message: string;
  /** The line of the property at fault, when it is not the record's own (iCalendar). */
  line?: number;
}

/** A finding about one record that does not reject it (SPEC §6.2), e.g. a LOCATION that names no zone. */
export interface RecordWarning {
  column: string;
  code: ScheduleWarningCode;
  message: string;
  /** The line of the property concerned, when it is not the record's own (iCalendar). */
  line?: number;
}

/** What a reader may know of an outlet, by code: the time zone and the zone codes (iCalendar). */
export interface OutletInfo {
  /** IANA name. */
  readonly timezone: string;
  /** Keyed by zone code. */
  readonly zones: ReadonlyMap<string, unknown>;
}

/** One data row of a schedule file (or one occurrence of an iCalendar event). */
export interface SourceRecord {
  file: string;
  /** 1-based physical line where the record starts; the sheet row for XLSX; `BEGIN:VEVENT`'s line for ICS. */
  line: number;
  /** The original columns, header names as written, in file order: what the rejects CSV repeats. */
  raw: Record<string, string>;
  /** The cells keyed by row field, after flag defaults (`--outlet`, `--program`, `--capacity`). */
  input: ScheduleRowInput;
  /** The checked, normalized row; present exactly when `errors` is empty. */
  row?: ScheduleRow;
  errors: RecordError[];
  /** Reported when the record is accepted; they never reject it. */
  warnings?: RecordWarning[];
  /** iCalendar only: the series (UID) this occurrence belongs to. */
  seriesKey?: string;
}

/**
 * What one iCalendar series produced, for the importer's sync: sessions of the series whose
 * externalId is not in `externalIds` become cancelled, but only when `complete` (the master VEVENT
 * was in the file and fully expanded) and, when `expandedUntil` is set, only up to that instant.
 */
export interface SeriesOccurrences {
  seriesKey: string;
  externalIds: Set<string>;
  complete: boolean;
  /** RFC 3339: an unbounded rule was expanded up to (excluding) this instant. */
  expandedUntil?: string;
  /** The file and line of the series' first RRULE (or its VEVENT), for findings about the series. */
  file?: string;
  line?: number;
}

export interface ScheduleSourceOptions {
  /** Overrides detection by extension and magic bytes. */
  format?: ScheduleFormat | undefined;
  /** utf-8, utf-16le, utf-16be, gb18030, gbk, big5… (any iconv-lite name); overrides the BOM and sniffing. */
  encoding?: string | undefined;
  /** XLSX: the sheet to read by name; default the first sheet. */
  sheet?: string | undefined;
  /** Default outlet code for rows (CSV/XLSX cells left empty, ICS events without X-SPORTHUB-OUTLET). */
  outlet?: string | undefined;
  program?: string | undefined;
  capacity?: number | undefined;
  /** ICS: `YYYY-MM-DD`, inclusive; rules without COUNT/UNTIL stop there. Default: today + 180 days. */
  until?: string | undefined;
  /** The outlet time zone (IANA) for floating iCalendar times and for "today"; default Asia/Shanghai. */
  timezone?: string | undefined;
  /**
   * ICS: the outlets of the reference data, by code: floating times of an event are read in its outlet's
   * zone (X-SPORTHUB-OUTLET, else `outlet`), and a LOCATION names one of its zones in any case.
   */
  outlets?: ReadonlyMap<string, OutletInfo> | undefined;
  /** The clock, for the default `until`. */
  now?: Date | undefined;
  /** Read buffer size in bytes (tests use a tiny one to split characters across chunks). */
  highWaterMark?: number | undefined;
}

/** The records of one file, plus (after iteration, for ICS) what each series produced. */
export interface ScheduleSource extends AsyncIterable<SourceRecord> {
  readonly file: string;
  /** Known once iteration has started (detected from magic bytes and extension, or `options.format`). */
  readonly format: ScheduleFormat | undefined;
  /** Filled while iterating an iCalendar file; empty for CSV and XLSX. */
  readonly series: ReadonlyMap<string, SeriesOccurrences>;
}
