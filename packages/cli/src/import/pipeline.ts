import { isUtf8 } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import { open } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Session, SportHub } from '@sporthub/sdk';
import { describeFailure } from '../errors/describe-failure.js';
import type { ProgressReporter } from '../progress/index.js';
import { belowBookings, capacityReject, findBookedSessions } from './bookings.js';
import { type ExtendSeries, syncSeries } from './ics-sync.js';
import { changedFiles, fingerprint, type ImportSummary, Job } from './journal.js';
import { allowedRejects, exceedsMaxErrors, type MaxErrors, parseMaxErrors } from './max-errors.js';
import { SHOWN_REJECTS } from './outcome.js';
import {
  assertReadable,
  openScheduleSource,
  type ScheduleFormat,
  type ScheduleSourceOptions,
  type SeriesOccurrences,
} from './readers/index.js';
import { fetchScheduleReferences, type ScheduleReferences } from './references.js';
import { type Reject, RejectsWriter } from './rejects.js';
import { recordsAt } from './reread.js';
import { SpoolWriter } from './spool.js';
import { fileOptions, type PassOneResult, type ScheduleWarning, validateFiles } from './validate.js';
import { writeAccepted } from './write.js';

/*
 * `schedules import` end to end (SPEC §5, §6.2): references once → pass 1 (validate, rejects, compact
 * index, accepted rows spooled to the job) → the --max-errors decision (exit 65 with nothing written) →
 * journal → pass 2 (the spool written in batches) → iCalendar series sync. Commands own the terminal; this module owns the order of things.
 */

export interface ImportFlags {
  format?: ScheduleFormat | undefined;
  encoding?: string | undefined;
  sheet?: string | undefined;
  outlet?: string | undefined;
  program?: string | undefined;
  capacity?: number | undefined;
  until?: string | undefined;
  batchSize: number;
  concurrency: number;
  maxErrors: string;
  rejects?: string | undefined;
}

export interface ImportContext {
  hub: SportHub;
  profile: string;
  apiUrl: string;
  /** A digest of the API token (never the token): a job that never learned its organization keeps it. */
  tokenDigest?: string;
  /** Told the id of a new job as soon as it is journaled (a Ctrl-C while checking names it). */
  onJob?(id: string): void;
  progress: ProgressReporter;
  warning(message: string): void;
  /** Told when pass 2 starts writing (Ctrl-C then waits for in-flight batches). */
  onWriting?(): void;
  /** True once Ctrl-C asked the import to stop. */
  stopping(): boolean;
  signal?: AbortSignal | undefined;
}

export type ImportStatus = 'completed' | 'rejected' | 'interrupted' | 'validated';

export interface ImportOutcome {
  status: ImportStatus;
  jobId: string | null;
  summary: ImportSummary;
  /** Rejected rows allowed by --max-errors. */
  allowed: number;
  rejectsPath: string | null;
  rejectsFiles: string[];
  warnings: ScheduleWarning[];
  /** The first rejected rows' problems (file, line, column, code, message), for the report. */
  rejects: RejectedRow[];
  /** A resume of a job that had already finished: nothing was done now (SPEC §5: it exits 0). */
  alreadyCompleted?: true;
}

const SHOWN_WARNINGS = 20;

/** One problem of a rejected row, as the report shows it. */
export interface RejectedRow {
  file: string;
  line: number;
  column: string;
  code: string;
  message: string;
}

/**
 * Where rejected rows go: the rejects file (when there is one) and the first `SHOWN_REJECTS` rows kept
 * for the report, so a user sees why rows were refused without opening the file (and a dry run without
 * `--rejects` still says which rows).
 */
class RejectLog {
  readonly shown: RejectedRow[] = [];
  private rows = 0;
  constructor(readonly writer: RejectsWriter | undefined) {}

  add = (reject: Reject): void => {
    this.writer?.add(reject);
    if (this.rows++ >= SHOWN_REJECTS) return;
    for (const e of reject.errors) {
      this.shown.push({
        file: reject.file,
        line: e.line ?? reject.line,
        column: e.column,
        code: e.code,
        message: e.message,
      });
    }
  };
}

function sourceOptions(flags: ImportFlags): ScheduleSourceOptions {
  return {
    format: flags.format,
    encoding: flags.encoding,
    sheet: flags.sheet,
    outlet: flags.outlet,
    program: flags.program,
    capacity: flags.capacity,
    until: flags.until,
  };
}

