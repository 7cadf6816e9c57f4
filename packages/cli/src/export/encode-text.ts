import {
  CSV_EOL,
  csvHeader,
  PARTICIPATION_EXPORT_COLUMNS,
  type ParticipationExportRow,
  toCsvLine,
} from '@sporthub/schemas';
import { ROWS_PER_CHUNK, UTF8_BOM } from './formats.js';

/** Counts what an encoder wrote, for the manifest, the trailer check and the progress display. */
export interface RowCounter {
  rows: number;
  /** Called after each chunk with the running row count. */
  onRows?: ((rows: number) => void) | undefined;
}

export interface TextEncodeOptions {
  format: 'csv' | 'ndjson';
  /** CSV only: start with a UTF-8 BOM (Excel). */
  bom?: boolean | undefined;
}

/**
 * Rows → text chunks of the export file. CSV uses the same `toCsvLine` as the server (RFC 4180, CRLF,
 * null as an empty field, header first), so a file the CLI writes equals the server's own CSV. NDJSON
 * is one row object per line, in the column order of SPEC §6.3, without the trailer (the manifest
 * carries the count and watermark). Rows are joined `ROWS_PER_CHUNK` at a time, and the generator only
 * runs when the consumer pulls, so memory stays one chunk deep whatever the export size.
 */
export async function* encodeText(
  rows: AsyncIterable<ParticipationExportRow>,
  options: TextEncodeOptions,
  counter: RowCounter,
): AsyncGenerator<string, void, undefined> {
  const csv = options.format === 'csv';
  // The header goes out with the first rows, not before the first page is in: an export the server
  // refuses (a bad --since-watermark) leaves nothing on stdout.
  let text = csv ? (options.bom ? UTF8_BOM : '') + csvHeader() + CSV_EOL : '';
  let inChunk = 0;
  for await (const row of rows) {
    text += csv ? toCsvLine(row) + CSV_EOL : `${JSON.stringify(orderedRow(row))}\n`;
    counter.rows++;
    if (++inChunk === ROWS_PER_CHUNK) {
      yield text;
      counter.onRows?.(counter.rows);
      text = '';
      inChunk = 0;
    }
  }
  if (text !== '') yield text;
  counter.onRows?.(counter.rows);
}

/** The row with its keys in SPEC §6.3 order (whatever order the server sent them in). */
function orderedRow(row: ParticipationExportRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column of PARTICIPATION_EXPORT_COLUMNS) out[column] = row[column];
  return out;
}
