import { Args, Flags } from '@oclif/core';
import type { BatchItemResult, ParticipationCreate, SportHub } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import { CliError, usageError } from '../../errors/cli-error.js';
import { ExitCode } from '../../errors/exit-codes.js';
import type { Reject } from '../../import/rejects.js';
import type { Column } from '../../output/index.js';

/*
 * `sporthub participation import FILE` (SPEC §5): check-ins from paper lists or partners. Two passes like
 * `schedules import`: every row is checked and its external ids resolved before anything is written;
 * more rejects than --max-errors → exit 65, nothing written; else the accepted rows are upserted in
 * batches (matched on external_id, so a re-run never duplicates) and rows the server rejects join the
 * rejects file → exit 68. The file is held in memory: attendance lists are thousands of rows, not millions.
 */

const COLUMNS = [
  'external_id',
  'session_external_id',
  'member_external_id',
  'checked_in_at',
  'duration_minutes',
  'source',
] as const;
const REQUIRED = ['session_external_id', 'member_external_id'] as const;
const SOURCES = ['staff', 'qr', 'partner', 'import'] as const;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const LOOKUP_CONCURRENCY = 8;

/** A problem of one row; codes are this command's own (required, unknown_session, …) or the server's. */
interface RowError {
  column: string;
  code: string;
  message: string;
}

interface Row {
  line: number;
  raw: Record<string, string>;
  cells: Partial<Record<(typeof COLUMNS)[number], string>>;
  errors: RowError[];
  item?: ParticipationCreate;
}

export interface ParticipationImportSummary {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

const SUMMARY_FIELDS: Column<ParticipationImportSummary>[] = [
  { header: 'rows', value: (s) => s.rows },
  { header: 'created', value: (s) => s.created },
  { header: 'updated', value: (s) => s.updated },
  { header: 'unchanged', value: (s) => s.unchanged },
  { header: 'rejected', value: (s) => s.rejected },
];

export default class ParticipationImport extends SporthubCommand<typeof ParticipationImport> {
  static override summary = 'Import check-ins from a CSV file (paper lists, partner reports).';
  static override description =
    `CSV columns (header row, any order): external_id, session_external_id, member_external_id,
checked_in_at (RFC 3339 with offset; default: when the server receives it), duration_minutes (0–1440),
source (staff, qr, partner, import; default import). Encoding: a BOM decides, else UTF-8 if valid, else
GB18030. Every row is checked and its session and member external ids are resolved first; if more rows
are rejected than --max-errors allows, nothing is written (exit 65). Otherwise the accepted rows are
upserted in batches, matched on external_id (else session + member), so importing the same file again
changes nothing. Rejected rows go to --rejects FILE with the original columns plus error_code,
error_message. Exit 0 all written, 68 some rows rejected, 65 nothing written. With --json, result is
{summary, rejectsPath}.`;

  static override examples = [
    '<%= config.bin %> participation import checkins-2026-09-05.csv',
    '<%= config.bin %> participation import school-pe.csv --max-errors 2% --rejects bad.csv --json',
  ];

  static override args = { file: Args.string({ description: 'The CSV file of check-ins.', required: true }) };

  static override flags = {
    encoding: Flags.string({
      description:
        'Text encoding (utf-8, gb18030, utf-16le…). Default: BOM, else UTF-8 if valid, else GB18030.',
    }),
    'batch-size': Flags.integer({
      min: 1,
      max: 5000,
      default: 1000,
      description: 'Rows per write request, 1–5000.',
    }),
    'max-errors': Flags.string({
      default: '0',
      description:
        'Rejected rows tolerated, as a count (25) or a share of the rows (2%). More → exit 65, nothing written.',
    }),
    rejects: Flags.string({
      description: 'Write rejected rows to this CSV (original columns + error_code, error_message).',
    }),
  };

