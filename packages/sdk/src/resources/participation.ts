import type { ApiPromise } from '../api-promise.js';
import { type UpsertManyOptions, type UpsertManyResult, upsertMany } from '../bulk/upsert-many.js';
import { type ExportParticipationParams, ParticipationExport } from '../export/participation-export.js';
import type { components } from '../generated/sporthub.js';
import { Paginator } from '../pagination.js';
import type { RequestOptions } from '../transport/types.js';
import type { BatchUpsertResult } from '../types.js';
import { type BatchUpsertOptions, batchInit, type ListParams, Resource } from './resource.js';

type Schemas = components['schemas'];

/**
 * A check-in: a member took part in a session (the record the export carries).
 *
 * @example
 * ```ts
 * import type { Participation } from '@sporthub/sdk';
 * const walkIn = (p: Participation) => p.source === 'qr';
 * ```
 */
export type Participation = Schemas['Participation'];

/**
 * A participation to record (also a batch item, matched on `externalId`).
 *
 * @example
 * ```ts
 * import type { ParticipationCreate } from '@sporthub/sdk';
 * const body: ParticipationCreate = {
 *   sessionId: 'ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', memberId: 'mem_01JD0Z9R4X6YKM8W0A2B3C4D5E',
 *   checkedInAt: '2026-09-05T07:58:12+08:00', durationMinutes: 60, source: 'staff',
 * };
 * ```
 */
export type ParticipationCreate = Schemas['ParticipationCreate'];

/**
 * Filters of `hub.participation.list()`.
 *
 * @example
 * ```ts
 * import type { ListParticipationParams } from '@sporthub/sdk';
 * const params: ListParticipationParams = { outletId: 'out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', from: '2026-09-01' };
 * ```
 */
export type ListParticipationParams = ListParams<'listParticipation'>;

/**
 * `hub.participation`: check-ins, recorded one by one, in batches, or streamed out with `export()`.
 *
 * @example
 * ```ts
 * await hub.participation.record({ sessionId, memberId, checkedInAt: new Date().toISOString(), source: 'qr' });
 * for await (const row of hub.participation.export({ from: '2026-09-01' })) console.log(row.member_ref);
 * ```
 */
export class ParticipationRecords extends Resource {
  /**
   * Lists participation records lazily.
   *
   * @example
   * ```ts
   * for await (const p of hub.participation.list({ sessionId })) console.log(p.memberId, p.checkedInAt);
   * ```
   */
  list(params?: ListParticipationParams, options?: RequestOptions): Paginator<Participation> {
    return new Paginator<Participation>(
      (cursor, opts) =>
        this.hub.request('GET', '/v1/participation', { ...opts, params: { query: { ...params, cursor } } }),
      options,
    );
  }

  /**
   * Records one check-in (a walk-in needs no booking).
   *
   * @example
   * ```ts
   * const p = await hub.participation.record({ sessionId, memberId, checkedInAt: new Date().toISOString(), source: 'staff' });
   * ```
   */
  record(body: ParticipationCreate, options?: RequestOptions): ApiPromise<Participation> {
    return this.hub.request('POST', '/v1/participation', { ...options, body });
  }

  /**
   * Gets one participation record.
   *
   * @example
   * ```ts
   * const p = await hub.participation.get('par_01JD1A2B3C4D5E6F7G8H9J0K1M');
   * ```
   */
  get(participationId: string, options?: RequestOptions): ApiPromise<Participation> {
    return this.hub.request('GET', '/v1/participation/{participationId}', {
      ...options,
      params: { path: { participationId } },
    });
  }

  /**
   * Records or updates up to 5,000 check-ins matched on `externalId`.
   *
   * @example
   * ```ts
   * await hub.participation.batchUpsert(rows, { mode: 'partial' });
   * ```
   */
  batchUpsert(items: ParticipationCreate[], options?: BatchUpsertOptions): ApiPromise<BatchUpsertResult> {
    return this.hub.request('POST', '/v1/participation:batchUpsert', batchInit(items, options));
  }

  /**
   * Streams any number of check-ins through `:batchUpsert` (see `hub.sessions.upsertMany`).
   *
   * @example
   * ```ts
   * const { summary } = await hub.participation.upsertMany(readCheckIns(), { batchSize: 2_000 });
   * ```
   */
  upsertMany(
    items: AsyncIterable<ParticipationCreate> | Iterable<ParticipationCreate>,
    options?: UpsertManyOptions,
  ): Promise<UpsertManyResult> {
    return upsertMany((chunk, opts) => this.batchUpsert(chunk, opts), items, options);
  }

  /**
   * The participation export, streamed: iterate for typed NDJSON rows (the trailer is checked; a stream
   * cut off throws `IncompleteExportError`), or `.raw()` for the bytes (CSV). `.watermark` feeds the next
   * incremental export (`afterWatermark`).
   *
   * @example
   * ```ts
   * const rows = hub.participation.export({ from: '2026-09-01', to: '2026-09-30', partnerId });
   * for await (const row of rows) write(row);
   * saveCheckpoint(rows.watermark);
   * ```
   */
  export(params: ExportParticipationParams = {}, options?: RequestOptions): ParticipationExport {
    return new ParticipationExport(this.hub, params, options);
  }
}
