import Papa from 'papaparse';

/*
 * One OneRoster CSV file as rows with their physical line numbers (so an error says `users.csv:17`).
 * papaparse does the RFC 4180 work; line numbers count the line breaks inside quoted fields too. A BOM is
 * dropped: Excel writes one.
 */

export interface CsvRow {
  /** 1-based line of the row's first character in the file (the header is line 1). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  headerLine: number;
  rows: CsvRow[];
}

export class CsvTableError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export function readCsvTable(text: string): CsvTable {
  const clean = text.replace(/^\uFEFF/, '');
  const newline = clean.includes('\r\n')
    ? '\r\n'
    : clean.includes('\r') && !clean.includes('\n')
      ? '\r'
      : '\n';
  const parsed = Papa.parse<string[]>(clean, { delimiter: ',', newline, skipEmptyLines: false });
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  let line = 1;
  let header: string[] | undefined;
  let headerLine = 1;
  const rows: CsvRow[] = [];
  for (const [i, fields] of parsed.data.entries()) {
    const start = line;
    line += 1 + fields.reduce((n, f) => n + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    if (unclosed && unclosed.row === i) throw new CsvTableError('a quoted field is never closed', start);
    if (fields.every((f) => f.trim() === '')) continue;
    if (!header) {
      header = fields.map((f) => f.trim());
      headerLine = start;
      continue;
    }
    rows.push({ line: start, cells: fields });
  }
  if (!header) throw new CsvTableError('the file is empty: no header row', 1);
  return { header, headerLine, rows };
}
