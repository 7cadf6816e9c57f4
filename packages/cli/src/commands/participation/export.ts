import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Flags } from '@oclif/core';
import { SporthubCommand } from '../../base-command.js';
import { CliError, usageError } from '../../errors/cli-error.js';
import { isSdkError } from '../../errors/describe-failure.js';
import { ExitCode } from '../../errors/exit-codes.js';
import type { ExportManifest } from '../../export/manifest.js';
import { checkOutputTarget } from '../../export/output-target.js';
import type { WrittenExport } from '../../export/write-export.js';
import { PROGRESS_MODES, ProgressReporter, resolveProgressMode } from '../../progress/index.js';
import { isCi } from '../../terminal/index.js';

const FORMATS = ['csv', 'ndjson', 'xlsx'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const dateFlag = (description: string) =>
  Flags.string({
    description,
    parse: async (value) => {
      const day = new Date(`${value}T00:00:00Z`);
      if (!DATE.test(value) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
        throw new Error(`"${value}" is not a date: use YYYY-MM-DD, e.g. 2026-09-30`);
      }
      return value;
    },
  });

/** `--out -` result: what reached stdout (no file, no manifest). */
type StdoutResult = Omit<ExportManifest, 'file' | 'bom'> & { file: '-'; bom: boolean };

export default class ParticipationExport extends SporthubCommand<typeof ParticipationExport> {
  static override summary = 'Export participation records to CSV, NDJSON or XLSX, streamed and atomic.';
  static override description =
    `Streams the check-ins matching the filters from the server (SPEC §6.3 columns) into a file, with
constant memory whatever the size. The file is written atomically: into a temp file beside it, fsynced,
then renamed over FILE — an export that fails or is interrupted (Ctrl-C, killed, network cut, cut-off
stream) never leaves a partial FILE. Then FILE.manifest.json is written: {file, format, bom, rows (data
rows, header excluded), bytes, sha256 (hex of FILE), watermark, filters, exportedAt}.

Incremental exports: pass the previous manifest's watermark as --since-watermark to get only records
created or changed since, so chained (e.g. nightly) exports carry every record exactly once.
--for-partner applies that partner's data-sharing agreement on the server (pseudonymous member_ref,
consented members only, uncovered columns empty); the server writes each such share to the audit log.

Progress goes to stderr: a live line on a terminal, NDJSON events otherwise (none with --quiet).
With --json, result is the manifest.`;

  static override examples = [
    {
      description: 'September at one outlet, as CSV for Excel:',
      command:
        '<%= config.bin %> participation export --from 2026-09-01 --to 2026-09-30 --outlet SH-PD-0001 --bom --out sep.csv',
    },
    {
      description: 'A nightly incremental export chained on the previous manifest:',
      command:
        '<%= config.bin %> participation export --format ndjson --out today.ndjson --since-watermark "$(jq -r .watermark yesterday.ndjson.manifest.json)" --json',
    },
    {
      description: "A clinic's share (pseudonyms, consented members only), as XLSX:",
      command:
        '<%= config.bin %> participation export --for-partner clinic-pudong-01 --district 浦东新区 --format xlsx --out clinic.xlsx',
    },
    {
      description: 'Stream NDJSON to another program:',
      command: '<%= config.bin %> participation export --format ndjson --out - | jq -c .member_ref',
    },
  ];

  static override flags = {
    from: dateFlag('First local date of the check-ins (inclusive), YYYY-MM-DD. Default: from the beginning.'),
    to: dateFlag('Last local date of the check-ins (inclusive), YYYY-MM-DD. Default: up to now.'),
    outlet: Flags.string({ description: 'Only check-ins at the outlet with this code, e.g. SH-PD-0001.' }),
    district: Flags.string({
      description: 'Only check-ins at outlets in this district (exact name, e.g. 浦东新区).',
    }),
    program: Flags.string({
      description: 'Only check-ins to sessions of the program with this code, e.g. P-TAICHI.',
    }),
    'for-partner': Flags.string({
      description:
        'Export for the partner with this code, applying its agreement (pseudonyms, consent). Audited.',
    }),
    format: Flags.option({ options: FORMATS, default: 'csv' as const, description: 'File format.' })(),
    out: Flags.string({
      description: 'File to write (atomically, with FILE.manifest.json), or - for stdout. Default: -.',
      default: '-',
    }),
    'since-watermark': Flags.string({
      description: 'Only records created or changed after this watermark (from a previous manifest).',
    }),
    bom: Flags.boolean({
      description: 'CSV only: start the file with a UTF-8 BOM so Excel reads it as UTF-8.',
    }),
    progress: Flags.option({
      options: PROGRESS_MODES,
      default: 'auto' as const,
      description: 'Progress on stderr: a bar on a terminal, NDJSON events otherwise (auto), or none.',
    })(),
  };

  async run(): Promise<ExportManifest | StdoutResult> {
    const { format, out } = this.flags;
    const bom = this.flags.bom === true;
    this.checkFlags();
    const toStdout = out === '-';
    if (!toStdout) await checkWritableTarget(out);
    const hub = await this.client();
    const { resolveExportFilters } = await import('../../export/resolve-filters.js');
    const { query, filters } = await resolveExportFilters(hub, {
      from: this.flags.from,
      to: this.flags.to,
      outlet: this.flags.outlet,
      district: this.flags.district,
      program: this.flags.program,
      forPartner: this.flags['for-partner'],
      sinceWatermark: this.flags['since-watermark'],
    });
    const progress = this.progressReporter();
    const source = hub.participation.export(query);
    const options = {
      format,
      bom,
      onRows: (rows: number) => progress.update({ processed: rows, ok: rows, rejected: 0 }),
    };
    const exportedAt = new Date();
    const { writeExportFile, writeExportStream } = await import('../../export/write-export.js');
    const restoreSigterm = treatSigtermAsInterrupt();
    let written: WrittenExport;
    try {
      written = toStdout
        ? await writeExportStream(source, process.stdout, options)
        : await writeExportFile(source, out, options);
    } catch (error) {
      progress.clear();
      throw describeExportError(error);
    } finally {
      restoreSigterm();
    }
    progress.done({ processed: written.rows, ok: written.rows, rejected: 0 });
    if (toStdout) {
      this.note(`Exported ${written.rows} rows to stdout; watermark ${written.watermark}.`);
      return { ...manifestFields(written, filters, format, bom, exportedAt), file: '-' };
    }
    const { buildManifest, writeManifest } = await import('../../export/manifest.js');
    const manifest = buildManifest({ file: out, format, bom, written, filters, exportedAt });
    const manifestPath = await writeManifest(resolve(out), manifest);
    this.note(
      `Exported ${written.rows} rows to ${out} (sha256 ${written.sha256.slice(0, 12)}…); manifest ${manifestPath}.`,
    );
    this.note(`Next incremental export: --since-watermark ${written.watermark}`);
    return manifest;
  }

  private checkFlags(): void {
    const { format, out, bom, from, to, json } = this.flags;
    if (bom && format !== 'csv') throw usageError('--bom applies to --format csv only.');
    if (from && to && from > to) throw usageError(`--from ${from} is after --to ${to}.`);
    if (out === '-' && json) {
      throw usageError(
        '--json prints the result on stdout, where --out - would write the data.',
        'Write to a file with --out FILE (the result is its manifest), or drop --json.',
      );
    }
    // -o formats what commands print; this one streams a file format (--format), so -o would be ignored.
    const output = this.flags.output;
    if (output !== undefined) {
      const same = { csv: 'csv', ndjson: 'ndjson', json: 'ndjson' }[output as string];
      throw usageError(
        `-o ${output} does not apply to participation export, which writes --format ${format}.`,
        same ? `Use --format ${same}.` : 'Choose the file format with --format csv|ndjson|xlsx.',
      );
    }
    if (out === '-' && format === 'xlsx' && process.stdout.isTTY) {
      throw usageError('Refusing to write an XLSX workbook to a terminal.', 'Pass --out FILE.xlsx.');
    }
  }

  /** A live line on a terminal (not in CI), NDJSON events on stderr otherwise, nothing with --quiet. */
  private progressReporter(): ProgressReporter {
    const mode = resolveProgressMode(this.flags.progress, {
      stderrIsTty: Boolean(process.stderr.isTTY),
      ci: isCi(),
      quiet: this.flags.quiet,
    });
    const reporter = new ProgressReporter(mode);
    reporter.phase('export');
    this.onRetry = (event) => reporter.waiting(event);
    return reporter;
  }
}

function manifestFields(
  written: WrittenExport,
  filters: ExportManifest['filters'],
  format: ExportManifest['format'],
  bom: boolean,
  exportedAt: Date,
): Omit<StdoutResult, 'file'> {
  const { rows, bytes, sha256, watermark } = written;
  return { format, bom, rows, bytes, sha256, watermark, filters, exportedAt: exportedAt.toISOString() };
}

/**
 * Fails before any request when FILE cannot be created: a missing directory or FILE being a directory is
 * a usage error (exit 2, as for `schedules export`), a directory it may not write in exit 1.
 */
async function checkWritableTarget(out: string): Promise<void> {
  await checkOutputTarget(out);
  try {
    await access(dirname(resolve(out)), constants.W_OK);
  } catch {
    throw new CliError(`Cannot write ${out}: its directory is not writable.`, {
      code: 'output_unwritable',
      exitCode: ExitCode.failure,
      hint: 'Choose another --out path.',
    });
  }
}

/**
 * While exporting, SIGTERM (a CI job cancelled) goes the same way as Ctrl-C: the base command reports
 * "interrupted" and exits 130, and the exit hook removes the temp file, so no partial file is left.
 */
function treatSigtermAsInterrupt(): () => void {
  const onTerm = () => process.kill(process.pid, 'SIGINT');
  process.once('SIGTERM', onTerm);
  return () => process.removeListener('SIGTERM', onTerm);
}

/** A cut-off or miscounted export is exit 1 with a retry hint; everything else maps as usual. */
function describeExportError(error: unknown): unknown {
  // The one filter the server alone can judge: a watermark is opaque to clients.
  const fields = isSdkError(error, 'ValidationError')
    ? (error as { errors?: { path?: string }[] }).errors
    : [];
  if (fields?.some((e) => e.path === 'afterWatermark')) {
    return usageError(
      '--since-watermark is not a watermark this server issued.',
      'Pass the watermark of an earlier export: its manifest\'s "watermark" (FILE.manifest.json).',
    );
  }
  const incomplete =
    (error instanceof Error && error.name === 'ExportIntegrityError') ||
    isSdkError(error, 'IncompleteExportError');
  if (!incomplete) return error;
  return new CliError(`The export is incomplete: ${(error as Error).message}. Nothing was written.`, {
    code: 'export_incomplete',
    exitCode: ExitCode.failure,
    hint: 'Run the export again; if it keeps failing, report it with --verbose output.',
    cause: error,
  });
}
