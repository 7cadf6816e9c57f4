import { type BatchItemResult, SerializedItems, type SportHub, TimeoutError } from '@sporthub/sdk';
import type { ImportSummary, Job } from './journal.js';
import { MemoryKeeper } from './memory.js';
import type { ScheduleSourceOptions, SourceRecord } from './readers/index.js';
import type { Reject } from './rejects.js';
import { recordsAt } from './reread.js';
import { columnName } from './session-row.js';
import { readSpool } from './spool.js';

/**
 * Times a batch is sent again after its request timed out. The SDK retries resets and 5xx within one
 * deadline, but a request that never answers (a connection a NAT or load balancer dropped) uses the
 * whole deadline; the batch's Idempotency-Key makes sending it again safe (the server replays the first
 * answer, or waits for it), so an unattended import does not stop for one lost response.
 */
const TIMEOUT_RESENDS = 2;

async function resendAfterTimeout<T>(send: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof TimeoutError) || attempt >= TIMEOUT_RESENDS) throw error;
    }
  }
}

/*
 * Pass 2 of `schedules import`: streams the rows pass 1 spooled (resolved, ready to send) and writes
 * them through `:batchUpsert` (mode partial), `concurrency` batches in flight. Batches are cut from the
 * accepted rows in file order, so batch `i` is the same rows on every run of the job: its
 * Idempotency-Key is recorded in the journal before it is sent and its answer after, and a resumed job
 * skips the acknowledged ones and re-sends the rest with the same keys.
 *
 * Why not `hub.sessions.upsertMany`: it numbers batches from the start of its input and has no hook
 * between choosing a batch's key and sending it, so it cannot resume at batch N with N's key or journal
 * the key first. Everything else (retries, backoff, replays) is the SDK's, through `batchUpsert`.
 */

export type Counts = Pick<ImportSummary, 'created' | 'updated' | 'unchanged' | 'rejected'>;

export interface WriteOptions {
  hub: SportHub;
  job: Job;
  /** The sources, for the original cells of rows the server rejects. */
  files: readonly string[];
  source: ScheduleSourceOptions;
  /** Ordinals rejected before writing: never sent. */
  rejected: ReadonlySet<number>;
  /** Batches already acknowledged (resume): skipped, their summaries counted. */
  acked: ReadonlyMap<number, Counts>;
  batchSize: number;
  concurrency: number;
  onReject(reject: Reject): void;
  onProgress?(counts: { processed: number; ok: number; rejected: number }): void;
  /** True once the import should stop sending (Ctrl-C): in-flight batches settle, nothing new starts. */
  stopping(): boolean;
  /** Aborts in-flight requests (a second Ctrl-C). */
  signal?: AbortSignal | undefined;
}

export interface WriteResult {
  counts: Counts;
  /** Accepted rows answered so far (including batches acknowledged before a resume). */
  processed: number;
  interrupted: boolean;
}

interface Batch {
  index: number;
  /** The sessions' JSON, as spooled (UTF-8). */
  items: Uint8Array[];
  ordinals: number[];
}

// The session field a server error points at → the schedule column it came from.
const COLUMN_OF_FIELD = {
  externalId: 'external_id',
  outletId: 'outlet_code',
  programId: 'program_code',
  coachId: 'coach',
  zoneId: 'zone',
  title: 'title',
  startsAt: 'starts_at',
  endsAt: 'ends_at',
  capacity: 'capacity',
  waitlistCapacity: 'waitlist',
  status: 'status',
  seriesKey: 'series_key',
} as const;

function serverReject(record: SourceRecord, result: BatchItemResult): Reject {
  const errors = (result.errors ?? [{ path: '', code: 'rejected', message: 'Rejected by the server' }]).map(
    (e) => {
      const field = (e.path ?? '').split('/').pop() ?? '';
      const column = COLUMN_OF_FIELD[field as keyof typeof COLUMN_OF_FIELD];
      return {
        column: column ? columnName(record, column) : field,
        code: e.code as Reject['errors'][number]['code'],
        message: e.message ?? e.code ?? 'rejected',
      };
    },
  );
  return { file: record.file, line: record.line, raw: record.raw, errors };
}

