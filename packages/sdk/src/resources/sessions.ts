import type { ApiPromise } from '../api-promise.js';
import { type UpsertManyOptions, type UpsertManyResult, upsertMany } from '../bulk/upsert-many.js';
import type { components } from '../generated/sporthub.js';
import { Paginator } from '../pagination.js';
import type { SerializedItems } from '../serialized.js';
import type { RequestOptions } from '../transport/types.js';
import type { BatchUpsertResult } from '../types.js';
import {
  type BatchUpsertOptions,
  batchInit,
  type ConditionalOptions,
  conditional,
  type ListParams,
  type OperationBody,
  Resource,
} from './resource.js';

type Schemas = components['schemas'];

/**
 * A scheduled occurrence of a program at an outlet (`[startsAt, endsAt)`).
 *
 * @example
 * ```ts
 * import type { Session } from '@sporthub/sdk';
 * const minutes = (s: Session) => (Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 60_000;
 * ```
 */
export type Session = Schemas['Session'];

/**
 * A session to create (also a batch item, matched on `externalId`).
 *
 * @example
 * ```ts
 * import type { SessionCreate } from '@sporthub/sdk';
 * const body: SessionCreate = {
 *   externalId: 'PD-TAICHI-20270105-0830', outletId: 'out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', programId: 'prg_01JD0Z8Q3W5XKJ5V7J9C2N4M6S',
 *   startsAt: '2027-01-05T08:30:00+08:00', endsAt: '2027-01-05T09:30:00+08:00', capacity: 20,
 * };
 * ```
 */
export type SessionCreate = Schemas['SessionCreate'];

/**
 * A partial update of a session.
 *
 * @example
 * ```ts
 * import type { SessionUpdate } from '@sporthub/sdk';
 * const patch: SessionUpdate = { capacity: 25 };
 * ```
 */
export type SessionUpdate = Schemas['SessionUpdate'];

/**
 * The optional body of `hub.sessions.cancel()`: a reason kept with the cancellation event.
 *
 * @example
 * ```ts
 * import type { SessionCancel } from '@sporthub/sdk';
 * const body: SessionCancel = { reason: '台风停课' };
 * ```
 */
export type SessionCancel = OperationBody<'cancelSession'>;

/**
 * Filters of `hub.sessions.list()`.
 *
 * @example
 * ```ts
 * import type { ListSessionsParams } from '@sporthub/sdk';
 * const params: ListSessionsParams = { outletId: 'out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', from: '2026-09-01', to: '2026-09-30' };
 * ```
 */
export type ListSessionsParams = ListParams<'listSessions'>;

/**
 * `hub.sessions`: the schedule. `upsertMany` streams any number of rows through `:batchUpsert`.
 *
 * @example
 * ```ts
 * const { summary } = await hub.sessions.upsertMany(readScheduleRows('schedule.csv'), { mode: 'partial' });
 * console.log(summary); // { processed, created, updated, unchanged, rejected }
 * ```
 */
export class Sessions extends Resource {
  /**
   * Lists sessions lazily.
   *
   * @example
   * ```ts
   * for await (const s of hub.sessions.list({ outletId, from: '2026-09-01' })) console.log(s.externalId, s.startsAt);
   * ```
   */
  list(params?: ListSessionsParams, options?: RequestOptions): Paginator<Session> {
    return new Paginator<Session>(
      (cursor, opts) =>
        this.hub.request('GET', '/v1/sessions', { ...opts, params: { query: { ...params, cursor } } }),
      options,
    );
  }

  /**
   * Creates a session.
   *
   * @example
   * ```ts
   * const session = await hub.sessions.create({ externalId: 'S-1', outletId, programId, startsAt, endsAt, capacity: 20 });
   * ```
   */
  create(body: SessionCreate, options?: RequestOptions): ApiPromise<Session> {
    return this.hub.request('POST', '/v1/sessions', { ...options, body });
  }

  /**
   * Gets one session.
   *
   * @example
   * ```ts
   * const session = await hub.sessions.get('ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P');
   * ```
   */
  get(sessionId: string, options?: RequestOptions): ApiPromise<Session> {
    return this.hub.request('GET', '/v1/sessions/{sessionId}', {
      ...options,
      params: { path: { sessionId } },
    });
  }

  /**
   * Updates a session partially.
   *
   * @example
   * ```ts
   * await hub.sessions.update(session.id, { capacity: 25 }, { ifMatch: session.revision });
   * ```
   */
  update(sessionId: string, body: SessionUpdate, options?: ConditionalOptions): ApiPromise<Session> {
    const init = { ...conditional(options), params: { path: { sessionId } }, body };
    return this.hub.request('PATCH', '/v1/sessions/{sessionId}', init);
  }

  /**
   * Deletes a session.
   *
   * @example
   * ```ts
   * await hub.sessions.delete(session.id);
   * ```
   */
  delete(sessionId: string, options?: ConditionalOptions): ApiPromise<void> {
    const init = { ...conditional(options), params: { path: { sessionId } } };
    return this.hub.request('DELETE', '/v1/sessions/{sessionId}', init);
  }

  /**
   * Cancels a session (bookings are cancelled with it; the reason travels with the event).
   *
   * @example
   * ```ts
   * await hub.sessions.cancel(session.id, { reason: '台风停课' });
   * ```
   */
  cancel(sessionId: string, body?: SessionCancel, options?: ConditionalOptions): ApiPromise<Session> {
    const init = { ...conditional(options), params: { path: { sessionId } }, body };
    return this.hub.request('POST', '/v1/sessions/{sessionId}:cancel', init);
  }

  /**
   * Creates or updates up to 5,000 sessions matched on `externalId` in one request.
   *
   * @example
   * ```ts
   * const { results } = await hub.sessions.batchUpsert(rows, { mode: 'partial' });
   * ```
   */
  batchUpsert(
    items: SessionCreate[] | SerializedItems,
    options?: BatchUpsertOptions,
  ): ApiPromise<BatchUpsertResult> {
    return this.hub.request('POST', '/v1/sessions:batchUpsert', batchInit(items, options));
  }

  /**
   * Upserts any number of sessions from an (async) iterable: chunks of `batchSize` (default 1,000, max
   * 5,000), `concurrency` batches in parallel (default 4) with backpressure (never more than
   * `concurrency × batchSize` rows read ahead), each batch with its own stable Idempotency-Key so a
   * retried batch replays instead of writing twice. Results come back with `index` = the row's position in
   * your input; pass `onBatch` to stream them instead of accumulating (constant memory).
   *
   * @example
   * ```ts
   * const { summary, results } = await hub.sessions.upsertMany(rows, {
   *   mode: 'partial',
   *   onProgress: (p) => console.error(`${p.processed} rows`),
   * });
   * for (const r of results) if (r.status === 'rejected') console.error(`row ${r.index}:`, r.errors);
   * ```
   */
  upsertMany(
    items: AsyncIterable<SessionCreate> | Iterable<SessionCreate>,
    options?: UpsertManyOptions,
  ): Promise<UpsertManyResult> {
    return upsertMany((chunk, opts) => this.batchUpsert(chunk, opts), items, options);
  }
}