/** UTF-8 BOM in the rejects file when the source was not plain UTF-8, a workbook, or had Chinese headers. */
async function bomDecider(files: readonly string[], flags: ImportFlags) {
  const needsBom = new Map<string, boolean>();
  for (const file of files) {
    let head = Buffer.alloc(0);
    try {
      const handle = await open(file, 'r');
      const buffer = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      await handle.close();
      head = buffer.subarray(0, bytesRead);
    } catch {
      // The reader reports unreadable files.
    }
    const bom = head[0] === 0xef || head[0] === 0xff || head[0] === 0xfe;
    const workbook = ['.xlsx', '.xlsm'].includes(extname(file).toLowerCase());
    // A multi-byte character cut at the end of the sniffed block is not a reason to call it GB18030.
    const utf8 = isUtf8(head) || isUtf8(head.subarray(0, Math.max(0, head.length - 3)));
    const encoded = flags.encoding !== undefined && !/^utf-?8$/i.test(flags.encoding);
    needsBom.set(file, bom || workbook || !utf8 || encoded);
  }
  return (file: string, headers: readonly string[]) =>
    (needsBom.get(file) ?? false) || headers.some((h) => /[^\x20-\x7e]/.test(h));
}

function emptySummary(): ImportSummary {
  return { rows: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, cancelled: 0, warnings: 0 };
}

/** A new import (or a dry run when `dryRun`). */
export async function runImport(
  ctx: ImportContext,
  files: readonly string[],
  flags: ImportFlags,
  limit: MaxErrors,
  dryRun: boolean,
): Promise<ImportOutcome> {
  const absolute = files.map((f) => resolve(f));
  // A missing file is the user's mistake, said before any job is journaled or the server contacted.
  for (const file of absolute) await assertReadable(file);
  // Journaled before the server is asked anything: an import that cannot reach it (exit 75) is a job
  // that `jobs resume --last` runs again, not a resume of whichever job came before.
  const job = dryRun
    ? undefined
    : await Job.create({
        kind: 'schedules import',
        status: 'validating',
        pid: process.pid,
        files: await Promise.all(absolute.map(fingerprint)),
        flags: { ...flags, rejects: flags.rejects ? resolve(flags.rejects) : undefined },
        profile: ctx.profile,
        apiUrl: ctx.apiUrl,
        tokenDigest: ctx.tokenDigest,
        keyPrefix: randomUUID(),
        batchSize: flags.batchSize,
        concurrency: flags.concurrency,
      });
  if (job) ctx.onJob?.(job.id);
  try {
    await job?.lock();
    return await checkAndImport(ctx, job, absolute, flags, limit, dryRun);
  } finally {
    await job?.unlock();
  }
}

/** Fetches the references, then checks and imports the files; a job that fails before writing says why. */
async function checkAndImport(
  ctx: ImportContext,
  job: Job | undefined,
  absolute: string[],
  flags: ImportFlags,
  limit: MaxErrors,
  dryRun: boolean,
): Promise<ImportOutcome> {
  try {
    const refs = await fetchScheduleReferences(ctx.hub);
    if (job) await sameOrganization(job, refs);
    const options = fileOptions(sourceOptions(flags), refs);
    return await importFiles(ctx, job, absolute, flags, limit, dryRun, refs, options);
  } catch (error) {
    if (job?.record.status === 'validating') {
      const code = (error as { code?: unknown }).code;
      const failure = { code: typeof code === 'string' ? code : 'failed', message: (error as Error).message };
      await job.save({ status: 'failed', error: failure });
    }
    throw error;
  }
}

