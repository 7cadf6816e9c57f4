import Papa from 'papaparse';
import { decodeTextFile } from './decode.js';
import { ScheduleFileError } from './errors.js';
import { type HeaderLayout, type RowDefaults, readHeader } from './header.js';
import { buildRecord, isBlankRow, isTitleRow } from './record.js';
import { READER_ERROR_CODES, type SourceRecord } from './types.js';

/*
 * CSV schedules, streamed (SPEC §6.2): decoded chunk by chunk, cut into records by papaparse's core
 * `Parser` (RFC 4180 quoting: delimiters, doubled quotes and line breaks inside quotes), memory bounded
 * by one chunk plus one unfinished record whatever the file size.
 */

export interface CsvReadOptions {
  encoding?: string | undefined;
  defaults?: RowDefaults | undefined;
  highWaterMark?: number | undefined;
}

type Newline = '\n' | '\r' | '\r\n';
interface Dialect {
  delimiter: string;
  newline: Newline;
}

/** An unfinished record longer than this is an unclosed quote, not data: stop before memory grows. */
const MAX_RECORD_CHARS = 1 << 20;
const DELIMITERS = [',', ';', '\t'] as const;
const BLANK_LINE = /^[\s,;]*$/;

function pickDelimiter(line: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: string = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * Line break style (from the first line break) and delimiter (from the first non-blank line, the
 * header); undefined while `text` is too short to tell and more is coming.
 */
export function sniffDialect(text: string, complete: boolean): Dialect | undefined {
  let newline: Newline | undefined;
  let lineStart = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    if (quoted || (ch !== '\n' && ch !== '\r')) continue;
    if (ch === '\r' && i + 1 === text.length && !complete) return undefined;
    const lineBreak: Newline = ch === '\r' ? (text[i + 1] === '\n' ? '\r\n' : '\r') : '\n';
    newline ??= lineBreak;
    const line = text.slice(lineStart, i);
    if (!BLANK_LINE.test(line)) return { delimiter: pickDelimiter(line), newline };
    i += lineBreak.length - 1;
    lineStart = i + 1;
  }
  if (!complete && text.length < MAX_RECORD_CHARS) return undefined;
  return { delimiter: pickDelimiter(text.slice(lineStart)), newline: newline ?? '\n' };
}

/** Physical line breaks inside a record's fields (quoted newlines), so line numbers stay right. */
function lineBreaksIn(fields: readonly string[], newline: Newline): number {
  let n = 0;
  fields.forEach((field, f) => {
    for (let i = 0; i < field.length; i++) {
      const ch = field.charCodeAt(i);
      if (ch === 10) n++;
      else if (ch === 13 && field.charCodeAt(i + 1) !== 10) {
        // A CR ending the last field is the first half of a CRLF terminator in a file whose first
        // line ended in LF only: that break is already counted.
        if (!(newline === '\n' && f === fields.length - 1 && i === field.length - 1)) n++;
      }
    }
  });
  return n;
}

interface ParseResult {
  data: string[][];
  errors: Array<{ code: string; row?: number }>;
  meta: { cursor: number };
}

/** Yields the text of the file, the first piece long enough to sniff the dialect from. */
async function* withDialect(
  chunks: AsyncIterator<string>,
  onDialect: (dialect: Dialect) => void,
): AsyncGenerator<string> {
  let head = '';
  for (;;) {
    const next = await chunks.next();
    if (!next.done) head += next.value;
    const dialect = sniffDialect(head, next.done === true);
    if (dialect || next.done) {
      onDialect(dialect ?? { delimiter: ',', newline: '\n' });
      if (head) yield head;
      if (next.done) return;
      break;
    }
  }
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
}

