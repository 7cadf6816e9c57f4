import type { ApiPromise } from '../api-promise.js';
import type { components } from '../generated/sporthub.js';
import { Paginator } from '../pagination.js';
import type { RequestOptions } from '../transport/types.js';
import { type ListParams, Resource } from './resource.js';

type Schemas = components['schemas'];

/**
 * A health check result (weight, blood pressure, grip strength, steps…).
 *
 * @example
 * ```ts
 * import type { HealthMeasurement } from '@sporthub/sdk';
 * const show = (m: HealthMeasurement) => `${m.type}: ${JSON.stringify(m.value)} ${m.unit}`;
 * ```
 */
export type HealthMeasurement = Schemas['HealthMeasurement'];

/**
 * A measurement to record.
 *
 * @example
 * ```ts
 * import type { HealthMeasurementCreate } from '@sporthub/sdk';
 * const body: HealthMeasurementCreate = {
 *   memberId: 'mem_01JD0Z9R4X6YKM8W0A2B3C4D5E', outletId: 'out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P',
 *   type: 'blood_pressure', value: { systolic: 128, diastolic: 82 }, unit: 'mm[Hg]',
 *   measuredAt: '2026-09-05T09:30:00+08:00', source: 'staff',
 * };
 * ```
 */
export type HealthMeasurementCreate = Schemas['HealthMeasurementCreate'];

/**
 * Filters of `hub.healthMeasurements.list()`.
 *
 * @example
 * ```ts
 * import type { ListHealthMeasurementsParams } from '@sporthub/sdk';
 * const params: ListHealthMeasurementsParams = { type: 'weight', from: '2026-07-01' };
 * ```
 */
export type ListHealthMeasurementsParams = ListParams<'listHealthMeasurements'>;

/**
 * `hub.healthMeasurements`: health check results.
 *
 * @example
 * ```ts
 * const weights = await hub.healthMeasurements.list({ memberId, type: 'weight' }).toArray({ max: 100 });
 * ```
 */
export class HealthMeasurements extends Resource {
  /**
   * Lists measurements lazily.
   *
   * @example
   * ```ts
   * for await (const m of hub.healthMeasurements.list({ memberId })) console.log(m.type, m.value);
   * ```
   */
  list(params?: ListHealthMeasurementsParams, options?: RequestOptions): Paginator<HealthMeasurement> {
    return new Paginator<HealthMeasurement>(
      (cursor, opts) =>
        this.hub.request('GET', '/v1/health-measurements', {
          ...opts,
          params: { query: { ...params, cursor } },
        }),
      options,
    );
  }

  /**
   * Records a measurement.
   *
   * @example
   * ```ts
   * await hub.healthMeasurements.record({ memberId, outletId, type: 'weight', value: 61.5, unit: 'kg', measuredAt: new Date().toISOString(), source: 'staff' });
   * ```
   */
  record(body: HealthMeasurementCreate, options?: RequestOptions): ApiPromise<HealthMeasurement> {
    return this.hub.request('POST', '/v1/health-measurements', { ...options, body });
  }

  /**
   * Gets one measurement.
   *
   * @example
   * ```ts
   * const m = await hub.healthMeasurements.get('hm_01JD0Z8Q3W5XKJ5V7J9C2N4M6P');
   * ```
   */
  get(measurementId: string, options?: RequestOptions): ApiPromise<HealthMeasurement> {
    return this.hub.request('GET', '/v1/health-measurements/{measurementId}', {
      ...options,
      params: { path: { measurementId } },
    });
  }

  /**
   * Deletes a measurement recorded by mistake.
   *
   * @example
   * ```ts
   * await hub.healthMeasurements.delete(m.id);
   * ```
   */
  delete(measurementId: string, options?: RequestOptions): ApiPromise<void> {
    return this.hub.request('DELETE', '/v1/health-measurements/{measurementId}', {
      ...options,
      params: { path: { measurementId } },
    });
  }
}