async function importFiles(
  ctx: ImportContext,
  job: Job | undefined,
  absolute: string[],
  flags: ImportFlags,
  limit: MaxErrors,
  dryRun: boolean,
  refs: ScheduleReferences,
  options: ScheduleSourceOptions,
): Promise<ImportOutcome> {
  {
    const rejectsPath = flags.rejects
      ? resolve(flags.rejects)
      : job
        ? join(job.dir, 'rejects.csv')
        : undefined;
    const rejects = rejectsPath
      ? new RejectsWriter(rejectsPath, await bomDecider(absolute, flags))
      : undefined;
    const log = new RejectLog(rejects);

    ctx.progress.phase('validate');
    const spool = job && !dryRun ? new SpoolWriter(job.spoolPath) : undefined;
    const pass = await checkRows(ctx, absolute, options, refs, spool, log).catch(async (error: unknown) => {
      spool?.destroy();
      await job?.dropSpool();
      throw error;
    });
    ctx.progress.done({ processed: pass.rows, ok: pass.accepted, rejected: pass.rejected.size });

    const summary = emptySummary();
    summary.rows = pass.rows;
    summary.rejected = pass.rejected.size;
    summary.warnings = pass.warnings;
    const allowed = allowedRejects(limit, pass.rows);
    const outcome = (status: ImportStatus): ImportOutcome => ({
      status,
      jobId: job?.id ?? null,
      summary,
      allowed,
      rejectsPath: rejects && rejects.rows > 0 ? (rejects.paths[0] ?? null) : null,
      rejectsFiles: rejects?.paths ?? [],
      warnings: pass.sampleWarnings,
      rejects: log.shown,
    });
    if (exceedsMaxErrors(limit, pass.rejected.size, pass.rows) || dryRun || !job) {
      spool?.destroy();
      await job?.dropSpool();
      rejects?.close();
      const status = exceedsMaxErrors(limit, pass.rejected.size, pass.rows) ? 'rejected' : 'validated';
      const result = outcome(status);
      await job?.save({
        status: 'rejected',
        summary,
        rejectsPath: result.rejectsPath ?? undefined,
        rejectsFiles: result.rejectsFiles,
      });
      return result;
    }

    await spool?.close();
    await job.saveRejected(pass.rejected);
    await job.saveSeries(pass.series);
    rejects?.settle();
    const batches = Math.ceil(pass.accepted / flags.batchSize);
    const soFar = outcome('completed');
    await job.save({
      status: 'running',
      accepted: pass.accepted,
      batches,
      summary,
      rejectsPath: soFar.rejectsPath ?? undefined,
      rejectsFiles: soFar.rejectsFiles,
    });
    const written = await writeRows(ctx, job, absolute, options, pass.rejected, new Map(), log);
    const extend = extendSeries(options);
    return await finish(ctx, job, written, pass.rejected.size, summary, outcome, rejects, extend);
  }
}

/** What pass 2 needs of pass 1: the counts and rejects, not the (large, at a million rows) indexes. */
type CheckedRows = Pick<
  PassOneResult,
  'rows' | 'accepted' | 'rejected' | 'warnings' | 'sampleWarnings' | 'series'
>;

/**
 * Pass 1 (every file read and checked, accepted rows spooled) and the capacity-below-bookings check
 * that needs its indexes. Returns only what the write needs, so the indexes are garbage before pass 2.
 */
async function checkRows(
  ctx: ImportContext,
  files: string[],
  options: ScheduleSourceOptions,
  refs: ScheduleReferences,
  spool: SpoolWriter | undefined,
  rejects: RejectLog,
): Promise<CheckedRows> {
  let shown = 0;
  const pass = await validateFiles(files, options, refs, {
    onReject: rejects.add,
    onAccept: spool && ((row) => spool.add(row)),
    onWarning: (w) => {
      if (shown++ < SHOWN_WARNINGS) ctx.warning(`${w.file}:${w.line} ${w.column}: ${w.message} [${w.code}]`);
    },
    onProgress: (c) => ctx.progress.update(c),
  });
  const booked = await findBookedSessions(ctx.hub, pass);
  for await (const { record, ordinal } of recordsAt(files, options, new Set(booked.keys()))) {
    const held = booked.get(ordinal) ?? 0;
    if (!belowBookings(record, held)) continue;
    pass.rejected.add(ordinal);
    pass.accepted--;
    rejects.add(capacityReject(record, held));
  }
  const { rows, accepted, rejected, warnings, sampleWarnings, series } = pass;
  return { rows, accepted, rejected, warnings, sampleWarnings, series };
}

type WriteRowsResult = Awaited<ReturnType<typeof writeAccepted>>;

async function writeRows(
  ctx: ImportContext,
  job: Job,
  files: readonly string[],
  options: ScheduleSourceOptions,
  rejected: ReadonlySet<number>,
  acked: Awaited<ReturnType<Job['acknowledged']>>,
  rejects: RejectLog,
): Promise<WriteRowsResult> {
  ctx.progress.phase('write', job.record.accepted ?? null);
  ctx.onWriting?.();
  try {
    const written = await writeAccepted({
      hub: ctx.hub,
      job,
      files,
      source: options,
      rejected,
      acked,
      batchSize: job.record.batchSize,
      concurrency: job.record.concurrency,
      onReject: rejects.add,
      onProgress: (c) => ctx.progress.update(c),
      stopping: ctx.stopping,
      signal: ctx.signal,
    });
    const ok = written.counts.created + written.counts.updated + written.counts.unchanged;
    ctx.progress.done({ processed: written.processed, ok, rejected: written.counts.rejected });
    return written;
  } catch (error) {
    ctx.progress.clear();
    rejects.writer?.close();
    // The code the operator was shown (connection_failed, timeout…), for `jobs status`.
    const { code, message } = describeFailure(error);
    await job.save({ status: ctx.stopping() ? 'interrupted' : 'failed', error: { code, message } });
    throw error;
  }
}

