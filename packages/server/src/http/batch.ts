import type { BatchItemResult, BatchUpsertResult, FieldError } from '@sporthub/schemas';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/dialect.js';
import { rerunLostRaces } from '../db/retry.js';
import type { DB } from '../db/schema.js';
import { answeredWithin, saveReplayWithin } from './idempotency.js';
import { validationFailed } from './problem.js';
import { fieldErrorsOf, parseBody } from './validate.js';

/** Query of every `:batchUpsert` route. */
export const BatchQuerySchema = z.object({ mode: z.enum(['atomic', 'partial']).default('atomic') });

/** Bodies of batch routes may reach 10 MB (SPEC §4); Fastify's route `bodyLimit`. */
export const BATCH_BODY_LIMIT = 10 * 1024 * 1024;

const EnvelopeSchema = z.strictObject({ items: z.array(z.unknown()).min(1).max(5000) });

export interface ValidItem<T> {
  index: number;
  item: T;
}

/**
 * Validates each item of `{items: [...]}` on its own, so one bad row rejects only itself. Items whose
 * natural key repeats an earlier item are rejected too (`duplicate_key`).
 */
export function validateBatchItems<S extends z.ZodType>(
  itemSchema: S,
  body: unknown,
  key: { field: string; of: (item: z.output<S>) => string },
): { valid: ValidItem<z.output<S>>[]; rejected: BatchItemResult[] } {
  const { items } = parseBody(EnvelopeSchema, body);
  const valid: ValidItem<z.output<S>>[] = [];
  const rejected: BatchItemResult[] = [];
  const seen = new Set<string>();
  items.forEach((raw, index) => {
    const parsed = itemSchema.safeParse(raw);
    if (!parsed.success) {
      rejected.push({
        index,
        status: 'rejected',
        errors: fieldErrorsOf(parsed.error.issues, ['items', index]),
      });
      return;
    }
    const value = key.of(parsed.data);
    if (seen.has(value)) {
      const message = `${key.field} ${value} appears earlier in this batch`;
      rejected.push({
        index,
        status: 'rejected',
        errors: [{ path: `/items/${index}/${key.field}`, code: 'duplicate_key', message }],
      });
      return;
    }
    seen.add(value);
    valid.push({ index, item: parsed.data });
  });
  return { valid, rejected };
}

export interface Change<R> {
  before: R | null;
  after: R;
}

/**
 * Decides per valid item whether it creates, updates or leaves a record unchanged. `update` must
 * return `current` itself when the item changes nothing (no revision bump, no event).
 */
export function planUpserts<I, R extends { id: string }>(
  valid: readonly ValidItem<I>[],
  existing: ReadonlyMap<string, R>,
  build: { keyOf: (item: I) => string; create: (item: I) => R; update: (current: R, item: I) => R },
): { results: BatchItemResult[]; changes: Change<R>[] } {
  const results: BatchItemResult[] = [];
  const changes: Change<R>[] = [];
  for (const { index, item } of valid) {
    const current = existing.get(build.keyOf(item));
    if (!current) {
      const created = build.create(item);
      changes.push({ before: null, after: created });
      results.push({ index, status: 'created', id: created.id });
      continue;
    }
    const next = build.update(current, item);
    if (next === current) {
      results.push({ index, status: 'unchanged', id: current.id });
    } else {
      changes.push({ before: current, after: next });
      results.push({ index, status: 'updated', id: current.id });
    }
  }
  return { results, changes };
}

/**
 * The response of a batch, in request order. In atomic mode any rejected item throws 422 with
 * `errors` and `results` (ids of records that would have been created are left out: they never
 * existed), so the caller's transaction rolls back.
 */
export function finishBatch(mode: 'atomic' | 'partial', results: BatchItemResult[]): BatchUpsertResult {
  const ordered = [...results].sort((a, b) => a.index - b.index);
  const summary = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const result of ordered) summary[result.status] += 1;
  if (mode === 'atomic' && summary.rejected > 0) {
    const errors: FieldError[] = ordered.flatMap((result) => result.errors ?? []);
    const shown = ordered.map(({ id, ...rest }) =>
      rest.status === 'created' || id === undefined ? rest : { ...rest, id },
    );
    throw validationFailed(errors, { results: shown });
  }
  return { results: ordered, summary };
}

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Runs a batch's work in one transaction and answers with its result. The transaction is rerun when it
 * lost a race to create the same new keys as a concurrent batch (db/retry.ts), and it also stores the
 * answer of the request's `Idempotency-Key`, so a retry after a crash replays what was committed
 * instead of reporting it unchanged. Every `:batchUpsert` route writes through this, so a new one
 * cannot forget either.
 */
export async function batchTransaction(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  work: (trx: Transaction<DB>) => Promise<BatchUpsertResult>,
): Promise<FastifyReply> {
  const body = await rerunLostRaces(() =>
    db.transaction().execute(async (trx) => {
      const text = JSON.stringify(await work(trx));
      await saveReplayWithin(trx, request, 200, JSON_TYPE, text);
      return text;
    }),
  );
  answeredWithin(request);
  return reply.code(200).type(JSON_TYPE).send(body);
}
