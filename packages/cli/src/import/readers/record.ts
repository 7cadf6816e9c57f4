import {
  checkScheduleRow,
  SCHEDULE_COLUMNS,
  type ScheduleColumn,
  type ScheduleRowInput,
} from '@sporthub/schemas';
import type { HeaderLayout, RowDefaults } from './header.js';
import { READER_ERROR_CODES, type RecordError, type SourceRecord } from './types.js';

/*
 * One data row → `SourceRecord`: the original cells for the rejects file, the cells keyed by row field,
 * and the per-row checks of `ScheduleRowSchema` (required fields, date/time/integer formats, end after
 * start) through `checkScheduleRow`, its checks without zod's object pass: the cells are strings and
 * numbers by construction, and a million rows make the difference. Cross-row and server checks happen
 * in the importer.
 */

type Cells = Record<string, string | number | undefined>;

/** Fills what the flags supply into empty cells (SPEC §5 `--outlet`, `--program`, `--capacity`). */
export function applyDefaults(input: Cells, defaults: RowDefaults): void {
  const fill = (field: string, value: string | number | undefined) => {
    if (value !== undefined && (input[field] === undefined || input[field] === '')) input[field] = value;
  };
  fill('outletCode', defaults.outlet);
  fill('programCode', defaults.program);
  fill('capacity', defaults.capacity);
}

/**
 * Completes `base` into a record with the row checks of `ScheduleRowSchema` (`checkScheduleRow`); `columnName` turns a
 * canonical column into the name the user sees (the header as written).
 */
export function checkRow(
  base: Omit<SourceRecord, 'row' | 'errors' | 'input'> & { errors?: RecordError[] },
  input: Cells,
  columnName: (column: ScheduleColumn) => string = (c) => c,
): SourceRecord {
  const record = base as SourceRecord;
  record.input = input as ScheduleRowInput;
  record.errors ??= [];
  const result = checkScheduleRow(input);
  if ('errors' in result) {
    for (const e of result.errors) {
      record.errors.push({ column: columnName(e.column), code: e.code, message: e.message });
    }
  } else if (record.errors.length === 0) {
    record.row = result.row;
  }
  return record;
}

/** Builds the record of a CSV or XLSX data row whose cells are already text. */
export function buildRecord(
  layout: HeaderLayout,
  cells: readonly string[],
  context: { file: string; line: number; defaults: RowDefaults },
): SourceRecord {
  const raw: Record<string, string> = {};
  const input: Cells = {};
  const errors: RecordError[] = [];
  layout.names.forEach((name, i) => {
    const cell = cells[i] ?? '';
    raw[name] = cell;
    const column = layout.columns[i];
    if (column && cell !== '') input[SCHEDULE_COLUMNS[column].field] = cell;
  });
  // Cells past the header's last column: the row is rejected, and they are quoted in its message rather
  // than added as columns, so the rejects file keeps the header's columns (one file to fix and import).
  const extra = cells.slice(layout.names.length).filter((cell) => cell !== '');
  if (extra.length > 0) {
    errors.push({
      column: `column_${layout.names.length + 1}`,
      code: 'too_many_fields',
      message: `${READER_ERROR_CODES.too_many_fields}: ${extra.length === 1 ? 'one cell' : `${extra.length} cells`} past the last column (${extra.map((c) => JSON.stringify(c)).join(', ')})`,
    });
  }
  applyDefaults(input, context.defaults);
  return checkRow(
    { file: context.file, line: context.line, raw, errors },
    input,
    (c) => layout.headerOf[c] ?? c,
  );
}

/** A row whose cells are all empty (a blank line, a line of only delimiters, an empty sheet row). */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell === '');
}

/**
 * A row before the header with at most one cell: a title ("2027年1月课程表", often merged across the
 * columns in Excel). No header has a single column, so skipping it cannot hide one.
 */
export function isTitleRow(cells: readonly string[]): boolean {
  let filled = 0;
  for (const cell of cells) if (cell !== '' && ++filled > 1) return false;
  return true;
}
