import type { ApiPromise } from '../api-promise.js';
import type { components } from '../generated/sporthub.js';
import { Paginator } from '../pagination.js';
import type { RequestOptions } from '../transport/types.js';
import { type ConditionalOptions, conditional, type ListParams, Resource } from './resource.js';

/**
 * A partial update of a zone.
 *
 * @example
 * ```ts
 * import type { ZoneUpdate } from '@sporthub/sdk';
 * const patch: ZoneUpdate = { capacity: 30 };
 * ```
 */
export type ZoneUpdate = components['schemas']['ZoneUpdate'];

/**
 * Filters of `hub.outlets.zones.list()`.
 *
 * @example
 * ```ts
 * import type { ListZonesParams } from '@sporthub/sdk';
 * const params: ListZonesParams = { kind: 'training' };
 * ```
 */
export type ListZonesParams = ListParams<'listZones'>;

type Zone = components['schemas']['Zone'];
type ZoneInput = components['schemas']['ZoneInput'];

/**
 * `hub.outlets.zones`: the zones of an outlet (experience, training, health check…).
 *
 * @example
 * ```ts
 * const zone = await hub.outlets.zones.create(outletId, { code: 'HC', name: '健康检测区', kind: 'health_check' });
 * ```
 */
export class OutletZones extends Resource {
  /**
   * Lists an outlet's zones lazily.
   *
   * @example
   * ```ts
   * for await (const z of hub.outlets.zones.list(outletId)) console.log(z.code, z.capacity);
   * ```
   */
  list(outletId: string, params?: ListZonesParams, options?: RequestOptions): Paginator<Zone> {
    return new Paginator<Zone>(
      (cursor, opts) =>
        this.hub.request('GET', '/v1/outlets/{outletId}/zones', {
          ...opts,
          params: { path: { outletId }, query: { ...params, cursor } },
        }),
      options,
    );
  }

  /**
   * Adds a zone to an outlet (409 when the code is taken in that outlet).
   *
   * @example
   * ```ts
   * await hub.outlets.zones.create(outletId, { code: 'TRN', name: '训练区', kind: 'training', capacity: 25 });
   * ```
   */
  create(outletId: string, body: ZoneInput, options?: RequestOptions): ApiPromise<Zone> {
    return this.hub.request('POST', '/v1/outlets/{outletId}/zones', {
      ...options,
      params: { path: { outletId } },
      body,
    });
  }

  /**
   * Gets one zone.
   *
   * @example
   * ```ts
   * const zone = await hub.outlets.zones.get(outletId, zoneId);
   * ```
   */
  get(outletId: string, zoneId: string, options?: RequestOptions): ApiPromise<Zone> {
    return this.hub.request('GET', '/v1/outlets/{outletId}/zones/{zoneId}', {
      ...options,
      params: { path: { outletId, zoneId } },
    });
  }

  /**
   * Updates a zone partially.
   *
   * @example
   * ```ts
   * await hub.outlets.zones.update(outletId, zone.id, { capacity: 30 }, { ifMatch: zone.revision });
   * ```
   */
  update(outletId: string, zoneId: string, body: ZoneUpdate, options?: ConditionalOptions): ApiPromise<Zone> {
    const init = { ...conditional(options), params: { path: { outletId, zoneId } }, body };
    return this.hub.request('PATCH', '/v1/outlets/{outletId}/zones/{zoneId}', init);
  }

  /**
   * Deletes a zone.
   *
   * @example
   * ```ts
   * await hub.outlets.zones.delete(outletId, zone.id);
   * ```
   */
  delete(outletId: string, zoneId: string, options?: ConditionalOptions): ApiPromise<void> {
    const init = { ...conditional(options), params: { path: { outletId, zoneId } } };
    return this.hub.request('DELETE', '/v1/outlets/{outletId}/zones/{zoneId}', init);
  }
}
