import { type Column, cellText } from './formats.js';

/** One field per RFC 4180 §2: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV: a header line, then one line per row, CRLF line breaks, including after the last row. */
export function renderCsv<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const lines = [columns.map((c) => csvField(c.header))];
  for (const row of rows) lines.push(columns.map((c) => csvField(cellText(c.value(row)))));
  return lines.map((fields) => `${fields.join(',')}\r\n`).join('');
}
