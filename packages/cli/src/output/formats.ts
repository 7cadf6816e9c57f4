export const OUTPUT_FORMATS = ['table', 'json', 'ndjson', 'csv', 'yaml'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

/** One column of a list (or one field of a record): its header and how to read it from a row. */
export interface Column<T> {
  header: string;
  value: (row: T) => unknown;
}

export interface RenderOptions {
  format: OutputFormat;
  /** stdout is a terminal: tables get borders; otherwise plain aligned columns. */
  tty: boolean;
  color: boolean;
}

/** A cell as text: empty for null/undefined, lists comma-joined, objects as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
