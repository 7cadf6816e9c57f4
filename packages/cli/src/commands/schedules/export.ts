import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Flags } from '@oclif/core';
import { parseScheduleDate } from '@sporthub/schemas';
import type { Session, SportHub } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import { CliError, usageError } from '../../errors/cli-error.js';
import { ExitCode } from '../../errors/exit-codes.js';
import { byCode } from '../../import/codes.js';
import type { ScheduleExportRow } from '../../import/export-rows.js';
import type { ScheduleReferences } from '../../import/references.js';
import type { Column } from '../../output/index.js';

const FORMATS = ['csv', 'ics'] as const;
type FileFormat = (typeof FORMATS)[number];

/** Where the sessions go and how they are written; decided from the flags before any request. */
type Output =
  | { kind: 'file'; path: string; format: FileFormat }
  /** Streamed to stdout: the file formats, or the rows as JSON (`-o json`) or NDJSON (`-o ndjson`). */
  | { kind: 'stream'; encoding: FileFormat | 'json' | 'ndjson' }
  /** `-o table|yaml`: rendered once every row is in. */
  | { kind: 'render' }
  /** `--json` without `--out`: the rows are the envelope's result. */
  | { kind: 'result' };

/** `--json` result: the file written (absolute path), or the sessions themselves. */
type ExportResult =
  | { file: string | null; format: FileFormat | 'json' | 'ndjson'; rows: number }
  | { data: ScheduleExportRow[]; nextCursor: null };

const HOUR = 3_600_000;
/** UTC offsets span −12:00…+14:00: a local date starts within this much of its UTC midnight. */
const EARLIEST_OFFSET = 14 * HOUR;
const LATEST_OFFSET = 12 * HOUR;
/** Text gathered before one write: large enough that per-chunk costs vanish, flat memory. */
const CHUNK_CHARS = 64 * 1024;

export default class SchedulesExport extends SporthubCommand<typeof SchedulesExport> {
  static override summary = 'Export sessions as CSV (re-importable) or iCalendar, streamed.';
  static override description =
    `CSV has the English columns of \`schedules import\`: external_id, outlet_code, program_code, title, \
date, start_time, end_time, starts_at, ends_at, capacity, waitlist, coach, zone, status, series_key. Dates \
and times are in each session's outlet time zone; starts_at/ends_at carry that zone's offset, and series_key \
the iCalendar series, so importing the file back changes nothing and calendar syncs keep working. ICS has one \
VEVENT per session with UID = external_id and X-SPORTHUB-OUTLET/PROGRAM/CAPACITY/COACH. With --out the file \
is written to a temp file beside it and renamed when complete.

--from and --to are dates in the outlet's time zone (each session's own outlet without --outlet). On stdout, \
-o json or -o ndjson print the same rows as JSON objects, -o table or -o yaml render them. With --json, result \
is {file, format, rows} for --out FILE, else {data: [rows], nextCursor: null}.`;
  static override examples = [
    '<%= config.bin %> schedules export --outlet SH-PD-0001 --from 2027-01-01 --to 2027-02-01 --out jan.csv',
    '<%= config.bin %> schedules export --format ics --out - > schedule.ics',
    '<%= config.bin %> schedules export --from 2027-03-01 --to 2027-03-08 -o ndjson | jq -r .external_id',
  ];
  static override flags = {
    outlet: Flags.string({ description: 'Only sessions of this outlet (code).' }),
    from: Flags.string({
      description: 'Sessions starting on or after this date, YYYY-MM-DD (outlet time zone).',
    }),
    to: Flags.string({
      description: 'Sessions starting before this date, YYYY-MM-DD (exclusive, outlet time zone).',
    }),
    format: Flags.option({
      options: FORMATS,
      description: 'File format: csv (default) or ics.',
    })(),
    out: Flags.string({ default: '-', description: 'Output file, or - for stdout (default).' }),
  };

