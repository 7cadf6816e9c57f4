import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { PARTICIPATION_EXPORT_COLUMNS, type ParticipationExportRow } from '@sporthub/schemas';
import type { RowCounter } from './encode-text.js';
import { ROWS_PER_CHUNK } from './formats.js';

/** Excel's hard limit of rows per sheet (the header takes one). */
export const XLSX_MAX_ROWS = 1_048_576;

/**
 * Writes rows as an XLSX workbook (one sheet `participation`, header row, SPEC §6.3 columns) through
 * exceljs's streaming `WorkbookWriter`: each row is committed (serialized into the zip) as it comes, no
 * shared strings or styles are kept, so memory does not grow with the row count. `out` receives the zip
 * bytes and is ended when the workbook is complete. `duration_minutes` is a number cell; every other
 * column is text (ids and RFC 3339 timestamps stay exactly as exported).
 */
export async function writeXlsx(
  rows: AsyncIterable<ParticipationExportRow>,
  out: Writable,
  counter: RowCounter,
): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('participation');
  sheet.addRow([...PARTICIPATION_EXPORT_COLUMNS]).commit();
  let inChunk = 0;
  for await (const row of rows) {
    if (counter.rows + 1 >= XLSX_MAX_ROWS) {
      throw new RangeError(
        `the export has more than ${XLSX_MAX_ROWS - 1} rows, more than an Excel sheet holds: use --format csv or narrow --from/--to`,
      );
    }
    sheet.addRow(PARTICIPATION_EXPORT_COLUMNS.map((column) => row[column] ?? null)).commit();
    counter.rows++;
    if (++inChunk === ROWS_PER_CHUNK) {
      inChunk = 0;
      counter.onRows?.(counter.rows);
      // exceljs does not propagate backpressure: wait here while the file side catches up.
      if (out.writableNeedDrain) await once(out, 'drain');
    }
  }
  sheet.commit();
  await workbook.commit();
  counter.onRows?.(counter.rows);
}
