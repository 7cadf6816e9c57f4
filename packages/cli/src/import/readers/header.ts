import { normalizeHeader, type ScheduleColumn } from '@sporthub/schemas';
import { ScheduleFileError } from './errors.js';

/*
 * The header row of a CSV or XLSX schedule (SPEC §6.2): English names or Chinese aliases, any order,
 * case- and space-insensitive (`normalizeHeader`); columns that are not schedule columns are kept for
 * the rejects file and otherwise ignored.
 */

/** Values the command's flags supply when a file has no column (or an empty cell) for them. */
export interface RowDefaults {
  outlet?: string | undefined;
  program?: string | undefined;
  capacity?: number | undefined;
}

export interface HeaderLayout {
  /** Key of each cell in `SourceRecord.raw`: the header as written, made unique. */
  names: string[];
  /** The schedule column of each cell, or null for an extra column. */
  columns: (ScheduleColumn | null)[];
  /** The header as written for each schedule column present. */
  headerOf: Partial<Record<ScheduleColumn, string>>;
}

interface HeaderContext {
  file: string;
  line: number;
  defaults: RowDefaults;
}

function uniqueNames(cells: readonly string[]): string[] {
  const seen = new Set<string>();
  return cells.map((cell, i) => {
    let name = cell === '' ? `column_${i + 1}` : cell;
    for (let n = 2; seen.has(name); n++) name = `${cell} (${n})`;
    seen.add(name);
    return name;
  });
}

function missingColumns(present: ReadonlySet<ScheduleColumn>, defaults: RowDefaults): ScheduleColumn[] {
  const missing: ScheduleColumn[] = [];
  const need = (column: ScheduleColumn, supplied = false) => {
    if (!present.has(column) && !supplied) missing.push(column);
  };
  need('external_id');
  need('outlet_code', defaults.outlet !== undefined);
  need('program_code', defaults.program !== undefined);
  const instants = present.has('starts_at') || present.has('ends_at');
  const localTimes = present.has('date') && present.has('start_time') && present.has('end_time');
  if (instants && !localTimes) {
    need('starts_at');
    need('ends_at');
  } else if (!instants) {
    need('date');
    need('start_time');
    need('end_time');
  }
  need('capacity', defaults.capacity !== undefined);
  return missing;
}

/**
 * Maps the header row's cells to schedule columns. Throws `missing_header` when no cell is a schedule
 * column, `duplicate_column` when two cells name the same one, `missing_column` when a required one is
 * absent (outlet, program and capacity are not required when a flag supplies them).
 */
export function readHeader(cells: readonly string[], context: HeaderContext): HeaderLayout {
  const { file, line } = context;
  const names = uniqueNames(cells);
  const columns = cells.map((cell) => normalizeHeader(cell));
  const headerOf: Partial<Record<ScheduleColumn, string>> = {};
  columns.forEach((column, i) => {
    if (column === null) return;
    const first = headerOf[column];
    if (first !== undefined) {
      throw new ScheduleFileError(
        `Line ${line}: columns "${first}" and "${cells[i]}" both mean ${column}; keep one of them`,
        { code: 'duplicate_column', file, line, column: cells[i] },
      );
    }
    headerOf[column] = cells[i] ?? column;
  });
  const present = new Set(Object.keys(headerOf) as ScheduleColumn[]);
  if (present.size === 0) {
    const shown = cells.filter(Boolean).slice(0, 5).join(', ');
    throw new ScheduleFileError(
      `Line ${line} should be the header row but names no schedule column (${shown}); ` +
        'start the file with a header such as external_id,outlet_code,program_code,date,start_time,end_time,capacity',
      { code: 'missing_header', file, line },
    );
  }
  const missing = missingColumns(present, context.defaults);
  if (missing.length > 0) {
    const flags = missing
      .map(
        (c) => ({ outlet_code: '--outlet', program_code: '--program', capacity: '--capacity' })[c as string],
      )
      .filter(Boolean);
    throw new ScheduleFileError(
      `Required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing from the header row (line ${line})` +
        (flags.length > 0 ? `; add the column or pass ${flags.join(', ')}` : ''),
      { code: 'missing_column', file, line, column: missing[0] },
    );
  }
  return { names, columns, headerOf };
}
