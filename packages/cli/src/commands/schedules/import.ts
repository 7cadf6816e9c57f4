import { createHash } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { realpath, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { Args, Flags } from '@oclif/core';
import { SporthubCommand } from '../../base-command.js';
import { CliError, usageError } from '../../errors/cli-error.js';
import { ExitCode } from '../../errors/exit-codes.js';
import type { ImportOutcome } from '../../import/pipeline.js';
import { isCi } from '../../terminal/index.js';

/** What `schedules import` returns (the `--json` envelope's `result`). */
export interface ImportResult extends Omit<ImportOutcome, 'allowed'> {
  allowedRejects: number;
}

/** The flags that define an import job; a resume keeps the job's own. */
const JOB_FLAGS = [
  'dry-run',
  'format',
  'encoding',
  'sheet',
  'outlet',
  'program',
  'capacity',
  'until',
  'batch-size',
  'max-errors',
  'rejects',
] as const;

export default class SchedulesImport extends SporthubCommand<typeof SchedulesImport> {
  static override summary = 'Import sessions from CSV, XLSX or iCalendar files.';
  static override description =
    `Two passes: the first reads every file and checks every row (formats, codes, duplicate \
external_id, coach or zone double-booked, capacity below bookings held) without writing anything; if more rows \
are rejected than --max-errors allows, the import stops with exit 65 and nothing written. The second pass reads \
the files again and writes the accepted rows in batches, journaled under the config dir so an interrupted import \
continues with --resume. Rejected rows go to a CSV with the original columns plus error_code,error_message: fix \
it and import it as it is. Coach and zone overlaps are checked between the rows being imported, not against \
sessions already on the server. Exit 0 all written, 68 some rows rejected, 65 nothing written, 130 interrupted, \
75 the server could not be reached (the job is saved: --resume continues it), 69 the job is still running, 4 \
the token was refused.`;
  static override examples = [
    '<%= config.bin %> schedules import march.csv',
    '<%= config.bin %> schedules import 课程表.csv --encoding gb18030 --max-errors 2% --rejects bad.csv',
    '<%= config.bin %> schedules import taichi.ics --outlet SH-PD-0001 --program P-TAICHI --capacity 20 --until 2027-06-30',
    '<%= config.bin %> schedules import --resume 20261128-232812-3fa9',
  ];
  static override strict = false;
  static override args = {
    file: Args.string({ description: 'Schedule file(s): .csv, .xlsx or .ics (several allowed).' }),
  };
  static override flags = {
    format: Flags.option({
      options: ['csv', 'xlsx', 'ics'] as const,
      description: 'File format. Default: detected from content and extension.',
    })(),
    'dry-run': Flags.boolean({
      description: 'Check everything, write nothing (same as `schedules validate`).',
    }),
    encoding: Flags.string({
      description:
        'Text encoding of CSV/ICS files (utf-8, gb18030, utf-16le…). Default: BOM, else UTF-8 if valid, else GB18030.',
    }),
    sheet: Flags.string({ description: 'XLSX: the sheet to read. Default: the first.' }),
    outlet: Flags.string({ description: 'Outlet code for rows or events that name none.' }),
    program: Flags.string({ description: 'Program code for rows or events that name none.' }),
    capacity: Flags.integer({ min: 0, description: 'Capacity (places) for rows or events that give none.' }),
    until: Flags.string({
      description:
        'iCalendar: expand open-ended rules up to this date, YYYY-MM-DD inclusive. Default: today + 180 days.',
    }),
    'batch-size': Flags.integer({
      min: 1,
      max: 5000,
      // 2,000: measured on a 100k-row import, 7–8% less wall time than 1,000 (fewer commits and requests),
      // no gain at 3,000; and a million rows stay under a server's default 600 requests a minute.
      default: 2000,
      description: 'Rows per write request, 1–5000.',
    }),
    concurrency: Flags.integer({
      min: 1,
      max: 16,
      default: 4,
      description: 'Write requests in flight at once, 1–16.',
    }),
    'max-errors': Flags.string({
      default: '0',
      description:
        'Rejected rows tolerated, as a count (25) or a share of the rows (2%). More → exit 65, nothing written.',
    }),
    rejects: Flags.string({
      description:
        'Write rejected rows to this CSV. Default: rejects.csv in the job directory (a dry run, which keeps no job, writes one only when given).',
    }),
    resume: Flags.string({
      description: 'Continue the interrupted import job with this id (see `jobs list`).',
    }),
    progress: Flags.option({
      options: ['auto', 'bar', 'ndjson', 'none'] as const,
      default: 'auto',
      description: 'Progress on stderr: a bar on a terminal, NDJSON events otherwise.',
    })(),
  };

  /** `schedules validate` sets this: pass 1 only, whatever the flags. */
  protected static dryRunOnly = false;

  /**
   * True with an explicit `--progress ndjson` (a program reads stderr): then notes, warnings and rejected
   * rows are NDJSON events too. The NDJSON that `auto` picks off a terminal (a CI log) keeps them as text.
   */
  private ndjson = false;

  /** One NDJSON line on stderr, so a program reading the progress events can read every line. */
  private emit(event: Record<string, unknown>): void {
    process.stderr.write(`${JSON.stringify(event)}\n`);
  }

  protected override note(message: string): void {
    if (!this.ndjson || this.flags?.quiet || this.jsonMode) super.note(message);
    else this.emit({ type: 'note', message });
  }

  protected override warning(message: string): void {
    if (!this.ndjson || this.jsonMode) super.warning(message);
    else this.emit({ type: 'warning', message });
  }

  async run(): Promise<ImportResult> {
    const dryRun = (this.ctor as typeof SchedulesImport).dryRunOnly || this.flags['dry-run'];
    const files = await this.inputFiles();
    const resume = await this.resumeId();
    const { parseMaxErrors } = await import('../../import/max-errors.js');
    const limit = parseMaxErrors(this.flags['max-errors']);
    if (!limit)
      throw usageError(
        `--max-errors "${this.flags['max-errors']}" is neither a count (25) nor a percentage (2%).`,
      );
    if (resume && files.length > 0)
      throw usageError('--resume continues a saved job: give no files with it.');
    if (resume) this.refuseJobFlags();
    if (!resume && files.length === 0) throw usageError('Give at least one schedule file (or --resume JOB).');
    await this.checkFlagValues(files);

    const { ProgressReporter, resolveProgressMode } = await import('../../progress/index.js');
    const mode = resolveProgressMode(this.flags.progress, {
      stderrIsTty: Boolean(process.stderr.isTTY),
      ci: isCi(),
      quiet: this.flags.quiet,
    });
    const progress = new ProgressReporter(mode);
    this.ndjson = this.flags.progress === 'ndjson';
    // Until validation starts: reading the outlets, programs and staff (or the job to resume).
    progress.phase('prepare');
    this.onRetry = (event) => progress.waiting(event);
    const hub = await this.client();
    const { apiUrl = '', profile, token = '' } = await this.settings();
    const stop = this.trapInterrupt(progress, resume);
    const ctx = {
      hub,
      apiUrl,
      profile,
      // Never the token itself in the journal: a digest tells a resume whether the token is the same.
      tokenDigest: createHash('sha256').update(token).digest('hex').slice(0, 16),
      progress,
      warning: (m: string) => {
        progress.clear();
        this.warning(m);
      },
      stopping: stop.stopping,
      onWriting: stop.onWriting,
      onJob: stop.onJob,
      signal: stop.signal,
    };
    const pipeline = await import('../../import/pipeline.js');
    let outcome: ImportOutcome;
    try {
      outcome = resume
        ? await pipeline.resumeImport(ctx, await this.job(resume))
        : await pipeline.runImport(ctx, files, this.importFlags(), limit, dryRun);
    } catch (error) {
      progress.clear();
      // A second Ctrl-C aborted the batches in flight: whatever they failed with, this is an interrupt.
      throw stop.signal.aborted ? await this.interruptedError() : await this.describe(error);
    } finally {
      stop.release();
    }
    return this.report(outcome);
  }

  /** Prints the summary, the rejects path and the job id; throws for 65/130, sets 68. */
  protected async report(outcome: ImportOutcome): Promise<ImportResult> {
    const { SHOWN_REJECTS, SUMMARY_FIELDS, outcomeExitCode, outcomeFailure } = await import(
      '../../import/outcome.js'
    );
    await this.printRecord(outcome.summary, SUMMARY_FIELDS);
    this.showRejects(outcome, SHOWN_REJECTS);
    if (outcome.rejectsFiles.length > 1) {
      this.note(
        `Rejected rows: ${outcome.rejectsFiles.join(', ')} (one file per set of columns: fix them and import each as it is)`,
      );
    } else if (outcome.rejectsPath) {
      this.note(`Rejected rows: ${outcome.rejectsPath} (fix them and import that file as it is)`);
    }
    if (outcome.jobId)
      this.note(`Job: ${outcome.jobId} (\`${this.config.bin} jobs results ${outcome.jobId}\`)`);
    const { allowed, ...rest } = outcome;
    const result = { ...rest, allowedRejects: allowed };
    // Exit 65 still reports what was checked: the summary and the rows refused, in the envelope's result.
    if (outcome.status === 'validated') {
      this.note(
        'Checked only (dry run): nothing was written. created, updated, unchanged and cancelled are counted when the rows are written.',
      );
    }
    const failure = outcomeFailure(outcome, this.config.bin, result);
    if (failure) throw failure;
    process.exitCode = outcomeExitCode(outcome);
    return result;
  }

  /** The first rejected rows' problems on stderr, `file:line column: message [code]` (not with --json). */
  private showRejects(outcome: ImportOutcome, shownRows: number): void {
    if (this.jsonMode || outcome.rejects.length === 0) return;
    // Rows, not lines: the occurrences of one iCalendar event share its line.
    const { rejected } = outcome.summary;
    if (this.ndjson) {
      for (const { file, line, column, code, message } of outcome.rejects) {
        this.emit({ type: 'rejected', file, line, column, code, message });
      }
      if (rejected > shownRows) {
        const where = outcome.rejectsPath ? `: all of them are in ${outcome.rejectsPath}` : '';
        const message = `${rejected - shownRows} more rejected rows are not listed as events${where}`;
        this.emit({ type: 'note', message });
      }
      return;
    }
    const more = rejected > shownRows ? ` (the first ${shownRows} of ${rejected})` : '';
    const lines = outcome.rejects.map(
      (r) => `  ${basename(r.file)}:${r.line} ${r.column}: ${r.message} ${this.paint.dim(`[${r.code}]`)}`,
    );
    process.stderr.write(`${this.paint.red('Rejected')}${more}:\n${lines.join('\n')}\n`);
  }

  /** Flag values that are wrong whatever the files hold: exit 2 before anything is read or journaled. */
  private async checkFlagValues(files: readonly string[]): Promise<void> {
    const { until, rejects } = this.flags;
    if (until !== undefined) {
      // Checked for every format, not only when an iCalendar file needs it.
      const { expansionHorizon } = await import('../../import/readers/index.js');
      try {
        expansionHorizon({ until });
      } catch (error) {
        // The reader's code for a flag value it cannot use (troubleshooting.md), with the usage exit.
        throw new CliError((error as Error).message, { code: 'invalid_option', exitCode: ExitCode.usage });
      }
    }
    if (rejects === undefined) return;
    // The same file by any name: a path, a symlink or a hard link to an input.
    const identity = async (path: string) => {
      const info = await stat(path).catch(() => undefined);
      return info ? `${info.dev}:${info.ino}` : await realpath(path).catch(() => resolve(path));
    };
    const target = await identity(resolve(rejects));
    for (const file of files) {
      if ((await identity(file)) === target) {
        throw usageError(
          `--rejects ${rejects} is one of the files being imported: writing the rejected rows there would overwrite it.`,
          'Give --rejects another path, e.g. rejects.csv.',
        );
      }
    }
    const { checkOutputTarget } = await import('../../export/output-target.js');
    await checkOutputTarget(rejects, '--rejects');
  }

  /**
   * A resumed job runs with the flags it was started with (its batches, rejects and limits are fixed);
   * one given again would be ignored, and an ignored `--dry-run` writes. Only how it runs may change
   * (`--concurrency`, `--progress`, output flags).
   */
  private refuseJobFlags(): void {
    const end = this.argv.indexOf('--');
    const argv = end === -1 ? this.argv : this.argv.slice(0, end);
    const given = JOB_FLAGS.filter((name) =>
      argv.some((a) => a === `--${name}` || a.startsWith(`--${name}=`)),
    );
    if (given.length === 0) return;
    throw usageError(
      `${given.map((name) => `--${name}`).join(', ')} cannot be given when resuming: the job keeps the flags it was started with.`,
      'Resume without them, or start a new import of the files.',
    );
  }

  /** The job to resume (`--resume`), if any. */
  protected async resumeId(): Promise<string | undefined> {
    return this.flags.resume;
  }

  /** Every file argument (oclif keeps only the first in `args` when a command takes several). */
  protected async inputFiles(): Promise<string[]> {
    const ctor = this.ctor as typeof SchedulesImport;
    const { argv } = await this.parse({
      flags: ctor.flags,
      baseFlags: ctor.baseFlags,
      args: ctor.args,
      strict: false,
      enableJsonFlag: false,
    });
    return argv.map(String);
  }

  private importFlags() {
    const f = this.flags;
    return {
      format: f.format,
      encoding: f.encoding,
      sheet: f.sheet,
      outlet: f.outlet,
      program: f.program,
      capacity: f.capacity,
      until: f.until,
      batchSize: f['batch-size'],
      concurrency: f.concurrency,
      maxErrors: f['max-errors'],
      rejects: f.rejects,
    };
  }

  private async job(id: string) {
    const { Job } = await import('../../import/journal.js');
    const job = await Job.load(id);
    if (!job) {
      throw new CliError(`No import job ${id}.`, {
        code: 'not_found',
        exitCode: ExitCode.notFound,
        hint: `List the jobs with \`${this.config.bin} jobs list\`.`,
      });
    }
    return job;
  }

  /** File-level and resume problems → SPEC exit codes; anything else goes to the base handler as is. */
  private async describe(error: unknown): Promise<unknown> {
    const { ScheduleFileError } = await import('../../import/readers/index.js');
    if (ScheduleFileError.is(error)) {
      const at = error.line ? `${error.file}:${error.line}` : error.file;
      const message = error.message.includes(error.file) ? error.message : `${at}: ${error.message}`;
      const usage = error.code === 'invalid_option' || error.code === 'unsupported_encoding';
      return new CliError(message, {
        code: error.code,
        exitCode: usage ? ExitCode.usage : ExitCode.inputInvalid,
        hint: 'Nothing was written.',
      });
    }
    const { ResumeRefused } = await import('../../import/pipeline.js');
    if (error instanceof ResumeRefused) {
      const [code, exitCode] = (
        {
          not_found: ['job_not_found', ExitCode.notFound],
          running: ['job_running', ExitCode.stillRunning],
          files_changed: ['job_files_changed', ExitCode.inputInvalid],
          api_mismatch: ['job_api_mismatch', ExitCode.usage],
          organization_mismatch: ['job_organization_mismatch', ExitCode.usage],
          not_resumable: ['job_not_resumable', ExitCode.failure],
          rejected: ['job_rejected', ExitCode.inputInvalid],
        } as const
      )[error.reason];
      return new CliError(error.message, { code, exitCode });
    }
    return this.withResumeHint(error);
  }

  /** The job this process worked on (the pipeline owns it; the journal knows it by pid). */
  private async ownJob() {
    const { Job } = await import('../../import/journal.js');
    return (await Job.list()).find((j) => j.record.pid === process.pid);
  }

  /** Exit 130 with the command that continues the job this process was writing. */
  private async interruptedError(): Promise<CliError> {
    const job = await this.ownJob();
    return new CliError(
      job ? `Interrupted: job ${job.id} is saved; no row will be written twice.` : 'Interrupted.',
      {
        code: 'interrupted',
        exitCode: ExitCode.interrupted,
        hint: job ? `Continue with: ${this.config.bin} schedules import --resume ${job.id}` : undefined,
        // A script resumes from the envelope's result, not from the hint's English.
        result: job ? { jobId: job.id } : undefined,
      },
    );
  }

  /**
   * A transient failure (server gone, timeouts) leaves a resumable job: say so, with the command that
   * continues it, instead of a bare "retry" that would start another job (and leave `jobs resume
   * --last` pointing at this one).
   */
  private async withResumeHint(error: unknown): Promise<unknown> {
    const { describeFailure } = await import('../../errors/describe-failure.js');
    const failure = describeFailure(error);
    if (failure.exitCode !== ExitCode.transient) return error;
    const job = await this.ownJob();
    if (job?.record.status !== 'failed') return error;
    const resume = `${this.config.bin} schedules import --resume ${job.id}`;
    const saved =
      job.record.batches === undefined
        ? 'nothing was written; a resume checks the files again'
        : 'no row will be written twice';
    return new CliError(failure.message, {
      code: failure.code,
      exitCode: failure.exitCode,
      requestId: failure.requestId,
      cause: error,
      hint: `Job ${job.id} is saved (${saved}): once the server answers again, continue with: ${resume}`,
      result: { jobId: job.id },
    });
  }

  /**
   * Ctrl-C (SPEC §5): while checking, stop at once (nothing was written); while writing, let the batches
   * in flight settle (a second Ctrl-C aborts them), mark the job interrupted and exit 130 with the hint.
   */
  private trapInterrupt(progress: { clear(): void }, resuming: string | undefined) {
    const controller = new AbortController();
    // Every request in flight (up to 16, each with its retries) listens on this one signal: over Node's
    // default of 10 it would print a MaxListenersExceededWarning for a normal --concurrency 16.
    setMaxListeners(100, controller.signal);
    let writing = false;
    let requested = false;
    let started: string | undefined;
    const previous = process.listeners('SIGINT');
    for (const l of previous) process.removeListener('SIGINT', l);
    const onSigint = () => {
      if (!writing) {
        progress.clear();
        // A resumed job stopped while its files are checked again keeps everything it had written.
        const job = resuming ?? started;
        if (job) {
          const state = resuming ? 'is unchanged' : 'is saved (nothing was written)';
          process.stderr.write(
            `Job ${job} ${state}: continue it with \`${this.config.bin} schedules import --resume ${job}\`\n`,
          );
        }
        for (const l of previous) l('SIGINT');
        return;
      }
      progress.clear();
      if (requested) {
        controller.abort(new Error('Interrupted'));
        return;
      }
      requested = true;
      const stopping = 'Stopping after the batches in flight (Ctrl-C again to abort them)…';
      // Under an explicit --progress ndjson every stderr line is an event.
      if (this.ndjson) this.emit({ type: 'note', message: stopping });
      else process.stderr.write(`${stopping}\n`);
    };
    process.on('SIGINT', onSigint);
    return {
      signal: controller.signal,
      stopping: () => requested,
      onWriting: () => {
        writing = true;
      },
      onJob: (id: string) => {
        started = id;
      },
      release: () => {
        process.removeListener('SIGINT', onSigint);
      },
    };
  }
}
