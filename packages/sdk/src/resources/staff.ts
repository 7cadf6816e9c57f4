import type { ApiPromise } from '../api-promise.js';
import type { components } from '../generated/sporthub.js';
import { Paginator } from '../pagination.js';
import type { RequestOptions } from '../transport/types.js';
import type { BatchUpsertResult } from '../types.js';
import {
  type BatchUpsertOptions,
  batchInit,
  type ConditionalOptions,
  conditional,
  type ListParams,
  Resource,
} from './resource.js';

type Schemas = components['schemas'];

/**
 * A coach, health advisor, volunteer or manager.
 *
 * @example
 * ```ts
 * import type { Staff } from '@sporthub/sdk';
 * const label = (s: Staff) => `${s.name} (${s.role})`;
 * ```
 */
export type Staff = Schemas['Staff'];

/**
 * A staff member to create (also a batch item, matched on `externalId`).
 *
 * @example
 * ```ts
 * import type { StaffCreate } from '@sporthub/sdk';
 * const body: StaffCreate = { externalId: 'EMP-0042', name: '王教练', role: 'coach' };
 * ```
 */
export type StaffCreate = Schemas['StaffCreate'];

/**
 * A partial update of a staff member.
 *
 * @example
 * ```ts
 * import type { StaffUpdate } from '@sporthub/sdk';
 * const patch: StaffUpdate = { role: 'health_advisor' };
 * ```
 */
export type StaffUpdate = Schemas['StaffUpdate'];

/**
 * Filters of `hub.staff.list()`.
 *
 * @example
 * ```ts
 * import type { ListStaffParams } from '@sporthub/sdk';
 * const params: ListStaffParams = { role: 'coach' };
 * ```
 */
export type ListStaffParams = ListParams<'listStaff'>;

/**
 * `hub.staff`: coaches, advisors, volunteers, managers.
 *
 * @example
 * ```ts
 * const coach = await hub.staff.create({ externalId: 'EMP-0042', name: '王教练', role: 'coach' });
 * ```
 */
export class StaffMembers extends Resource {
  /**
   * Lists staff lazily.
   *
   * @example
   * ```ts
   * for await (const s of hub.staff.list({ role: 'coach' })) console.log(s.name);
   * ```
   */
  list(params?: ListStaffParams, options?: RequestOptions): Paginator<Staff> {
    return new Paginator<Staff>(
      (cursor, opts) =>
        this.hub.request('GET', '/v1/staff', { ...opts, params: { query: { ...params, cursor } } }),
      options,
    );
  }

  /**
   * Creates a staff member.
   *
   * @example
   * ```ts
   * const coach = await hub.staff.create({ externalId: 'EMP-0042', name: '王教练', role: 'coach' });
   * ```
   */
  create(body: StaffCreate, options?: RequestOptions): ApiPromise<Staff> {
    return this.hub.request('POST', '/v1/staff', { ...options, body });
  }

  /**
   * Gets one staff member.
   *
   * @example
   * ```ts
   * const coach = await hub.staff.get('stf_01JD0Z8Q3W5XKJ5V7J9C2N4M6T');
   * ```
   */
  get(staffId: string, options?: RequestOptions): ApiPromise<Staff> {
    return this.hub.request('GET', '/v1/staff/{staffId}', { ...options, params: { path: { staffId } } });
  }

  /**
   * Updates a staff member partially.
   *
   * @example
   * ```ts
   * await hub.staff.update(coach.id, { certifications: ['国家二级社会体育指导员'] });
   * ```
   */
  update(staffId: string, body: StaffUpdate, options?: ConditionalOptions): ApiPromise<Staff> {
    const init = { ...conditional(options), params: { path: { staffId } }, body };
    return this.hub.request('PATCH', '/v1/staff/{staffId}', init);
  }

  /**
   * Deletes a staff member.
   *
   * @example
   * ```ts
   * await hub.staff.delete(coach.id);
   * ```
   */
  delete(staffId: string, options?: ConditionalOptions): ApiPromise<void> {
    return this.hub.request('DELETE', '/v1/staff/{staffId}', {
      ...conditional(options),
      params: { path: { staffId } },
    });
  }

  /**
   * Creates or updates up to 5,000 staff matched on `externalId`.
   *
   * @example
   * ```ts
   * await hub.staff.batchUpsert([{ externalId: 'EMP-0042', name: '王教练', role: 'coach' }]);
   * ```
   */
  batchUpsert(items: StaffCreate[], options?: BatchUpsertOptions): ApiPromise<BatchUpsertResult> {
    return this.hub.request('POST', '/v1/staff:batchUpsert', batchInit(items, options));
  }
}
