import type { ApiPromise } from '../api-promise.js';
import type { components } from '../generated/sporthub.js';
import type { RequestOptions } from '../transport/types.js';
import { type OperationQuery, Resource } from './resource.js';

/**
 * The community health-index report of an outlet or a district for a period.
 *
 * @example
 * ```ts
 * import type { HealthIndexReport } from '@sporthub/sdk';
 * const title = (r: HealthIndexReport) => `${JSON.stringify(r.scope)} ${JSON.stringify(r.period)}`;
 * ```
 */
export type HealthIndexReport = components['schemas']['HealthIndexReport'];

/**
 * What to report on: exactly one of `outletId` and `district`, and a `period` (`2026-Q3` or `2026-09`).
 *
 * @example
 * ```ts
 * import type { HealthIndexParams } from '@sporthub/sdk';
 * const params: HealthIndexParams = { district: '浦东新区', period: '2026-Q3' };
 * ```
 */
export type HealthIndexParams = OperationQuery<'getHealthIndexReport'>;

/**
 * `hub.reports`: computed reports (cells under 5 people are suppressed).
 *
 * @example
 * ```ts
 * const report = await hub.reports.healthIndex({ district: '浦东新区', period: '2026-Q3' });
 * ```
 */
export class Reports extends Resource {
  /**
   * The health-index report of an outlet or district for a quarter or month.
   *
   * @example
   * ```ts
   * const report = await hub.reports.healthIndex({ outletId, period: '2026-09' });
   * ```
   */
  healthIndex(params: HealthIndexParams, options?: RequestOptions): ApiPromise<HealthIndexReport> {
    return this.hub.request('GET', '/v1/reports/health-index', { ...options, params: { query: params } });
  }
}