/**
 * Reads the calendars of the series asked for again, up to a later `--until` (the sync's `extend`):
 * the records are dropped, only what the series produce is kept.
 */
function extendSeries(options: ScheduleSourceOptions): ExtendSeries {
  return async (series, untilMs) => {
    // The day after the last session's start (UTC), so its own local day is inside whatever the zone.
    const until = new Date(untilMs + 86_400_000).toISOString().slice(0, 10);
    const wanted = new Set(series.map((s) => s.seriesKey));
    const files = new Set(series.flatMap((s) => (s.file ? [s.file] : [])));
    const produced: SeriesOccurrences[] = [];
    for (const file of files) {
      const source = openScheduleSource(file, { ...options, until });
      for await (const _ of source) {
        // Only what each series produced is wanted.
      }
      for (const s of source.series.values()) if (wanted.has(s.seriesKey)) produced.push(s);
    }
    return produced;
  };
}

/** What a sync that cancels booked sessions says: the import does not tell their members. */
function bookedCancellations(booked: readonly Session[]): string {
  const bookings = booked.reduce((sum, s) => sum + s.bookedCount, 0);
  const shown = booked
    .slice(0, 3)
    .map((s) => `${s.externalId} (${s.bookedCount})`)
    .join(', ');
  const more = booked.length > 3 ? ` and ${booked.length - 3} more` : '';
  return (
    `The calendar no longer has ${booked.length} session${booked.length === 1 ? '' : 's'} holding ${bookings} ` +
    `booking${bookings === 1 ? '' : 's'}: ${shown}${more}. They are cancelled; tell the members booked on them`
  );
}

async function finish(
  ctx: ImportContext,
  job: Job,
  written: WriteRowsResult,
  passOneRejected: number,
  summary: ImportSummary,
  outcome: (status: ImportStatus) => ImportOutcome,
  rejects: RejectsWriter | undefined,
  extend: ExtendSeries,
): Promise<ImportOutcome> {
  summary.created = written.counts.created;
  summary.updated = written.counts.updated;
  summary.unchanged = written.counts.unchanged;
  summary.rejected = passOneRejected + written.counts.rejected;
  if (!written.interrupted) {
    // A sync cut off half-way (the process killed) found fewer sessions to cancel when resumed.
    const before = job.record.cancelled ?? 0;
    const series = await job.loadSeries();
    summary.cancelled =
      before +
      (await syncSeries(
        ctx.hub,
        series,
        (total) => job.save({ cancelled: before + total }),
        extend,
        (booked) => {
          summary.warnings += 1;
          ctx.warning(bookedCancellations(booked));
        },
      ));
  }
  rejects?.close();
  const result = outcome(written.interrupted ? 'interrupted' : 'completed');
  await job.save({
    status: written.interrupted ? 'interrupted' : 'completed',
    summary,
    rejectsPath: result.rejectsPath ?? undefined,
    rejectsFiles: result.rejectsFiles,
    error: undefined,
  });
  if (!written.interrupted) await job.dropSpool();
  return result;
}

/**
 * The job's organization is the token's: journaled the first time, compared on every resume. With
 * another organization's token (same API URL) every row would be refused for references it cannot see.
 */
async function sameOrganization(job: Job, refs: ScheduleReferences): Promise<void> {
  const expected = job.record.organizationId;
  if (expected === undefined || refs.organizationId === undefined) {
    if (refs.organizationId !== undefined) await job.save({ organizationId: refs.organizationId });
    return;
  }
  if (expected !== refs.organizationId) {
    throw new ResumeRefused(
      `Job ${job.id} writes to organization ${expected}, but this token acts for ${refs.organizationId}: resume it with a token of ${expected}`,
      'organization_mismatch',
    );
  }
}

/** Problems that stop a resume before anything is sent. */
export class ResumeRefused extends Error {
  constructor(
    message: string,
    readonly reason:
      | 'not_found'
      | 'running'
      | 'files_changed'
      | 'api_mismatch'
      | 'organization_mismatch'
      | 'not_resumable'
      | 'rejected',
    readonly pid?: number,
  ) {
    super(message);
  }
}

