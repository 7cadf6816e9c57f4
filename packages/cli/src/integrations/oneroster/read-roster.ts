import { type CsvRow, CsvTableError, readCsvTable } from './csv-table.js';
import type { RosterFiles } from './source.js';
import {
  FILE_MODES,
  type FileMode,
  MANIFEST_HEADER,
  ONEROSTER_HEADERS,
  ROLES,
  ROSTER_FILES,
  ROW_STATUSES,
  type RosterFileName,
} from './spec.js';

/*
 * OneRoster 1.1 files → records (SPEC §6.6). File-level problems (no manifest, wrong version, a header out
 * of order, a file the manifest lists but the export lacks) throw `RosterFileError`: nothing is imported.
 * Row-level problems (missing sourcedId, duplicate, bad status or role, unknown reference) are collected
 * with file and line, and the row is left out; references to a left-out row then fail in turn.
 */

export interface RowError {
  file: string;
  line: number;
  code:
    | 'missing_sourced_id'
    | 'duplicate_sourced_id'
    | 'invalid_status'
    | 'invalid_role'
    | 'unknown_reference'
    | 'missing_field';
  message: string;
}

export class RosterFileError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`);
  }
}

/** One row: its fields by column name, where it came from, and its delta status. */
export interface RosterRecord {
  file: RosterFileName;
  line: number;
  sourcedId: string;
  status: 'active' | 'tobedeleted';
  dateLastModified: string | null;
  fields: Record<string, string>;
  /** `metadata.*` extension columns, without the prefix. */
  metadata: Record<string, string>;
}

export interface Roster {
  modes: Record<RosterFileName, FileMode>;
  records: Record<RosterFileName, Map<string, RosterRecord>>;
  errors: RowError[];
  source: { systemName: string | null; systemCode: string | null };
}

const decoder = new TextDecoder('utf-8', { fatal: false });
const text = (bytes: Uint8Array) => decoder.decode(bytes);

export function readRoster(files: RosterFiles): Roster {
  const manifest = readManifest(files);
  const errors: RowError[] = [];
  const records = Object.fromEntries(
    ROSTER_FILES.map((f) => [f, new Map<string, RosterRecord>()]),
  ) as Roster['records'];
  for (const name of ROSTER_FILES) {
    const mode = manifest.modes[name];
    if (mode === 'absent') continue;
    const bytes = files.get(`${name.toLowerCase()}.csv`);
    if (!bytes)
      throw new RosterFileError(
        `manifest.csv says file.${name}=${mode}, but the export has no ${name}.csv`,
        'manifest.csv',
      );
    readFile(name, text(bytes), mode, records[name], errors);
  }
  checkReferences({ modes: manifest.modes, records, errors, source: manifest.source });
  errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { modes: manifest.modes, records, errors, source: manifest.source };
}

function readManifest(files: RosterFiles): Pick<Roster, 'modes' | 'source'> {
  const bytes = files.get('manifest.csv');
  if (!bytes)
    throw new RosterFileError(
      'missing: a OneRoster export starts with manifest.csv (propertyName,value)',
      'manifest.csv',
    );
  const table = tableOf('manifest.csv', text(bytes));
  if (
    table.header.length < 2 ||
    table.header[0] !== MANIFEST_HEADER[0] ||
    table.header[1] !== MANIFEST_HEADER[1]
  ) {
    throw new RosterFileError(
      `header must be "propertyName,value", found "${table.header.join(',')}"`,
      'manifest.csv',
      table.headerLine,
    );
  }
  const props = new Map<string, { value: string; line: number }>();
  for (const row of table.rows)
    props.set((row.cells[0] ?? '').trim(), { value: (row.cells[1] ?? '').trim(), line: row.line });
  const version = props.get('oneroster.version');
  if (version?.value !== '1.1') {
    throw new RosterFileError(
      `oneroster.version must be 1.1, found ${version ? `"${version.value}"` : 'none'}`,
      'manifest.csv',
      version?.line,
    );
  }
  const modes = {} as Record<RosterFileName, FileMode>;
  for (const name of ROSTER_FILES) {
    const entry = props.get(`file.${name}`);
    const mode = (entry?.value ?? 'absent').toLowerCase();
    if (!FILE_MODES.includes(mode as FileMode)) {
      throw new RosterFileError(
        `file.${name} must be absent, bulk or delta, found "${entry?.value}"`,
        'manifest.csv',
        entry?.line,
      );
    }
    modes[name] = mode as FileMode;
  }
  return {
    modes,
    source: {
      systemName: props.get('source.systemName')?.value || null,
      systemCode: props.get('source.systemCode')?.value || null,
    },
  };
}

function tableOf(file: string, content: string) {
  try {
    return readCsvTable(content);
  } catch (error) {
    if (error instanceof CsvTableError) throw new RosterFileError(error.message, file, error.line);
    throw error;
  }
}

/** The header must be the 1.1 columns in order, then only `metadata.*` columns. */
export function checkHeader(name: RosterFileName, header: readonly string[], line: number): void {
  const file = `${name}.csv`;
  const expected = ONEROSTER_HEADERS[name];
  for (const [i, column] of expected.entries()) {
    if (header[i] !== column) {
      throw new RosterFileError(
        `column ${i + 1} must be "${column}", found ${header[i] === undefined ? 'nothing' : `"${header[i]}"`} ` +
          `(OneRoster 1.1 order: ${expected.join(',')})`,
        file,
        line,
      );
    }
  }
  for (const [i, column] of header.slice(expected.length).entries()) {
    if (!column.startsWith('metadata.')) {
      throw new RosterFileError(
        `column ${expected.length + i + 1} "${column}" is not a OneRoster 1.1 column; extensions must be named metadata.*`,
        file,
        line,
      );
    }
  }
}

function readFile(
  name: RosterFileName,
  content: string,
  mode: FileMode,
  into: Map<string, RosterRecord>,
  errors: RowError[],
): void {
  const file = `${name}.csv`;
  const table = tableOf(file, content);
  checkHeader(name, table.header, table.headerLine);
  const fail = (row: CsvRow, code: RowError['code'], message: string) =>
    errors.push({ file, line: row.line, code, message });
  for (const row of table.rows) {
    const fields: Record<string, string> = {};
    const metadata: Record<string, string> = {};
    for (const [i, column] of table.header.entries()) {
      const value = (row.cells[i] ?? '').trim();
      if (column.startsWith('metadata.')) metadata[column.slice('metadata.'.length)] = value;
      else fields[column] = value;
    }
    const sourcedId = fields.sourcedId ?? '';
    if (!sourcedId) {
      fail(row, 'missing_sourced_id', 'sourcedId is empty');
      continue;
    }
    if (into.has(sourcedId)) {
      fail(
        row,
        'duplicate_sourced_id',
        `sourcedId ${sourcedId} already appears on line ${into.get(sourcedId)?.line}`,
      );
      continue;
    }
    const status = (fields.status ?? '').toLowerCase();
    if (mode === 'delta' && !(ROW_STATUSES as readonly string[]).includes(status)) {
      fail(
        row,
        'invalid_status',
        `a delta row needs status active or tobedeleted, found "${fields.status ?? ''}"`,
      );
      continue;
    }
    if (mode === 'delta' && !fields.dateLastModified) {
      fail(row, 'missing_field', 'a delta row needs dateLastModified');
      continue;
    }
    if (
      (name === 'users' || name === 'enrollments') &&
      !(ROLES as readonly string[]).includes(fields.role ?? '')
    ) {
      fail(row, 'invalid_role', `role must be one of ${ROLES.join(', ')}, found "${fields.role ?? ''}"`);
      continue;
    }
    into.set(sourcedId, {
      file: name,
      line: row.line,
      sourcedId,
      status: status === 'tobedeleted' ? 'tobedeleted' : 'active',
      dateLastModified: fields.dateLastModified || null,
      fields,
      metadata,
    });
  }
}

/** `[field, target file, list?]` per file: the sourcedId references the 1.1 model defines. */
const REFERENCES: ReadonlyArray<readonly [RosterFileName, string, RosterFileName, boolean]> = [
  ['academicSessions', 'parentSourcedId', 'academicSessions', false],
  ['courses', 'orgSourcedId', 'orgs', false],
  ['courses', 'schoolYearSourcedId', 'academicSessions', false],
  ['classes', 'schoolSourcedId', 'orgs', false],
  ['classes', 'courseSourcedId', 'courses', false],
  ['classes', 'termSourcedIds', 'academicSessions', true],
  ['users', 'orgSourcedIds', 'orgs', true],
  ['users', 'agentSourcedIds', 'users', true],
  ['demographics', 'sourcedId', 'users', false],
  ['enrollments', 'classSourcedId', 'classes', false],
  ['enrollments', 'schoolSourcedId', 'orgs', false],
  ['enrollments', 'userSourcedId', 'users', false],
];

/**
 * Leaves out rows naming a record that is not there. A reference can only be checked against a file sent
 * in bulk (the complete set); in a delta the target may be an earlier import's, so it is resolved later
 * against the server. Deleted rows (tobedeleted) are not checked. Dependency order, so a left-out row
 * also fails the rows that name it.
 */
function checkReferences(roster: Roster): void {
  for (const [from, field, to, list] of REFERENCES) {
    if (roster.modes[from] === 'absent' || roster.modes[to] !== 'bulk') continue;
    const targets = roster.records[to];
    for (const record of [...roster.records[from].values()]) {
      if (record.status === 'tobedeleted') continue;
      const raw = record.fields[field] ?? '';
      const ids = list
        ? raw
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : raw
          ? [raw]
          : [];
      const missing = ids.filter((id) => !targets.has(id) || targets.get(id)?.status === 'tobedeleted');
      if (missing.length === 0) continue;
      roster.errors.push({
        file: `${from}.csv`,
        line: record.line,
        code: 'unknown_reference',
        message: `${field} names ${missing.join(', ')}, not in ${to}.csv`,
      });
      roster.records[from].delete(record.sourcedId);
    }
  }
}