/** An unfinished record over `MAX_RECORD_CHARS`: an unclosed quote if it has one, else a line too long. */
function recordTooLong(pending: string, file: string, line: number): ScheduleFileError {
  if (pending.includes('"')) {
    return new ScheduleFileError(
      `Line ${line}: a record runs on for more than a million characters — a quoted field is never closed`,
      { code: 'unterminated_quote', file, line },
    );
  }
  return new ScheduleFileError(
    `Line ${line} is longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters: not a schedule row ` +
      '(a file with no line breaks, or a header with far too many columns)',
    { code: 'line_too_long', file, line },
  );
}

/**
 * The records of a CSV schedule. Throws `ScheduleFileError` for file-level problems (encoding, empty
 * file, header, unclosed quote); bad rows come back as records with `errors`.
 */
export async function* readCsvRecords(
  file: string,
  options: CsvReadOptions = {},
): AsyncGenerator<SourceRecord> {
  const defaults = options.defaults ?? {};
  const decoded = decodeTextFile(file, { encoding: options.encoding, highWaterMark: options.highWaterMark });
  let dialect: Dialect = { delimiter: ',', newline: '\n' };
  let parser: Papa.Parser | undefined;
  let layout: HeaderLayout | undefined;
  let titleLine: number | undefined;
  let line = 1;
  let pending = '';

  function* take(result: ParseResult, final: boolean): Generator<SourceRecord> {
    const badQuotes = new Set(result.errors.filter((e) => e.code === 'InvalidQuotes').map((e) => e.row));
    const unclosed = final ? result.errors.find((e) => e.code === 'MissingQuotes') : undefined;
    for (const [i, fields] of result.data.entries()) {
      const start = line;
      line += 1 + lineBreaksIn(fields, dialect.newline);
      if (unclosed && unclosed.row === i) {
        throw new ScheduleFileError(
          `Line ${start}: a quoted field is never closed, or text follows its closing quote ("20"x): quote the whole cell, and double the quotes inside it ("")`,
          { code: 'unterminated_quote', file, line: start },
        );
      }
      const cells = fields.map((f) => f.trim());
      if (isBlankRow(cells)) continue;
      if (!layout) {
        if (isTitleRow(cells)) titleLine ??= start;
        else layout = readHeader(cells, { file, line: start, defaults });
        continue;
      }
      const record = buildRecord(layout, cells, { file, line: start, defaults });
      if (badQuotes.has(i)) {
        // The cell the stray quote ended up in (papaparse keeps it in the value): `"ab"cd"` → `ab"cd`.
        const at = fields.findIndex((f) => f.includes('"'));
        record.errors.push({
          column: (at === -1 ? undefined : layout.names[at]) ?? '',
          code: 'invalid_quotes',
          message: READER_ERROR_CODES.invalid_quotes,
        });
        delete record.row;
      }
      yield record;
    }
  }

  const text = withDialect(decoded, (found) => {
    // Records end at LF whether the first line ended in CRLF or LF: files that went through several
    // tools mix the two (a CRLF header, LF rows), and a CR before an LF is trimmed off the last cell.
    // Only a file whose first break is a lone CR (classic Mac) is cut at CRs.
    dialect = { delimiter: found.delimiter, newline: found.newline === '\r' ? '\r' : '\n' };
    parser = new Papa.Parser(dialect);
  });
  for await (const chunk of text) {
    pending += chunk;
    const result = parser!.parse(pending, 0, true) as ParseResult;
    pending = pending.slice(result.meta.cursor);
    yield* take(result, false);
    if (pending.length > MAX_RECORD_CHARS) throw recordTooLong(pending, file, line);
  }
  if (parser && pending) yield* take(parser.parse(pending, 0, false) as ParseResult, true);
  if (!layout && titleLine !== undefined) {
    throw new ScheduleFileError(
      `${file} has no header row: line ${titleLine} holds a single value; the header names the columns, e.g. ` +
        'external_id,outlet_code,program_code,date,start_time,end_time,capacity',
      { code: 'missing_header', file, line: titleLine },
    );
  }
  if (!layout) {
    throw new ScheduleFileError(`${file} is empty: it has no header row and no data`, {
      code: 'empty_file',
      file,
    });
  }
}