  async run(): Promise<{ summary: ParticipationImportSummary; rejectsPath: string | null }> {
    const { parseMaxErrors, exceedsMaxErrors, allowedRejects } = await import('../../import/max-errors.js');
    const limit = parseMaxErrors(this.flags['max-errors']);
    if (!limit)
      throw usageError(
        `--max-errors "${this.flags['max-errors']}" is neither a count (25) nor a percentage (2%).`,
      );
    const rows = await this.readRows();
    const hub = await this.client();
    await resolveReferences(hub, rows);
    const summary: ParticipationImportSummary = {
      rows: rows.length,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    };
    const rejected = () => rows.filter((r) => r.errors.length > 0);
    if (exceedsMaxErrors(limit, rejected().length, rows.length)) {
      summary.rejected = rejected().length;
      const rejectsPath = await this.writeRejects(rejected());
      await this.printRecord(summary, SUMMARY_FIELDS);
      const where = rejectsPath ? ` in ${rejectsPath}` : ' (pass --rejects FILE to get them)';
      throw new CliError(
        `${summary.rejected} of ${rows.length} rows rejected, more than --max-errors allows (${allowedRejects(limit, rows.length)}): nothing was written.`,
        {
          code: 'rows_rejected',
          exitCode: ExitCode.inputInvalid,
          hint: `Fix the rows${where} and import again, or raise --max-errors.`,
        },
      );
    }
    const accepted = rows.filter((r) => r.item);
    for (let i = 0; i < accepted.length; i += this.flags['batch-size']) {
      const batch = accepted.slice(i, i + this.flags['batch-size']);
      const result = await hub.participation.batchUpsert(
        batch.map((r) => r.item as ParticipationCreate),
        { mode: 'partial' },
      );
      for (const item of result.results) applyResult(item, batch, summary);
    }
    summary.rejected = rejected().length;
    const rejectsPath = await this.writeRejects(rejected());
    await this.printRecord(summary, SUMMARY_FIELDS);
    if (rejectsPath) this.note(`Rejected rows: ${rejectsPath} (fix them and import that file as it is)`);
    if (summary.rejected > 0) process.exitCode = ExitCode.partial;
    return { summary, rejectsPath };
  }

  /** Reads and checks every row of the file (decoding as the schedule import does). */
  private async readRows(): Promise<Row[]> {
    const file = this.args.file;
    const { decodeTextFile } = await import('../../import/readers/decode.js');
    const { default: Papa } = await import('papaparse');
    let text = '';
    try {
      for await (const chunk of decodeTextFile(file, { encoding: this.flags.encoding })) text += chunk;
    } catch (error) {
      throw new CliError(`${file}: ${(error as Error).message}`, {
        code: (error as { code?: string }).code ?? 'file_unreadable',
        exitCode: ExitCode.inputInvalid,
        hint: 'Nothing was written.',
      });
    }
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
    const [header, ...records] = parsed.data;
    if (!header) throw fileError(file, 'empty_file', `${file} is empty: it has no header row and no data.`);
    const names = header.map((h) => h.trim());
    const columns = names.map((h) => h.toLowerCase().replace(/\s+/g, '_'));
    const missing = REQUIRED.filter((c) => !columns.includes(c));
    if (missing.length > 0) {
      throw fileError(
        file,
        'missing_column',
        `${file}: the header row has no ${missing.join(', ')} column (expected: ${COLUMNS.join(', ')}).`,
      );
    }
    const seen = new Map<string, number>();
    return records.map((fields, i) => {
      const raw: Record<string, string> = {};
      const cells: Row['cells'] = {};
      names.forEach((name, j) => {
        raw[name] = fields[j] ?? '';
        const column = columns[j] as (typeof COLUMNS)[number];
        if ((COLUMNS as readonly string[]).includes(column)) cells[column] = (fields[j] ?? '').trim();
      });
      // Papa's rows are records, not lines; a quoted newline makes them differ only in rare files.
      const row: Row = { line: i + 2, raw, cells, errors: [] };
      checkRow(row, seen);
      return row;
    });
  }

