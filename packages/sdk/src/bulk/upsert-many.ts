/**
 * Streams any number of items through a `:batchUpsert` route: chunks, bounded read-ahead, parallel
 * batches, one stable Idempotency-Key per batch, per-row results mapped back to input positions.
 */
import { randomUUID } from 'node:crypto';
import type { ApiPromise } from '../api-promise.js';
import type { BatchUpsertOptions } from '../resources/resource.js';
import type { BatchItemResult, BatchMode, BatchSummary, BatchUpsertResult } from '../types.js';

/** The server's limit on items per `:batchUpsert` request (SPEC §4). */
export const MAX_BATCH_SIZE = 5_000;

/**
 * Running totals of an `upsertMany`, passed to `onProgress` after each batch.
 *
 * @example
 * ```ts
 * const onProgress = (p: UpsertProgress) => console.error(`${p.processed} rows (${p.created} new, ${p.rejected} rejected)`);
 * ```
 */
export interface UpsertProgress extends BatchSummary {
  /** Items answered by the server so far (all statuses). */
  processed: number;
}

/**
 * One finished batch, passed to `onBatch`: its results with `index` already global (the position of
 * the item in your input), in batch order. Batches finish in any order when `concurrency` > 1.
 *
 * @example
 * ```ts
 * const onBatch = (b: UpsertBatch) => b.results.filter((r) => r.status === 'rejected').forEach((r) => log(r.index, r.errors));
 * ```
 */
export interface UpsertBatch {
  /** 0 for the first batch of the input. */
  batchIndex: number;
  /** Global index of the batch's first item. */
  offset: number;
  results: BatchItemResult[];
  summary: BatchSummary;
  /** The Idempotency-Key the batch was sent with. */
  idempotencyKey: string;
}

/**
 * Options of `upsertMany` (e.g. `hub.sessions.upsertMany`).
 *
 * @example
 * ```ts
 * const options: UpsertManyOptions = { batchSize: 2_000, concurrency: 4, mode: 'partial', onProgress: console.error };
 * ```
 */
export interface UpsertManyOptions extends Omit<BatchUpsertOptions, 'idempotencyKey' | 'mode'> {
  /** Items per request, 1–5,000. Default 1,000. */
  batchSize?: number | undefined;
  /** Batches in flight at once. Default 4. At most `concurrency × batchSize` items are read ahead. */
  concurrency?: number | undefined;
  /** `atomic` (default): each batch is all-or-nothing on its own. `partial`: valid rows are written. */
  mode?: BatchMode | undefined;
  /** Called after each batch with the totals so far. */
  onProgress?: ((progress: UpsertProgress) => void) | undefined;
  /**
   * Called with each finished batch. When given, results are not accumulated (constant memory for
   * any input size) unless `collectResults: true`.
   */
  onBatch?: ((batch: UpsertBatch) => void | Promise<void>) | undefined;
  /** Keep every row's result for the return value. Default: true without `onBatch`, false with it. */
  collectResults?: boolean | undefined;
  /**
   * Prefix of the per-batch keys (`<prefix>:<batchIndex>`). Default: a random UUID per call. Pass a
   * key stored with your job to make a re-run after a crash replay the batches already written.
   */
  idempotencyKeyPrefix?: string | undefined;
}

/**
 * What `upsertMany` returns: totals, and (unless streamed through `onBatch`) every row's result, in
 * input order, `index` being the item's position in the input.
 *
 * @example
 * ```ts
 * const { summary, results } = await hub.sessions.upsertMany(rows);
 * const rejected = results.filter((r) => r.status === 'rejected');
 * ```
 */
export interface UpsertManyResult {
  summary: UpsertProgress;
  /** Empty when results were streamed through `onBatch` only. */
  results: BatchItemResult[];
  /** Number of requests sent. */
  batches: number;
}

type SendBatch<T> = (items: T[], options: BatchUpsertOptions) => ApiPromise<BatchUpsertResult>;

