import type { ApiPromise } from '../api-promise.js';
import type { components } from '../generated/sporthub.js';
import { Paginator } from '../pagination.js';
import type { RequestOptions } from '../transport/types.js';
import { type ConditionalOptions, conditional, type ListParams, Resource } from './resource.js';

type Schemas = components['schemas'];

/**
 * A school class, interest group or referral cohort.
 *
 * @example
 * ```ts
 * import type { Group } from '@sporthub/sdk';
 * const size = (g: Group) => g.memberIds.length;
 * ```
 */
export type Group = Schemas['Group'];

/**
 * A group to create.
 *
 * @example
 * ```ts
 * import type { GroupCreate } from '@sporthub/sdk';
 * const body: GroupCreate = { code: 'G-TAICHI-AM', name: '晨练太极队', kind: 'interest_group' };
 * ```
 */
export type GroupCreate = Schemas['GroupCreate'];

/**
 * A partial update of a group.
 *
 * @example
 * ```ts
 * import type { GroupUpdate } from '@sporthub/sdk';
 * const patch: GroupUpdate = { name: '晨练太极一队' };
 * ```
 */
export type GroupUpdate = Schemas['GroupUpdate'];

/**
 * Filters of `hub.groups.list()`.
 *
 * @example
 * ```ts
 * import type { ListGroupsParams } from '@sporthub/sdk';
 * const params: ListGroupsParams = { kind: 'school_class' };
 * ```
 */
export type ListGroupsParams = ListParams<'listGroups'>;

/**
 * `hub.groups`: school classes, interest groups, referral cohorts.
 *
 * @example
 * ```ts
 * const group = await hub.groups.create({ code: 'G-TAICHI-AM', name: '晨练太极队', kind: 'interest_group' });
 * ```
 */
export class Groups extends Resource {
  /**
   * Lists groups lazily.
   *
   * @example
   * ```ts
   * for await (const g of hub.groups.list({ kind: 'school_class' })) console.log(g.name);
   * ```
   */
  list(params?: ListGroupsParams, options?: RequestOptions): Paginator<Group> {
    return new Paginator<Group>(
      (cursor, opts) =>
        this.hub.request('GET', '/v1/groups', { ...opts, params: { query: { ...params, cursor } } }),
      options,
    );
  }

  /**
   * Creates a group.
   *
   * @example
   * ```ts
   * const group = await hub.groups.create({ code: 'G-1', name: '一年级一班', kind: 'school_class' });
   * ```
   */
  create(body: GroupCreate, options?: RequestOptions): ApiPromise<Group> {
    return this.hub.request('POST', '/v1/groups', { ...options, body });
  }

  /**
   * Gets one group.
   *
   * @example
   * ```ts
   * const group = await hub.groups.get('grp_01JD0Z8Q3W5XKJ5V7J9C2N4M6P');
   * ```
   */
  get(groupId: string, options?: RequestOptions): ApiPromise<Group> {
    return this.hub.request('GET', '/v1/groups/{groupId}', { ...options, params: { path: { groupId } } });
  }

  /**
   * Updates a group partially.
   *
   * @example
   * ```ts
   * await hub.groups.update(group.id, { name: '一年级二班' }, { ifMatch: group.revision });
   * ```
   */
  update(groupId: string, body: GroupUpdate, options?: ConditionalOptions): ApiPromise<Group> {
    const init = { ...conditional(options), params: { path: { groupId } }, body };
    return this.hub.request('PATCH', '/v1/groups/{groupId}', init);
  }

  /**
   * Deletes a group (its members stay).
   *
   * @example
   * ```ts
   * await hub.groups.delete(group.id);
   * ```
   */
  delete(groupId: string, options?: ConditionalOptions): ApiPromise<void> {
    return this.hub.request('DELETE', '/v1/groups/{groupId}', {
      ...conditional(options),
      params: { path: { groupId } },
    });
  }
}
