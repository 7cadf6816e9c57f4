/*
 * Fatal problems with a schedule file as a whole (SPEC §6.2). A bad row never throws: it becomes a
 * `SourceRecord` with `errors`. Only a file that cannot be read as a schedule at all throws a
 * `ScheduleFileError`, whose `code` is stable so the command can map it to exit 65 and a hint.
 */

/** Stable codes of `ScheduleFileError`, each with what it means. */
export const SCHEDULE_FILE_ERROR_CODES = {
  file_unreadable: 'the file does not exist, is a directory or cannot be read',
  empty_file: 'the file has no content (or only blank lines)',
  binary_file: 'the file is not text (binary content where a CSV was expected)',
  unsupported_format: 'a format the importer does not read (e.g. Excel 97-2003 .xls, PDF, gzip)',
  unsupported_encoding: 'the --encoding value is not a known character encoding',
  encoding_mismatch: 'the bytes are not valid in the detected or given encoding',
  missing_header: 'no header row: the first non-empty row names no schedule column',
  missing_column: 'a required column is missing from the header row',
  duplicate_column: 'two header cells name the same schedule column',
  unterminated_quote: 'a quoted CSV field is never closed',
  line_too_long:
    'a CSV line is over a million characters (no line breaks, or a header with too many columns)',
  unknown_sheet: 'the workbook has no sheet with the --sheet name',
  invalid_xlsx: 'the file is not a readable XLSX workbook (truncated or corrupt zip)',
  invalid_ics: 'the file is not valid iCalendar (RFC 5545)',
  no_events: 'the calendar has no VEVENT: there is nothing to import (the wrong file?)',
  invalid_option: 'an option passed to the reader is malformed (e.g. --until not YYYY-MM-DD)',
} as const;

export type ScheduleFileErrorCode = keyof typeof SCHEDULE_FILE_ERROR_CODES;

export interface ScheduleFileErrorOptions {
  code: ScheduleFileErrorCode;
  file: string;
  /** 1-based physical line (CSV, iCalendar) or sheet row (XLSX), when the problem has one. */
  line?: number | undefined;
  /** The header cell or column concerned, as written in the file. */
  column?: string | undefined;
  cause?: unknown;
}

/**
 * The file cannot be imported at all: nothing in it is used. `message` says what to do next.
 *
 * @example
 * try { for await (const r of openScheduleSource('a.csv')) use(r); }
 * catch (e) { if (ScheduleFileError.is(e)) console.error(e.code, e.file, e.line, e.message); }
 */
export class ScheduleFileError extends Error {
  override readonly name = 'ScheduleFileError';
  readonly code: ScheduleFileErrorCode;
  readonly file: string;
  readonly line: number | undefined;
  readonly column: string | undefined;

  constructor(message: string, options: ScheduleFileErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
  }

  /** Matches on the brand, not the class, so two loaded copies of this module agree. */
  static is(err: unknown): err is ScheduleFileError {
    return (
      err instanceof Error &&
      err.name === 'ScheduleFileError' &&
      typeof (err as ScheduleFileError).code === 'string'
    );
  }
}
