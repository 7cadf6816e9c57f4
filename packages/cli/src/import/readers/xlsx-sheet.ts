import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { type CellValue, serialToDate } from './xlsx-cells.js';

/*
 * The rows of a worksheet part (SpreadsheetML, ECMA-376 §18.3) and its shared strings, streamed through
 * saxes. exceljs's streaming worksheet reader got real files wrong: it kept only the last run of a
 * rich-text inline string, read a phonetic guide (`<rPh>`) instead of the text, read ISO date cells
 * (`t="d"`) as the number of their year (2027-06-25 became 1905-07-19), and failed on cells or rows
 * without their optional `r` reference.
 */

/** One row: `values[c]` is the cell of 1-based column `c`, as exceljs gave it (text, number, Date…). */
export interface SheetRow {
  number: number;
  values: CellValue[];
  getCell(column: number): { numFmt?: string };
}

export interface SheetContext {
  sharedStrings: readonly string[];
  /** The number format of a cell style (`s`), when it has one. */
  numFmtOf(style: number): string | undefined;
  date1904: boolean;
}

const require = createRequire(import.meta.url);
/** exceljs's own test for a date format: cells it showed as dates still are. */
const { isDateFmt } = require('exceljs/lib/utils/utils.js') as { isDateFmt(format: string): boolean };

/** The element name without a namespace prefix (`x:c` → `c`). */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** `_x000D_` and the like (ECMA-376 §22.9.2.19): characters XML cannot hold, escaped in strings. */
const unescapeX = (text: string) =>
  text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;

/** Feeds a part to a parser chunk by chunk; `after` runs after each chunk (to hand on what it made). */
async function* parse(input: Readable, parser: SaxesParser, after: () => Iterable<SheetRow>) {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of input) {
    parser.write(decoder.write(chunk as Buffer));
    yield* after();
  }
  parser.write(decoder.end());
  parser.close();
  yield* after();
}

/**
 * The shared strings (`xl/sharedStrings.xml`): each `<si>`'s text, its rich-text runs joined, without
 * phonetic guides.
 */
