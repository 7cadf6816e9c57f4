import type { ApiPromise } from '../api-promise.js';
import { type UpsertManyOptions, type UpsertManyResult, upsertMany } from '../bulk/upsert-many.js';
import type { SportHub } from '../client.js';
import type { components, operations } from '../generated/sporthub.js';
import { Paginator } from '../pagination.js';
import type { RequestOptions } from '../transport/types.js';
import type { BatchUpsertResult } from '../types.js';
import { ifMatchHeader } from './preconditions.js';
import type { BatchUpsertOptions } from './resource.js';
import { OutletZones } from './zones.js';

type Schemas = components['schemas'];

/**
 * A sports outlet acting as a neighbourhood health hub, as the API returns it.
 *
 * @example
 * ```ts
 * import type { Outlet } from '@sporthub/sdk';
 * const label = (o: Outlet) => `${o.code} ${o.name} (${o.status}, rev ${o.revision})`;
 * ```
 */
export type Outlet = Schemas['Outlet'];

/**
 * An outlet to create (also one item of a batch upsert, matched on `code`). Only `code` and `name` are
 * required.
 *
 * @example
 * ```ts
 * import type { OutletCreate } from '@sporthub/sdk';
 * const body: OutletCreate = { code: 'SH-PD-0001', name: '浦东世纪大道体育服务点' };
 * ```
 */
export type OutletCreate = Schemas['OutletCreate'];

/**
 * A partial update of an outlet (`zones`, when sent, is the complete set).
 *
 * @example
 * ```ts
 * import type { OutletUpdate } from '@sporthub/sdk';
 * const patch: OutletUpdate = { status: 'suspended' };
 * ```
 */
export type OutletUpdate = Schemas['OutletUpdate'];

/**
 * One page of outlets.
 *
 * @example
 * ```ts
 * import type { OutletPage } from '@sporthub/sdk';
 * const page: OutletPage = await hub.outlets.list().page();
 * ```
 */
export type OutletPage = Schemas['OutletPage'];

/**
 * The body of `POST /v1/outlets:batchUpsert`.
 *
 * @example
 * ```ts
 * import type { OutletBatchUpsert } from '@sporthub/sdk';
 * const body: OutletBatchUpsert = { items: [{ code: 'SH-PD-0001', name: '浦东世纪大道体育服务点' }] };
 * ```
 */
export type OutletBatchUpsert = Schemas['OutletBatchUpsert'];

/**
 * Lifecycle status of an outlet.
 *
 * @example
 * ```ts
 * import type { OutletStatus } from '@sporthub/sdk';
 * const open: OutletStatus[] = ['active'];
 * ```
 */
export type OutletStatus = Schemas['OutletStatus'];

/**
 * A service an outlet offers.
 *
 * @example
 * ```ts
 * import type { OutletService } from '@sporthub/sdk';
 * const services: OutletService[] = ['consultation', 'health_check'];
 * ```
 */
export type OutletService = Schemas['OutletService'];

/**
 * Postal address of an outlet.
 *
 * @example
 * ```ts
 * import type { Address } from '@sporthub/sdk';
 * const address: Address = { province: '上海市', city: '上海市', district: '浦东新区', street: '世纪大道211号' };
 * ```
 */
export type Address = Schemas['Address'];

/**
 * WGS-84 coordinates.
 *
 * @example
 * ```ts
 * import type { Geo } from '@sporthub/sdk';
 * const geo: Geo = { lat: 31.2353, lng: 121.5068 };
 * ```
 */
export type Geo = Schemas['Geo'];

/**
 * Opening hours per weekday (`HH:MM-HH:MM` ranges in the outlet's time zone).
 *
 * @example
 * ```ts
 * import type { OpeningHours } from '@sporthub/sdk';
 * const hours: OpeningHours = { mon: ['09:00-21:00'], sat: ['08:00-12:00', '14:00-18:00'] };
 * ```
 */
export type OpeningHours = Schemas['OpeningHours'];

/**
 * A zone inside an outlet, as returned.
 *
 * @example
 * ```ts
 * import type { Zone } from '@sporthub/sdk';
 * const seats = (zones: Zone[]) => zones.reduce((n, z) => n + (z.capacity ?? 0), 0);
 * ```
 */
export type Zone = Schemas['Zone'];

/**
 * A zone as written (matched by `code` within its outlet).
 *
 * @example
 * ```ts
 * import type { ZoneInput } from '@sporthub/sdk';
 * const zone: ZoneInput = { code: 'EXP', name: '体验区', kind: 'experience', capacity: 20 };
 * ```
 */
export type ZoneInput = Schemas['ZoneInput'];

/**
 * What a zone is used for.
 *
 * @example
 * ```ts
 * import type { ZoneKind } from '@sporthub/sdk';
 * const kind: ZoneKind = 'health_check';
 * ```
 */
export type ZoneKind = Schemas['ZoneKind'];

/**
 * Filters of `hub.outlets.list()` (the cursor is the paginator's business).
 *
 * @example
 * ```ts
 * import type { ListOutletsParams } from '@sporthub/sdk';
 * const params: ListOutletsParams = { status: 'active', district: '浦东新区', limit: 200 };
 * ```
 */
export type ListOutletsParams = Omit<NonNullable<operations['listOutlets']['parameters']['query']>, 'cursor'>;

/**
 * Options of `hub.outlets.update()`: `ifMatch` refuses the write (412) unless the outlet is still at that
 * revision (a number, or the ETag as received).
 *
 * @example
 * ```ts
 * await hub.outlets.update(outlet.id, { name: '新名称' }, { ifMatch: outlet.revision });
 * ```
 */
