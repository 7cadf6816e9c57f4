import { renderCsv } from './csv.js';
import type { Column, RenderOptions } from './formats.js';
import { renderBoxTable, renderPlainTable } from './table.js';

export type { Column, OutputFormat, RenderOptions } from './formats.js';
export { isOutputFormat, OUTPUT_FORMATS } from './formats.js';

/**
 * Renders a list in the chosen format. Table and CSV show `columns`; JSON, NDJSON and YAML carry whole
 * rows, so scripts get every field. Returns the text to write to stdout.
 */
export async function renderList<T>(
  rows: readonly T[],
  columns: readonly Column<T>[],
  opts: RenderOptions,
): Promise<string> {
  switch (opts.format) {
    case 'json':
      return `${JSON.stringify(rows, null, 2)}\n`;
    case 'ndjson':
      return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
    case 'csv':
      return renderCsv(rows, columns);
    case 'yaml':
      return renderYaml(rows);
    case 'table':
      if (rows.length === 0) return '';
      return opts.tty ? renderBoxTable(rows, columns, opts.color) : renderPlainTable(rows, columns);
  }
}

interface FieldRow {
  field: string;
  value: unknown;
}

const FIELD_COLUMNS: Column<FieldRow>[] = [
  { header: 'Field', value: (r) => r.field },
  { header: 'Value', value: (r) => r.value },
];

/** Renders one record: a field/value table, one CSV row under a header, or the whole object. */
export async function renderRecord<T>(
  record: T,
  fields: readonly Column<T>[],
  opts: RenderOptions,
): Promise<string> {
  switch (opts.format) {
    case 'json':
      return `${JSON.stringify(record, null, 2)}\n`;
    case 'ndjson':
      return `${JSON.stringify(record)}\n`;
    case 'csv':
      return renderCsv([record], fields);
    case 'yaml':
      return renderYaml(record);
    case 'table': {
      const rows = fields.map((f) => ({ field: f.header, value: f.value(record) }));
      return opts.tty
        ? renderBoxTable(rows, FIELD_COLUMNS, opts.color)
        : renderPlainTable(rows, FIELD_COLUMNS);
    }
  }
}

/**
 * YAML that YAML 1.1 readers (PyYAML, Ruby's Psych) read back as the same strings too: written under
 * 1.1's rules, `18:30` (a base-60 integer there), `2027-03-08` (a date), `yes` and `on` (booleans) are
 * quoted. Every value stays what it is for a YAML 1.2 reader.
 */
async function renderYaml(value: unknown): Promise<string> {
  const { stringify } = await import('yaml');
  return stringify(value, { version: '1.1' });
}