export async function readSharedStrings(input: Readable): Promise<string[]> {
  const strings: string[] = [];
  const parser = new SaxesParser();
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  parser.on('opentag', (node: SaxesTagPlain) => {
    const name = local(node.name);
    if (name === 'si') current = '';
    else if (name === 't') inText = true;
    else if (name === 'rPh') phonetic++;
  });
  parser.on('closetag', (node: SaxesTagPlain) => {
    const name = local(node.name);
    if (name === 'si') {
      strings.push(unescapeX(current ?? ''));
      current = undefined;
    } else if (name === 't') inText = false;
    else if (name === 'rPh') phonetic--;
  });
  const onText = (text: string) => {
    if (inText && phonetic === 0 && current !== undefined) current += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  for await (const _ of parse(input, parser, () => [])) {
    // The strings are collected by the handlers.
  }
  return strings;
}

/** `AB12` (or `AB`) → 28: the 1-based column of a cell reference. */
export function columnOf(reference: string): number | undefined {
  const letters = /^\$?([A-Za-z]{1,3})\$?\d*$/.exec(reference)?.[1];
  if (!letters) return undefined;
  let column = 0;
  for (const c of letters.toUpperCase()) column = column * 26 + c.charCodeAt(0) - 64;
  return column;
}

/** An ISO 8601 date cell (`t="d"`) as exceljs gives dates: the wall-clock time as if it were UTC. */
function isoDate(text: string): Date {
  const value = text.trim();
  // A time alone is a time of day on Excel's day zero (1899-12-30), as a time cell's number is.
  if (/^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return new Date(`1899-12-30T${value}Z`);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  return new Date(/(Z|[+-]\d{2}:?\d{2})$/.test(date) ? date : `${date}Z`);
}

interface OpenCell {
  column: number;
  type: string | undefined;
  style: number;
  value: string | undefined;
  formula: string | undefined;
  inline: string;
}

function cellValue(cell: OpenCell, context: SheetContext): CellValue {
  const text = cell.value;
  let value: CellValue;
  switch (cell.type) {
    case 's':
      value = text === undefined ? undefined : (context.sharedStrings[Number.parseInt(text, 10)] ?? '');
      break;
    case 'inlineStr':
      value = unescapeX(cell.inline);
      break;
    case 'str':
      value = text === undefined ? undefined : unescapeX(text);
      break;
    case 'b':
      value = text === undefined ? undefined : text.trim() !== '0' && text.trim().toLowerCase() !== 'false';
      break;
    case 'e':
      value = text === undefined ? undefined : { error: text.trim() };
      break;
    case 'd':
      value = text === undefined ? undefined : isoDate(text);
      break;
    default: {
      if (text === undefined || text.trim() === '') {
        value = undefined;
        break;
      }
      const n = Number(text);
      const numFmt = context.numFmtOf(cell.style);
      value = numFmt !== undefined && isDateFmt(numFmt) ? serialToDate(n, context.date1904) : n;
    }
  }
  return cell.formula === undefined ? value : { formula: cell.formula, result: value ?? undefined };
}

/**
 * The rows of a worksheet part in order, as they stream in. Rows and cells may leave out their `r`
 * reference: a row then follows the previous one, a cell the previous cell of its row.
 */
export async function* readSheetRows(input: Readable, context: SheetContext): AsyncGenerator<SheetRow> {
  const parser = new SaxesParser();
  const ready: SheetRow[] = [];
  let inData = false;
  let lastRow = 0;
  let row: { number: number; values: CellValue[]; formats: (string | undefined)[] } | undefined;
  let cell: OpenCell | undefined;
  let lastColumn = 0;
  /** Which text is being read: `<v>`, `<f>` or an inline string's `<t>`. */
  let capture: 'v' | 'f' | 't' | undefined;
  let phonetic = 0;
  parser.on('opentag', (node: SaxesTagPlain) => {
    const name = local(node.name);
    const attribute = (key: string) => {
      const value = node.attributes[key];
      return typeof value === 'string' ? value : undefined;
    };
    if (name === 'sheetData') inData = true;
    else if (!inData) return;
    else if (name === 'row') {
      const r = Number.parseInt(attribute('r') ?? '', 10);
      row = { number: Number.isFinite(r) && r > 0 ? r : lastRow + 1, values: [], formats: [] };
      lastColumn = 0;
    } else if (name === 'c' && row) {
      const reference = attribute('r');
      const column = (reference === undefined ? undefined : columnOf(reference)) ?? lastColumn + 1;
      cell = {
        column,
        type: attribute('t'),
        style: Number.parseInt(attribute('s') ?? '0', 10) || 0,
        value: undefined,
        formula: undefined,
        inline: '',
      };
    } else if (!cell) return;
    else if (name === 'v') {
      capture = 'v';
      cell.value = '';
    } else if (name === 'f') {
      capture = 'f';
      cell.formula = '';
    } else if (name === 'rPh') phonetic++;
    else if (name === 't' && phonetic === 0) capture = 't';
  });
  parser.on('closetag', (node: SaxesTagPlain) => {
    const name = local(node.name);
    if (name === 'sheetData') inData = false;
    else if (name === 'row' && row) {
      const done = row;
      ready.push({
        number: done.number,
        values: done.values,
        getCell: (column) => ({ numFmt: done.formats[column] }),
      });
      lastRow = done.number;
      row = undefined;
    } else if (name === 'c' && row && cell) {
      row.values[cell.column] = cellValue(cell, context);
      row.formats[cell.column] = context.numFmtOf(cell.style);
      lastColumn = cell.column;
      cell = undefined;
    } else if (name === 'rPh') phonetic--;
    else if (name === 'v' || name === 'f' || name === 't') capture = undefined;
  });
  const onText = (text: string) => {
    if (!cell || capture === undefined) return;
    if (capture === 'v') cell.value += text;
    else if (capture === 'f') cell.formula += text;
    else cell.inline += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  yield* parse(input, parser, () => ready.splice(0));
}