export interface UpdateOutletOptions extends RequestOptions {
  ifMatch?: number | string | undefined;
}

/**
 * Options of `hub.outlets.delete()`: `force` cancels future sessions first; `ifMatch` as for update.
 *
 * @example
 * ```ts
 * await hub.outlets.delete(outlet.id, { force: true, ifMatch: outlet.revision });
 * ```
 */
export interface DeleteOutletOptions extends RequestOptions {
  force?: NonNullable<operations['deleteOutlet']['parameters']['query']>['force'];
  ifMatch?: number | string | undefined;
}

/**
 * `hub.outlets`: the outlets of the token's organization.
 *
 * @example
 * ```ts
 * const created = await hub.outlets.create({ code: 'SH-PD-0001', name: '浦东世纪大道体育服务点' });
 * const updated = await hub.outlets.update(created.id, { status: 'suspended' }, { ifMatch: created.revision });
 * for await (const outlet of hub.outlets.list({ status: 'suspended' })) console.log(outlet.code);
 * await hub.outlets.delete(updated.id);
 * ```
 */
export class Outlets {
  readonly #hub: SportHub;
  /** Zones of an outlet: `list`, `create`, `get`, `update`, `delete`. */
  readonly zones: OutletZones;

  constructor(hub: SportHub) {
    this.#hub = hub;
    this.zones = new OutletZones(hub);
  }

  /**
   * Lists outlets, ordered by id, lazily: iterate it, or call `.page(cursor)`, `.pages()`, `.toArray()`.
   *
   * @example
   * ```ts
   * for await (const outlet of hub.outlets.list({ status: 'active' })) console.log(outlet.code);
   * ```
   */
  list(params?: ListOutletsParams, options?: RequestOptions): Paginator<Outlet> {
    return new Paginator<Outlet>(
      (cursor, opts) =>
        this.#hub.request('GET', '/v1/outlets', { ...opts, params: { query: { ...params, cursor } } }),
      options,
    );
  }

  /**
   * Creates an outlet (409 `ConflictError` when the code is taken). Safe to retry: the SDK sends one
   * Idempotency-Key on every attempt.
   *
   * @example
   * ```ts
   * const outlet = await hub.outlets.create({ code: 'SH-PD-0001', name: '浦东世纪大道体育服务点' });
   * ```
   */
  create(body: OutletCreate, options?: RequestOptions): ApiPromise<Outlet> {
    return this.#hub.request('POST', '/v1/outlets', { ...options, body });
  }

  /**
   * Gets one outlet (404 `NotFoundError` when unknown or malformed).
   *
   * @example
   * ```ts
   * const outlet = await hub.outlets.get('out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P');
   * ```
   */
  get(outletId: string, options?: RequestOptions): ApiPromise<Outlet> {
    return this.#hub.request('GET', '/v1/outlets/{outletId}', { ...options, params: { path: { outletId } } });
  }

  /**
   * Updates an outlet partially. With `ifMatch`, a stale revision answers 412 `PreconditionFailedError`.
   *
   * @example
   * ```ts
   * const outlet = await hub.outlets.update(id, { status: 'suspended' }, { ifMatch: 3 });
   * ```
   */
  update(outletId: string, body: OutletUpdate, options?: UpdateOutletOptions): ApiPromise<Outlet> {
    const { ifMatch, ...rest } = options ?? {};
    return this.#hub.request('PATCH', '/v1/outlets/{outletId}', {
      ...rest,
      headers: ifMatchHeader(ifMatch, rest.headers),
      params: { path: { outletId } },
      body,
    });
  }

  /**
   * Deletes an outlet and its zones (409 when it has future sessions, unless `force`).
   *
   * @example
   * ```ts
   * await hub.outlets.delete(id, { force: true });
   * ```
   */
  delete(outletId: string, options?: DeleteOutletOptions): ApiPromise<void> {
    const { ifMatch, force, ...rest } = options ?? {};
    return this.#hub.request('DELETE', '/v1/outlets/{outletId}', {
      ...rest,
      headers: ifMatchHeader(ifMatch, rest.headers),
      params: { path: { outletId }, query: { force } },
    });
  }

  /**
   * Creates or updates up to 5,000 outlets matched on `code`.
   *
   * @example
   * ```ts
   * const { summary } = await hub.outlets.batchUpsert([{ code: 'SH-PD-0001', name: '浦东世纪大道体育服务点' }]);
   * console.log(summary.created, summary.updated, summary.unchanged);
   * ```
   */
  batchUpsert(items: OutletCreate[], options?: BatchUpsertOptions): ApiPromise<BatchUpsertResult> {
    const { mode, ...rest } = options ?? {};
    return this.#hub.request('POST', '/v1/outlets:batchUpsert', {
      ...rest,
      params: { query: { mode } },
      body: { items },
    });
  }

  /**
   * Streams any number of outlets through `:batchUpsert` (see `hub.sessions.upsertMany`).
   *
   * @example
   * ```ts
   * const { summary } = await hub.outlets.upsertMany(readManifestOutlets(), { batchSize: 500 });
   * ```
   */
  upsertMany(
    items: AsyncIterable<OutletCreate> | Iterable<OutletCreate>,
    options?: UpsertManyOptions,
  ): Promise<UpsertManyResult> {
    return upsertMany((chunk, opts) => this.batchUpsert(chunk, opts), items, options);
  }
}