export async function writeAccepted(options: WriteOptions): Promise<WriteResult> {
  const { hub, job, batchSize, concurrency } = options;
  const counts: Counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  let processed = 0;
  for (const summary of options.acked.values()) {
    for (const key of ['created', 'updated', 'unchanged', 'rejected'] as const) counts[key] += summary[key];
    processed += summary.created + summary.updated + summary.unchanged + summary.rejected;
  }
  const report = () =>
    options.onProgress?.({
      processed,
      ok: counts.created + counts.updated + counts.unchanged,
      rejected: counts.rejected,
    });
  const inFlight = new Set<Promise<void>>();
  const memory = new MemoryKeeper();
  // Pass 1's indexes (tens of MB at a million rows) were just dropped: free them before batches pile up.
  memory.collect();
  let failure: { error: unknown } | undefined;

  /** Rejects of the server's answer, with the rows' original cells read again from the sources. */
  const rejectAnswered = async (batch: Batch, results: readonly BatchItemResult[]) => {
    const byOrdinal = new Map<number, BatchItemResult>();
    for (const result of results) {
      const ordinal = batch.ordinals[result.index];
      if (result.status === 'rejected' && ordinal !== undefined) byOrdinal.set(ordinal, result);
    }
    if (byOrdinal.size === 0) return;
    for await (const { record, ordinal } of recordsAt(
      options.files,
      options.source,
      new Set(byOrdinal.keys()),
    )) {
      const result = byOrdinal.get(ordinal);
      if (result) options.onReject(serverReject(record, result));
    }
  };

  const send = async (batch: Batch) => {
    await job.recordSent(batch.index);
    const answer = await resendAfterTimeout(() =>
      hub.sessions.batchUpsert(SerializedItems.of(batch.items), {
        mode: 'partial',
        idempotencyKey: job.keyOf(batch.index),
        signal: options.signal,
      }),
    );
    await rejectAnswered(batch, answer.results);
    const { created, updated, unchanged, rejected } = answer.summary;
    await job.recordAcked(batch.index, { created, updated, unchanged, rejected });
    counts.created += created;
    counts.updated += updated;
    counts.unchanged += unchanged;
    counts.rejected += rejected;
    processed += batch.items.length;
    memory.rows(batch.items.length);
    report();
  };

  /** Sends a batch once a slot is free; false when the import failed or was asked to stop meanwhile. */
  const dispatch = async (batch: Batch): Promise<boolean> => {
    while (inFlight.size >= concurrency && !failure) await Promise.race(inFlight);
    // Ctrl-C while this batch waited for a slot: it is not sent ("after the batches in flight").
    if (failure || options.stopping()) return false;
    const task: Promise<void> = send(batch)
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
    return true;
  };

  let accepted = 0;
  let batch: Batch | undefined;
  let interrupted = false;
  for await (const row of readSpool(job.spoolPath)) {
    if (options.rejected.has(row.ordinal)) continue;
    const index = Math.floor(accepted++ / batchSize);
    if (batch && batch.index !== index) {
      const sent = await dispatch(batch);
      batch = undefined;
      if (!sent && !failure) {
        interrupted = true;
        break;
      }
    }
    if (failure) break;
    if (options.stopping()) {
      interrupted = true;
      break;
    }
    if (options.acked.has(index)) continue;
    batch ??= { index, items: [], ordinals: [] };
    batch.items.push(row.json);
    batch.ordinals.push(row.ordinal);
  }
  if (batch && !failure && !interrupted && !(await dispatch(batch)) && !failure) interrupted = true;
  await Promise.all(inFlight);
  if (failure) throw failure.error;
  return { counts, processed, interrupted };
}