  private async writeRejects(rejected: Row[]): Promise<string | null> {
    const path = this.flags.rejects;
    if (!path) return null;
    return writeRejectsFile(path, this.args.file, rejected);
  }
}

function fileError(file: string, code: string, message: string): CliError {
  return new CliError(message, {
    code,
    exitCode: ExitCode.inputInvalid,
    hint: `Fix ${file}; nothing was written.`,
  });
}

function checkRow(row: Row, seen: Map<string, number>): void {
  const { cells, errors } = row;
  const err = (column: string, code: string, message: string) => errors.push({ column, code, message });
  for (const column of REQUIRED) if (!cells[column]) err(column, 'required', `${column} is empty`);
  if (
    cells.checked_in_at &&
    !(RFC3339.test(cells.checked_in_at) && !Number.isNaN(Date.parse(cells.checked_in_at)))
  ) {
    err(
      'checked_in_at',
      'invalid_datetime',
      `"${cells.checked_in_at}" is not an RFC 3339 time with offset, e.g. 2026-09-05T07:58:00+08:00`,
    );
  }
  const duration = cells.duration_minutes ? Number(cells.duration_minutes) : undefined;
  if (duration !== undefined && !(Number.isInteger(duration) && duration >= 0 && duration <= 1440)) {
    err(
      'duration_minutes',
      'invalid_duration',
      `"${cells.duration_minutes}" is not a whole number of minutes 0–1440`,
    );
  }
  const source = cells.source ? cells.source.toLowerCase() : 'import';
  if (!(SOURCES as readonly string[]).includes(source)) {
    err('source', 'invalid_source', `"${cells.source}" is not one of ${SOURCES.join(', ')}`);
  }
  if (cells.external_id) {
    const first = seen.get(cells.external_id);
    if (first !== undefined)
      err(
        'external_id',
        'duplicate_external_id',
        `external_id ${cells.external_id} is also on line ${first}`,
      );
    else seen.set(cells.external_id, row.line);
  }
  if (errors.length > 0) return;
  row.item = {
    sessionId: '',
    memberId: '',
    source: source as ParticipationCreate['source'],
    ...(cells.external_id && { externalId: cells.external_id }),
    ...(cells.checked_in_at && { checkedInAt: cells.checked_in_at }),
    ...(duration !== undefined && { durationMinutes: duration }),
  };
}

/** Resolves every distinct session and member external id (a few lookups in flight at once). */
async function resolveReferences(hub: SportHub, rows: Row[]): Promise<void> {
  const valid = rows.filter((r) => r.item);
  const sessions = await lookupAll(
    [...new Set(valid.map((r) => r.cells.session_external_id as string))],
    async (externalId) => (await hub.sessions.list({ externalId, limit: 1 }).page()).data[0]?.id,
  );
  const members = await lookupAll(
    [...new Set(valid.map((r) => r.cells.member_external_id as string))],
    async (externalId) => (await hub.members.list({ externalId, limit: 1 }).page()).data[0]?.id,
  );
  for (const row of valid) {
    const sessionId = sessions.get(row.cells.session_external_id as string);
    const memberId = members.get(row.cells.member_external_id as string);
    if (!sessionId)
      row.errors.push({
        column: 'session_external_id',
        code: 'unknown_session',
        message: `no session has the external id ${row.cells.session_external_id}`,
      });
    if (!memberId)
      row.errors.push({
        column: 'member_external_id',
        code: 'unknown_member',
        message: `no member has the external id ${row.cells.member_external_id}`,
      });
    if (sessionId && memberId && row.item) Object.assign(row.item, { sessionId, memberId });
    else delete row.item;
  }
}

async function lookupAll(keys: string[], lookup: (key: string) => Promise<string | undefined>) {
  const found = new Map<string, string>();
  let next = 0;
  const worker = async () => {
    while (next < keys.length) {
      const key = keys[next++] as string;
      const id = await lookup(key);
      if (id) found.set(key, id);
    }
  };
  await Promise.all(Array.from({ length: Math.min(LOOKUP_CONCURRENCY, keys.length) }, worker));
  return found;
}

function applyResult(item: BatchItemResult, batch: Row[], summary: ParticipationImportSummary): void {
  const row = batch[item.index];
  if (!row) return;
  if (item.status === 'rejected') {
    delete row.item;
    const errors = item.errors?.length
      ? item.errors
      : [{ path: '', code: 'rejected', message: 'rejected by the server' }];
    for (const e of errors) row.errors.push({ column: e.path ?? '', code: e.code, message: e.message });
    return;
  }
  summary[item.status]++;
}

async function writeRejectsFile(path: string, file: string, rejected: Row[]): Promise<string> {
  const { RejectsWriter } = await import('../../import/rejects.js');
  const writer = new RejectsWriter(path, (_file, headers) => headers.some((h) => /[^\x20-\x7e]/.test(h)));
  // The writer's error type names the schedule codes; the file format is the same for any code.
  for (const row of rejected)
    writer.add({ file, line: row.line, raw: row.raw, errors: row.errors as Reject['errors'] });
  writer.close();
  return path;
}
