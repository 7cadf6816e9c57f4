import type { ApiPromise } from '../api-promise.js';
import type { SportHub } from '../client.js';
import type { components } from '../generated/sporthub.js';
import { Paginator } from '../pagination.js';
import type { RequestOptions } from '../transport/types.js';
import type { BatchUpsertResult } from '../types.js';
import { MemberConsents } from './consents.js';
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
 * A resident who books, takes part and is measured.
 *
 * @example
 * ```ts
 * import type { Member } from '@sporthub/sdk';
 * const minor = (m: Member) => m.ageGroup === 'child' || m.ageGroup === 'youth';
 * ```
 */
export type Member = Schemas['Member'];

/**
 * A member to create (also a batch item, matched on `externalId`).
 *
 * @example
 * ```ts
 * import type { MemberCreate } from '@sporthub/sdk';
 * const body: MemberCreate = { externalId: 'WX-10086', displayName: '李阿姨', birthYear: 1958 };
 * ```
 */
export type MemberCreate = Schemas['MemberCreate'];

/**
 * A partial update of a member.
 *
 * @example
 * ```ts
 * import type { MemberUpdate } from '@sporthub/sdk';
 * const patch: MemberUpdate = { displayName: '李秀英' };
 * ```
 */
export type MemberUpdate = Schemas['MemberUpdate'];

/**
 * Everything stored about a member (PIPL access request).
 *
 * @example
 * ```ts
 * import type { MemberPersonalData } from '@sporthub/sdk';
 * const save = (d: MemberPersonalData) => JSON.stringify(d, null, 2);
 * ```
 */
export type MemberPersonalData = Schemas['MemberPersonalData'];

/**
 * Filters of `hub.members.list()`.
 *
 * @example
 * ```ts
 * import type { ListMembersParams } from '@sporthub/sdk';
 * const params: ListMembersParams = { ageGroup: 'senior' };
 * ```
 */
export type ListMembersParams = ListParams<'listMembers'>;

/**
 * `hub.members`: residents, their consents (`hub.members.consents`), erasure and access requests.
 *
 * @example
 * ```ts
 * const member = await hub.members.create({ externalId: 'WX-10086', displayName: '李阿姨', birthYear: 1958 });
 * await hub.members.consents.grant(member.id, { purpose: 'participation_sharing', grantedBy: 'self' });
 * ```
 */
export class Members extends Resource {
  /** Consents of a member: `list`, `grant`, `revoke`. */
  readonly consents: MemberConsents;

  constructor(hub: SportHub) {
    super(hub);
    this.consents = new MemberConsents(hub);
  }

  /**
   * Lists members lazily.
   *
   * @example
   * ```ts
   * for await (const m of hub.members.list({ ageGroup: 'senior' })) console.log(m.displayName);
   * ```
   */
  list(params?: ListMembersParams, options?: RequestOptions): Paginator<Member> {
    return new Paginator<Member>(
      (cursor, opts) =>
        this.hub.request('GET', '/v1/members', { ...opts, params: { query: { ...params, cursor } } }),
      options,
    );
  }

  /**
   * Creates a member.
   *
   * @example
   * ```ts
   * const member = await hub.members.create({ externalId: 'WX-10086', displayName: '李阿姨' });
   * ```
   */
  create(body: MemberCreate, options?: RequestOptions): ApiPromise<Member> {
    return this.hub.request('POST', '/v1/members', { ...options, body });
  }

  /**
   * Gets one member.
   *
   * @example
   * ```ts
   * const member = await hub.members.get('mem_01JD0Z9R4X6YKM8W0A2B3C4D5E');
   * ```
   */
  get(memberId: string, options?: RequestOptions): ApiPromise<Member> {
    return this.hub.request('GET', '/v1/members/{memberId}', { ...options, params: { path: { memberId } } });
  }

  /**
   * Updates a member partially.
   *
   * @example
   * ```ts
   * await hub.members.update(member.id, { phone: '13800000000' }, { ifMatch: member.revision });
   * ```
   */
  update(memberId: string, body: MemberUpdate, options?: ConditionalOptions): ApiPromise<Member> {
    const init = { ...conditional(options), params: { path: { memberId } }, body };
    return this.hub.request('PATCH', '/v1/members/{memberId}', init);
  }

  /**
   * Creates or updates up to 5,000 members matched on `externalId`.
   *
   * @example
   * ```ts
   * await hub.members.batchUpsert([{ externalId: 'WX-10086', displayName: '李阿姨' }], { mode: 'partial' });
   * ```
   */
  batchUpsert(items: MemberCreate[], options?: BatchUpsertOptions): ApiPromise<BatchUpsertResult> {
    return this.hub.request('POST', '/v1/members:batchUpsert', batchInit(items, options));
  }

  /**
   * Erases a member (PIPL deletion): personal fields blanked, aggregates kept. Returns the blanked record.
   *
   * @example
   * ```ts
   * const erased = await hub.members.erase(member.id);
   * ```
   */
  erase(memberId: string, options?: RequestOptions): ApiPromise<Member> {
    return this.hub.request('POST', '/v1/members/{memberId}:erase', {
      ...options,
      params: { path: { memberId } },
    });
  }

  /**
   * Everything stored about a member (PIPL access request).
   *
   * @example
   * ```ts
   * const data = await hub.members.personalData(member.id);
   * ```
   */
  personalData(memberId: string, options?: RequestOptions): ApiPromise<MemberPersonalData> {
    return this.hub.request('GET', '/v1/members/{memberId}:personalData', {
      ...options,
      params: { path: { memberId } },
    });
  }
}