  async run(): Promise<ExportResult> {
    const { from, to, outlet: code } = this.flags;
    checkDates(from, to);
    const output = this.resolveOutput();
    if (output.kind === 'file') {
      const { checkOutputTarget } = await import('../../export/output-target.js');
      await checkOutputTarget(output.path);
    }
    const hub = await this.client();
    const { fetchScheduleReferences } = await import('../../import/references.js');
    const refs = await fetchScheduleReferences(hub);
    const outlet = code ? byCode(refs.outlets, code) : undefined;
    if (code && !outlet) {
      throw new CliError(`No outlet has the code "${code}".`, {
        code: 'not_found',
        exitCode: ExitCode.notFound,
        hint: 'List them with `sporthub outlets list`.',
      });
    }
    const unkeyed = { count: 0 };
    const sessions = countUnkeyed(await selectSessions(hub, refs, { from, to, outlet }), unkeyed);
    try {
      return await this.write(output, refs, sessions);
    } finally {
      if (unkeyed.count > 0) {
        this.warning(
          `${unkeyed.count} session(s) have no external_id (created through the API, not by an import): they are exported with an empty one, and an import refuses them until you give them one.`,
        );
      }
    }
  }

  private async write(
    output: Output,
    refs: ScheduleReferences,
    sessions: AsyncIterable<Session>,
  ): Promise<ExportResult> {
    if (output.kind === 'file') {
      const rows = await writeFile(output.path, await encoder(output.format, refs), sessions);
      this.note(`${rows} sessions written to ${output.path}`);
      return { file: resolve(output.path), format: output.format, rows };
    }
    if (output.kind !== 'result') {
      // `| head`: a closed pipe ends the process quietly (exit 0). Kept until exit, not released: the
      // last chunk may still be on its way to the pipe when the write below resolves.
      const { endQuietlyWhenReaderLeaves } = await import('../../export/closed-pipe.js');
      endQuietlyWhenReaderLeaves(process.stdout);
    }
    if (output.kind === 'stream') {
      const counter = { rows: 0 };
      const encode = await encoder(output.encoding, refs);
      await pipeline(Readable.from(chunks(encode, sessions, counter)), process.stdout, { end: false });
      return { file: null, format: output.encoding, rows: counter.rows };
    }
    const { exportRow, EXPORT_COLUMNS } = await import('../../import/export-rows.js');
    const data: ScheduleExportRow[] = [];
    for await (const session of sessions) data.push(exportRow(session, refs));
    if (output.kind === 'render') {
      const columns: Column<ScheduleExportRow>[] = EXPORT_COLUMNS.map((c) => ({
        header: c,
        value: (row) => row[c],
      }));
      await this.printList(data, columns);
    }
    return { data, nextCursor: null };
  }

  /**
   * `--format` is the file format, `-o` how the sessions print on stdout (SPEC §5): they meet only on
   * stdout, where giving both is ambiguous unless they agree (csv).
   */
  private resolveOutput(): Output {
    const { format, out, output, json } = this.flags;
    const toStdout = out === '-';
    if (!toStdout) {
      if (output !== undefined) {
        throw usageError(
          `-o ${output} formats what prints on stdout, but --out ${out} writes a file.`,
          'Choose the file format with --format csv|ics, or drop --out to print the sessions.',
        );
      }
      return { kind: 'file', path: out, format: format ?? 'csv' };
    }
    if (json) {
      if (format === 'ics') {
        throw usageError(
          '--json prints one JSON document on stdout, where --format ics would write the calendar.',
          'Write the calendar to a file with --out FILE.ics (the result describes it), or drop --json.',
        );
      }
      return { kind: 'result' };
    }
    if (output === undefined || output === 'csv') {
      if (output === 'csv' && format === 'ics')
        throw usageError('-o csv and --format ics disagree; give one.');
      return { kind: 'stream', encoding: format ?? 'csv' };
    }
    if (format !== undefined) {
      throw usageError(
        `-o ${output} and --format ${format} both choose what prints on stdout; give one.`,
        '--format csv|ics writes the importable file, -o json|ndjson|table|yaml the sessions as data.',
      );
    }
    return output === 'json' || output === 'ndjson'
      ? { kind: 'stream', encoding: output }
      : { kind: 'render' };
  }
}

/** Passes the sessions on, counting those without an external id. */
async function* countUnkeyed(sessions: AsyncIterable<Session>, unkeyed: { count: number }) {
  for await (const session of sessions) {
    if (!session.externalId) unkeyed.count++;
    yield session;
  }
}

