import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import type { ScheduleColumn } from '@sporthub/schemas';
import ExcelJS from 'exceljs';
import { ScheduleFileError } from './errors.js';
import { type HeaderLayout, type RowDefaults, readHeader } from './header.js';
import { buildRecord, isBlankRow, isTitleRow } from './record.js';
import type { SourceRecord } from './types.js';
import { type CellValue, cellText } from './xlsx-cells.js';
import { columnOf, readSharedStrings, readSheetRows, type SheetRow } from './xlsx-sheet.js';

/*
 * XLSX schedules: the zip's directory (unzipper) gives each part when it is needed; exceljs parses the
 * workbook, its relationships and styles, and xlsx-sheet.ts streams the wanted sheet's rows, so a big
 * sheet is never loaded whole (shared strings are kept, as Excel requires).
 */

export interface XlsxReadOptions {
  sheet?: string | undefined;
  defaults?: RowDefaults | undefined;
}

interface SheetReader extends AsyncIterable<SheetRow> {
  name: string;
}
function matchesSheet(name: string, wanted: string): boolean {
  return name === wanted || name.trim().toLowerCase() === wanted.trim().toLowerCase();
}

/** Cells merged down a column (`D2:D4`): Excel shows the top cell's value in every row of it. */
interface VerticalMerge {
  /** 0-based column. */
  column: number;
  top: number;
  bottom: number;
  /** The top cell's text, once its row is read. */
  value?: string;
}

/**
 * The merged ranges of a sheet that span rows (`<mergeCell ref="D2:D4"/>`, after the rows in the
 * sheet's XML, so read in a pass of their own), by top row. Timetables merge a day's date or outlet
 * down over its sessions; a range across columns only (a title) changes no row.
 */
async function verticalMerges(input: Readable): Promise<VerticalMerge[]> {
  const merges: VerticalMerge[] = [];
  const pattern = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g;
  let carry = '';
  for await (const chunk of input) {
    const text = carry + (chunk as Buffer).toString('latin1');
    let end = 0;
    for (const m of text.matchAll(pattern)) {
      end = m.index + m[0].length;
      const [top, bottom] = [Number(m[2]), Number(m[4])];
      if (bottom > top) merges.push({ column: columnOf(m[1]!)! - 1, top, bottom });
    }
    carry = text.slice(Math.max(end, text.length - 512));
  }
  return merges.sort((a, b) => a.top - b.top);
}

/** Fills the cells of a data row that merged ranges cover with their top cell's text. */
function fillMerged(cells: string[], row: number, merges: VerticalMerge[], active: VerticalMerge[]): void {
  for (let i = active.length - 1; i >= 0; i--) {
    const merge = active[i]!;
    if (merge.bottom < row) active.splice(i, 1);
    else if (merge.top < row && merge.value !== undefined && (cells[merge.column] ?? '') === '') {
      cells[merge.column] = merge.value;
    }
  }
  while (merges.length > 0 && merges[0]!.top <= row) {
    const merge = merges.shift()!;
    if (merge.top < row) continue; // began above the header, or in a blank row
    merge.value = cells[merge.column] ?? '';
    active.push(merge);
  }
}

const columnLetters = (column: number): string =>
  column <= 0
    ? ''
    : columnLetters(Math.floor((column - 1) / 26)) + String.fromCharCode(65 + ((column - 1) % 26));

/**
 * A formula cell whose value was never computed (openpyxl and other writers that do not calculate
 * store none): what Excel would show is unknown here, and reading it as empty would misname the
 * problem (`required`) or quietly drop a title. The workbook is refused, naming the cell.
 */
function uncomputedFormula(values: CellValue[], row: number, file: string): void {
  values.forEach((value, column) => {
    if (typeof value !== 'object' || value === null || value instanceof Date) return;
    if (!('formula' in value || 'sharedFormula' in value) || value.result !== undefined) return;
    const cell = `${columnLetters(column)}${row}`;
    const formula = value.formula ?? value.sharedFormula ?? '';
    throw new ScheduleFileError(
      `Cell ${cell} holds a formula (=${formula}) without a computed value: the program that wrote the ` +
        'workbook did not calculate it. Open the file in Excel, WPS or LibreOffice and save it, or write the values',
      { code: 'invalid_xlsx', file, line: row, column: cell },
    );
  });
}

