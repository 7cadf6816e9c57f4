import { createReadStream } from 'node:fs';
import type { ScheduleColumn } from '@sporthub/schemas';
import ExcelJS from 'exceljs';
import { ScheduleFileError } from './errors.js';
import { type HeaderLayout, type RowDefaults, readHeader } from './header.js';
import { buildRecord, isBlankRow, isTitleRow } from './record.js';
import type { SourceRecord } from './types.js';
import { type CellValue, cellText } from './xlsx-cells.js';

/*
 * XLSX schedules through exceljs's streaming WorkbookReader: rows are parsed from the zip as they
 * come, so a big sheet is never loaded whole (shared strings are cached, as Excel requires).
 */

export interface XlsxReadOptions {
  sheet?: string | undefined;
  defaults?: RowDefaults | undefined;
}

interface SheetRow {
  number: number;
  values: CellValue[] | Record<string, CellValue>;
  getCell?(column: number): { numFmt?: string };
}

interface SheetReader extends AsyncIterable<SheetRow> {
  name: string;
}
interface WorkbookModel {
  model?: { sheets?: Array<{ name: string }> };
  properties?: { date1904?: boolean };
}

function sheetNames(reader: WorkbookModel, seen: readonly string[]): string[] {
  return reader.model?.sheets?.map((s) => s.name) ?? [...seen];
}

function matchesSheet(name: string, wanted: string): boolean {
  return name === wanted || name.trim().toLowerCase() === wanted.trim().toLowerCase();
}

async function* readSheet(
  sheet: SheetReader,
  file: string,
  defaults: RowDefaults,
  date1904: () => boolean,
): AsyncGenerator<SourceRecord> {
  let layout: HeaderLayout | undefined;
  let firstRow: number | undefined;
  for await (const row of sheet) {
    const values = Array.isArray(row.values) ? row.values : [];
    const width = Math.max(values.length - 1, layout?.names.length ?? 0);
    const columnAt = (i: number): ScheduleColumn | null => layout?.columns[i] ?? null;
    // The number format only matters for a time cell past one day; looked up only then.
    const cells = Array.from({ length: width }, (_, i) =>
      cellText(values[i + 1], columnAt(i), date1904(), () => row.getCell?.(i + 1)?.numFmt),
    );
    if (isBlankRow(cells)) continue;
    if (!layout) {
      firstRow ??= row.number;
      if (isTitleRow(cells)) continue;
      layout = readHeader(cells, { file, line: row.number, defaults });
      continue;
    }
    yield buildRecord(layout, cells, { file, line: row.number, defaults });
  }
  if (!layout) {
    throw new ScheduleFileError(
      firstRow === undefined
        ? `Sheet "${sheet.name}" is empty`
        : `Sheet "${sheet.name}" has no header row (only title rows from row ${firstRow})`,
      { code: firstRow === undefined ? 'empty_file' : 'missing_header', file, line: firstRow },
    );
  }
}

/** exceljs 4.4's streaming reader, as far as the relationships of `xl/workbook.xml` go. */
interface RelsReader {
  workbookRels?: Array<{ Id: string; Target: string }>;
  _parseRels(entry: unknown): Promise<void>;
}

/**
 * The targets of the workbook's relationships as exceljs's streaming reader compares them with
 * worksheet entries: relative to `xl/` (`worksheets/sheet1.xml`). The file format allows absolute
 * targets too (`/xl/worksheets/sheet1.xml`), which openpyxl — and so pandas — writes; exceljs would
 * then name no sheet after the workbook and give each the default `Sheet<n>` of its file, so the wrong
 * sheet was read, or none at all.
 */
function resolveSheetTargets(reader: RelsReader): void {
  const parseRels = reader._parseRels.bind(reader);
  reader._parseRels = async (entry) => {
    await parseRels(entry);
    for (const rel of reader.workbookRels ?? []) {
      rel.Target = rel.Target.replace(/\\/g, '/')
        .replace(/^\/xl\//, '')
        .replace(/^\.\//, '');
    }
  };
}

/** Any failure of the zip or XML layer means the workbook itself is damaged. */
function asFileError(cause: unknown, file: string): ScheduleFileError {
  if (ScheduleFileError.is(cause)) return cause;
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new ScheduleFileError(
    `${file} is not a readable XLSX workbook (${detail}); open it in Excel and save it again as .xlsx`,
    { code: 'invalid_xlsx', file, cause },
  );
}

/**
 * The records of one sheet of an XLSX workbook: `sheet` by name, else the first. Throws
 * `ScheduleFileError` (`invalid_xlsx`, `unknown_sheet`, `empty_file`, header codes).
 */
export async function* readXlsxRecords(
  file: string,
  options: XlsxReadOptions = {},
): AsyncGenerator<SourceRecord> {
  const input = createReadStream(file);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache', // number formats tell date and time cells from plain numbers
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const model = reader as unknown as WorkbookModel;
  resolveSheetTargets(reader as unknown as RelsReader);
  const seen: string[] = [];
  const date1904 = () => model.properties?.date1904 === true;
  let read = false;
  try {
    for await (const worksheet of reader) {
      const sheet = worksheet as unknown as SheetReader;
      seen.push(sheet.name);
      const wanted = options.sheet ?? sheetNames(model, seen)[0] ?? sheet.name;
      if (!matchesSheet(sheet.name, wanted)) continue;
      read = true;
      yield* readSheet(sheet, file, options.defaults ?? {}, date1904);
      break;
    }
  } catch (cause) {
    throw otherSheetsHint(asFileError(cause, file), options.sheet, sheetNames(model, seen));
  } finally {
    input.destroy();
  }
  if (read) return;
  const names = sheetNames(model, seen);
  if (names.length === 0) throw asFileError(new Error('no worksheet found'), file);
  throw new ScheduleFileError(
    `The workbook has no sheet "${options.sheet}"; its sheets are: ${names.map((n) => `"${n}"`).join(', ')}`,
    { code: 'unknown_sheet', file, column: options.sheet },
  );
}

/**
 * The first sheet was read because no --sheet was given, and it holds no schedule (a cover or notes
 * sheet, say): say which other sheets there are and how to pick one.
 */
function otherSheetsHint(
  error: ScheduleFileError,
  sheet: string | undefined,
  names: string[],
): ScheduleFileError {
  if (sheet !== undefined || names.length < 2) return error;
  if (error.code !== 'missing_header' && error.code !== 'empty_file') return error;
  const others = names
    .slice(1)
    .map((n) => `"${n}"`)
    .join(', ');
  return new ScheduleFileError(`${error.message}; the workbook also has ${others}: pick one with --sheet`, {
    code: error.code,
    file: error.file,
    line: error.line,
    column: error.column,
    cause: error.cause,
  });
}