/** Continues a journaled import from its first unacknowledged batch. */
export async function resumeImport(ctx: ImportContext, job: Job): Promise<ImportOutcome> {
  const record = job.record;
  const flags = record.flags as unknown as ImportFlags;
  const summary = record.summary ?? emptySummary();
  const base = {
    jobId: job.id,
    allowed: 0,
    rejectsPath: record.rejectsPath ?? null,
    rejectsFiles: record.rejectsFiles ?? (record.rejectsPath ? [record.rejectsPath] : []),
    warnings: [],
    rejects: [],
  };
  if (record.status === 'completed') return { ...base, status: 'completed', summary, alreadyCompleted: true };
  if (record.status === 'rejected') {
    // It finished as an import refused in pass 1 (exit 65): a resume says so again, with the same exit.
    throw new ResumeRefused(
      `Job ${job.id} was refused before writing: ${record.summary?.rejected ?? 0} rows rejected, more than --max-errors allowed; nothing was written`,
      'rejected',
    );
  }
  // Stopped before writing (the server out of reach, Ctrl-C or a kill while the files were checked):
  // nothing was sent, so the resume checks the files again and imports them.
  const unchecked = record.status === 'validating' || record.accepted === undefined;
  const pid = await job.runningPid();
  if (pid !== undefined && pid !== process.pid) {
    throw new ResumeRefused(`Job ${job.id} is still running (pid ${pid})`, 'running', pid);
  }
  if (ctx.apiUrl.replace(/\/+$/, '') !== record.apiUrl.replace(/\/+$/, '')) {
    throw new ResumeRefused(
      `Job ${job.id} was started against ${record.apiUrl}, not ${ctx.apiUrl}: resume it with --api-url ${record.apiUrl}`,
      'api_mismatch',
    );
  }
  if (
    record.organizationId === undefined &&
    record.tokenDigest !== undefined &&
    ctx.tokenDigest !== undefined &&
    record.tokenDigest !== ctx.tokenDigest
  ) {
    // It never reached the server, so its organization is unknown: only its own token may run it.
    throw new ResumeRefused(
      `Job ${job.id} was started with another API token and never reached the server, so its organization is unknown: resume it with that token, or import the files as a new job`,
      'organization_mismatch',
    );
  }
  const changed = await changedFiles(record.files);
  if (changed.length > 0) {
    throw new ResumeRefused(
      `${changed.join(', ')} changed since job ${job.id} started (sha256 differs): import it as a new job`,
      'files_changed',
    );
  }
  if (unchecked) {
    if (!(await job.lock())) throw new ResumeRefused(`Job ${job.id} is still running`, 'running');
    try {
      await job.save({ status: 'validating', pid: process.pid, error: undefined });
      const files = record.files.map((f) => f.path);
      // The flag was checked when the job began; a journal edited since falls back to the default, 0.
      const limit = parseMaxErrors(flags.maxErrors ?? '0') ?? { kind: 'count', value: 0 };
      return await checkAndImport(ctx, job, files, flags, limit, false);
    } finally {
      await job.unlock();
    }
  }
  if (!(await job.hasSpool())) {
    throw new ResumeRefused(
      `Job ${job.id} was journaled by an earlier sporthub that kept no row spool: run the import again (rows already written report unchanged)`,
      'not_resumable',
    );
  }
  if (!(await job.lock())) throw new ResumeRefused(`Job ${job.id} is still running`, 'running');
  try {
    const refs = await fetchScheduleReferences(ctx.hub);
    await sameOrganization(job, refs);
    await job.save({ status: 'running', pid: process.pid });
    const files = record.files.map((f) => f.path);
    const options = fileOptions(sourceOptions(flags), refs);
    const rejectsPath = flags.rejects ?? join(job.dir, 'rejects.csv');
    const rejects = new RejectsWriter(rejectsPath, await bomDecider(files, flags), { append: true });
    rejects.settle();
    const log = new RejectLog(rejects);
    const rejected = await job.loadRejected();
    // Until it finishes, `jobs` adds the acknowledged batches to pass 1's counts (job-lookup.ts).
    await job.save({
      summary: { ...summary, created: 0, updated: 0, unchanged: 0, rejected: rejected.size },
    });
    const acked = await job.acknowledged();
    const written = await writeRows(ctx, job, files, options, rejected, acked, log);
    const outcome = (status: ImportStatus): ImportOutcome => ({
      ...base,
      status,
      summary,
      rejects: log.shown,
      rejectsPath: summary.rejected > 0 ? rejectsPath : null,
      // The first run's files (siblings for other headers) and any the resumed run added.
      rejectsFiles:
        summary.rejected > 0
          ? [...new Set([rejectsPath, ...(record.rejectsFiles ?? []), ...rejects.paths])]
          : [],
    });
    const extend = extendSeries(options);
    return await finish(ctx, job, written, rejected.size, summary, outcome, rejects, extend);
  } finally {
    await job.unlock();
  }
}

export { exceedsMaxErrors };