/** `--from`/`--to`: real calendar dates, YYYY-MM-DD (no 2027-02-30, no month 13), from before to. */
function checkDates(from: string | undefined, to: string | undefined): void {
  for (const [name, value] of [
    ['--from', from],
    ['--to', to],
  ] as const) {
    // parseScheduleDate accepts only real dates; reading back the same text also pins YYYY-MM-DD.
    if (value !== undefined && parseScheduleDate(value) !== value)
      throw usageError(`${name} "${value}" is not a date: use YYYY-MM-DD.`);
  }
  if (from && to && from > to) throw usageError(`--from ${from} is after --to ${to}.`);
}

interface Window {
  from: string | undefined;
  to: string | undefined;
  outlet: { id: string; timezone: string } | undefined;
}

/**
 * The sessions whose start falls on a local date in `[from, to)`. With --outlet, its zone's midnights
 * bound the server's window exactly. Without, outlets may lie in different zones: the server's window
 * is widened to every zone's midnight (UTC−12…UTC+14) and each session is kept when its start's date in
 * its own outlet's zone is in range, so the dates in the file match the filter.
 */
async function* selectSessions(
  hub: SportHub,
  refs: ScheduleReferences,
  window: Window,
): AsyncGenerator<Session> {
  const { localInstant } = await import('../../import/local-time.js');
  const { localDateTime, zoneOf } = await import('../../import/export-rows.js');
  const { from, to, outlet } = window;
  const midnight = (date: string, shift: number) =>
    outlet ? localInstant(date, '00:00', outlet.timezone).epochMs : Date.parse(`${date}T00:00:00Z`) + shift;
  const params = {
    limit: 500,
    ...(outlet ? { outletId: outlet.id } : {}),
    ...(from ? { from: new Date(midnight(from, -EARLIEST_OFFSET)).toISOString() } : {}),
    ...(to ? { to: new Date(midnight(to, LATEST_OFFSET)).toISOString() } : {}),
  };
  const exact = outlet !== undefined || (from === undefined && to === undefined);
  for await (const session of hub.sessions.list(params)) {
    if (!exact) {
      const { date } = localDateTime(Date.parse(session.startsAt), zoneOf(session, refs));
      if ((from && date < from) || (to && date >= to)) continue;
    }
    yield session;
  }
}

/** How one format writes: a header, one piece of text per session, a footer. */
interface Encoder {
  header: string;
  row: (session: Session, index: number) => string;
  footer: string;
}

async function encoder(format: FileFormat | 'json' | 'ndjson', refs: ScheduleReferences): Promise<Encoder> {
  const rows = await import('../../import/export-rows.js');
  switch (format) {
    case 'csv':
      return { header: rows.csvHeader(), row: (s) => rows.csvLine(rows.exportRow(s, refs)), footer: '' };
    case 'ics':
      return { header: rows.icsHeader(), row: (s) => rows.icsEvent(s, refs), footer: rows.icsFooter() };
    case 'ndjson':
      return { header: '', row: (s) => `${JSON.stringify(rows.exportRow(s, refs))}\n`, footer: '' };
    case 'json':
      // One array, a row per line, written as the rows come (flat memory whatever the count).
      return {
        header: '[',
        row: (s, i) => `${i === 0 ? '\n' : ',\n'}${JSON.stringify(rows.exportRow(s, refs))}`,
        footer: '\n]\n',
      };
  }
}

/** The encoded file in chunks of about `CHUNK_CHARS`; `counter.rows` counts the sessions. */
async function* chunks(
  encode: Encoder,
  sessions: AsyncIterable<Session>,
  counter = { rows: 0 },
): AsyncGenerator<string> {
  let text = encode.header;
  for await (const session of sessions) {
    text += encode.row(session, counter.rows++);
    if (text.length >= CHUNK_CHARS) {
      yield text;
      text = '';
    }
  }
  text += encode.footer;
  if (text !== '') yield text;
}

/** Writes the file atomically (temp file beside it, fsync, rename); returns the sessions written. */
async function writeFile(path: string, encode: Encoder, sessions: AsyncIterable<Session>): Promise<number> {
  const { AtomicFile } = await import('../../export/atomic-file.js');
  const file = AtomicFile.create(path);
  const counter = { rows: 0 };
  try {
    await pipeline(Readable.from(chunks(encode, sessions, counter)), file.stream);
    await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }
  return counter.rows;
}