/** Validates the tuning and fills defaults. */
function tuning(options: UpsertManyOptions): { batchSize: number; concurrency: number } {
  const batchSize = options.batchSize ?? 1_000;
  const concurrency = options.concurrency ?? 4;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
    throw new RangeError(`upsertMany: batchSize must be an integer in 1–${MAX_BATCH_SIZE}, got ${batchSize}`);
  }
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`upsertMany: concurrency must be an integer ≥ 1, got ${concurrency}`);
  }
  return { batchSize, concurrency };
}

/** Pulls up to `size` items; an empty array means the input is exhausted. */
async function readChunk<T>(iterator: AsyncIterator<T> | Iterator<T>, size: number): Promise<T[]> {
  const chunk: T[] = [];
  while (chunk.length < size) {
    const next = await iterator.next();
    if (next.done) break;
    chunk.push(next.value);
  }
  return chunk;
}

function iteratorOf<T>(items: AsyncIterable<T> | Iterable<T>): AsyncIterator<T> | Iterator<T> {
  return Symbol.asyncIterator in items
    ? (items as AsyncIterable<T>)[Symbol.asyncIterator]()
    : (items as Iterable<T>)[Symbol.iterator]();
}

/**
 * Upserts an iterable of any size through `send` (a resource's `batchUpsert`). Reading waits for a free
 * slot before it pulls the next chunk, so at most `concurrency × batchSize` items are held; results are
 * returned in input order or streamed through `onBatch`. On the first failing batch no new batch starts;
 * the ones in flight finish, then the error is thrown (batches already answered stay written).
 */
export async function upsertMany<T>(
  send: SendBatch<T>,
  items: AsyncIterable<T> | Iterable<T>,
  options: UpsertManyOptions = {},
): Promise<UpsertManyResult> {
  const { batchSize, concurrency } = tuning(options);
  const {
    onProgress,
    onBatch,
    collectResults,
    idempotencyKeyPrefix,
    batchSize: _b,
    concurrency: _c,
    ...request
  } = options;
  const collect = collectResults ?? onBatch === undefined;
  const prefix = idempotencyKeyPrefix ?? randomUUID();
  const summary: UpsertProgress = { processed: 0, created: 0, updated: 0, unchanged: 0, rejected: 0 };
  const results: BatchItemResult[] = [];
  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  let batches = 0;

  const run = async (chunk: T[], batchIndex: number, offset: number) => {
    // One key per batch, the same on every retry of that batch: a replay can never write twice.
    const idempotencyKey = `${prefix}:${batchIndex}`;
    const answer = await send(chunk, { ...request, idempotencyKey });
    const mapped = answer.results.map((r) => ({ ...r, index: r.index + offset }));
    for (const key of ['created', 'updated', 'unchanged', 'rejected'] as const)
      summary[key] += answer.summary[key];
    summary.processed += chunk.length;
    if (collect) for (const r of mapped) results[r.index] = r;
    await onBatch?.({ batchIndex, offset, results: mapped, summary: answer.summary, idempotencyKey });
    onProgress?.({ ...summary });
  };

  const iterator = iteratorOf(items);
  let offset = 0;
  try {
    while (!failure) {
      // Backpressure: wait for a free slot *before* reading, so the read-ahead stays bounded.
      while (inFlight.size >= concurrency && !failure) await Promise.race(inFlight);
      if (failure) break;
      request.signal?.throwIfAborted();
      const chunk = await readChunk(iterator, batchSize);
      if (chunk.length === 0) break;
      const task: Promise<void> = run(chunk, batches, offset)
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => inFlight.delete(task));
      inFlight.add(task);
      batches++;
      offset += chunk.length;
    }
  } catch (error) {
    failure ??= { error };
  }
  await Promise.all(inFlight);
  if (failure) {
    await iterator.return?.();
    throw failure.error;
  }
  return { summary, results: collect ? results : [], batches };
}
