/** File formats of `sporthub participation export` (SPEC §5, §6.3). */
export const EXPORT_FORMATS = ['csv', 'ndjson', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The UTF-8 byte order mark Excel needs to read a CSV as UTF-8 (`--bom`). */
export const UTF8_BOM = '\uFEFF';

/** Rows encoded into one chunk: large enough that per-chunk costs vanish, small enough to stay flat. */
export const ROWS_PER_CHUNK = 2000;