async function* readSheet(
  sheet: SheetReader,
  file: string,
  defaults: RowDefaults,
  date1904: () => boolean,
  merges: VerticalMerge[] = [],
): AsyncGenerator<SourceRecord> {
  let layout: HeaderLayout | undefined;
  let firstRow: number | undefined;
  const active: VerticalMerge[] = [];
  for await (const row of sheet) {
    const values = Array.isArray(row.values) ? row.values : [];
    const width = Math.max(values.length - 1, layout?.names.length ?? 0);
    const columnAt = (i: number): ScheduleColumn | null => layout?.columns[i] ?? null;
    // The number format only matters for a time cell past one day; looked up only then.
    const cells = Array.from({ length: width }, (_, i) =>
      cellText(values[i + 1], columnAt(i), date1904(), () => row.getCell?.(i + 1)?.numFmt),
    );
    uncomputedFormula(values, row.number, file);
    // Only below the header: a header cell merged down is no data.
    if (layout) fillMerged(cells, row.number, merges, active);
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

/** Any failure of the zip or XML layer means the workbook itself is damaged. */
function asFileError(cause: unknown, file: string): ScheduleFileError {
  if (ScheduleFileError.is(cause)) return cause;
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new ScheduleFileError(
    `${file} is not a readable XLSX workbook (${detail}); open it in Excel and save it again as .xlsx`,
    { code: 'invalid_xlsx', file, cause },
  );
}

/** A file of the zip, read on demand (unzipper's central-directory reader). */
interface ZipEntry {
  path: string;
  stream(): Readable;
}

/**
 * The parts of exceljs 4.4's streaming `WorkbookReader` this reader drives itself (the worksheet and
 * shared strings are read by xlsx-sheet.ts). Its own loop reads
 * the zip front to back and, when a worksheet comes before the workbook's shared strings (Excel's
 * order) or its relationships (openpyxl's), spools it to a temp file, during which later entries are
 * lost now and then: 16 of 60 reads of one openpyxl workbook named no sheets or crashed. Read through
 * the zip's directory instead, each part is parsed in the order it is needed, and only the wanted sheet.
 */
interface WorkbookParts {
  workbookRels?: Array<{ Id: string; Target: string }>;
  model?: { sheets?: Array<{ name: string; rId: string; state?: string }> };
  properties?: { model?: { date1904?: boolean }; date1904?: boolean };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  styles: { getStyleModel(id: number): { numFmt?: string } | undefined };
  /** The shared strings (our reader's: exceljs's reads a phonetic guide instead of the text). */
  strings: string[];
}

const require = createRequire(import.meta.url);

async function openZip(file: string): Promise<Map<string, ZipEntry>> {
  const unzipper = require('unzipper') as { Open: { file(path: string): Promise<{ files: ZipEntry[] }> } };
  const directory = await unzipper.Open.file(file);
  return new Map(directory.files.map((entry) => [entry.path.replace(/\\/g, '/').replace(/^\//, ''), entry]));
}

/**
 * The zip path of a workbook relationship's target: relative to `xl/` (`worksheets/sheet1.xml`, as
 * Excel writes it), or absolute (`/xl/worksheets/sheet1.xml`, as openpyxl and pandas write it).
 */
function partPath(target: string): string {
  const path = target.replace(/\\/g, '/');
  if (path.startsWith('/')) return path.slice(1);
  const parts = ['xl'];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** The workbook with its relationships, sheet list, styles and shared strings parsed. */
async function openWorkbook(file: string, zip: Map<string, ZipEntry>): Promise<WorkbookParts> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(undefined as never, {
    styles: 'cache', // number formats tell date and time cells from plain numbers
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as WorkbookParts;
  const part = (path: string) => zip.get(path)?.stream();
  const rels = part('xl/_rels/workbook.xml.rels');
  const book = part('xl/workbook.xml');
  if (!rels || !book) throw asFileError(new Error('it has no xl/workbook.xml'), file);
  await workbook._parseRels(rels);
  await workbook._parseWorkbook(book);
  const styles = part('xl/styles.xml');
  if (styles) await workbook._parseStyles(styles);
  const strings = part('xl/sharedStrings.xml');
  workbook.strings = strings ? await readSharedStrings(strings) : [];
  return workbook;
}

/**
 * The records of one sheet of an XLSX workbook: `sheet` by name, else the first. Throws
 * `ScheduleFileError` (`invalid_xlsx`, `unknown_sheet`, `empty_file`, header codes).
 */
export async function* readXlsxRecords(
  file: string,
  options: XlsxReadOptions = {},
): AsyncGenerator<SourceRecord> {
  let workbook: WorkbookParts;
  let zip: Map<string, ZipEntry>;
  try {
    zip = await openZip(file);
    workbook = await openWorkbook(file, zip);
  } catch (cause) {
    throw asFileError(cause, file);
  }
  const sheets = workbook.model?.sheets ?? [];
  const names = sheets.map((s) => s.name);
  if (sheets.length === 0) throw asFileError(new Error('no worksheet found'), file);
  // By default the first sheet the operator sees: a hidden one holds lookups, not the schedule.
  const visible = sheets.find((s) => s.state === undefined || s.state === 'visible') ?? sheets[0];
  const wanted =
    options.sheet === undefined ? visible : sheets.find((s) => matchesSheet(s.name, options.sheet!));
  if (!wanted) {
    throw new ScheduleFileError(
      `The workbook has no sheet "${options.sheet}"; its sheets are: ${names.map((n) => `"${n}"`).join(', ')}`,
      { code: 'unknown_sheet', file, column: options.sheet },
    );
  }
  const target = workbook.workbookRels?.find((rel) => rel.Id === wanted.rId)?.Target;
  const entry = target === undefined ? undefined : zip.get(partPath(target));
  if (!entry) throw asFileError(new Error(`sheet "${wanted.name}" is missing from the file`), file);
  const date1904 = () => (workbook.properties?.model?.date1904 ?? workbook.properties?.date1904) === true;
  // A workbook without xl/styles.xml (some generators write none) has no number formats at all.
  const hasStyles = zip.has('xl/styles.xml');
  let input: Readable | undefined;
  try {
    const merges = await verticalMerges(entry.stream());
    const stream = entry.stream();
    input = stream;
    const context = {
      sharedStrings: workbook.strings,
      numFmtOf: hasStyles ? (style: number) => workbook.styles.getStyleModel(style)?.numFmt : () => undefined,
      date1904: date1904(),
    };
    const sheet: SheetReader = {
      name: wanted.name,
      [Symbol.asyncIterator]: () => readSheetRows(stream, context),
    };
    yield* readSheet(sheet, file, options.defaults ?? {}, date1904, merges);
  } catch (cause) {
    throw otherSheetsHint(asFileError(cause, file), options.sheet, names, wanted.name);
  } finally {
    input?.destroy();
  }
}

/**
 * The first sheet was read because no --sheet was given, and it holds no schedule (a cover or notes
 * sheet, say): say which other sheets there are and how to pick one.
 */
function otherSheetsHint(
  error: ScheduleFileError,
  sheet: string | undefined,
  names: string[],
  read: string,
): ScheduleFileError {
  if (sheet !== undefined || names.length < 2) return error;
  if (!['missing_header', 'empty_file', 'missing_column'].includes(error.code)) return error;
  const others = names
    .filter((n) => n !== read)
    .map((n) => `"${n}"`)
    .join(', ');
  return new ScheduleFileError(
    `${error.message} (sheet "${read}"); the workbook also has ${others}: pick one with --sheet`,
    {
      code: error.code,
      file: error.file,
      line: error.line,
      column: error.column,
      cause: error.cause,
    },
  );
}
