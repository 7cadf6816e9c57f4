import type { ApiPromise } from '../api-promise.js';
import type { components } from '../generated/sporthub.js';
import { Paginator } from '../pagination.js';
import type { RequestOptions } from '../transport/types.js';
import { type ListParams, Resource } from './resource.js';

type Schemas = components['schemas'];

/**
 * A member's consent to a purpose, for the platform (`partnerId` null) or one partner.
 *
 * @example
 * ```ts
 * import type { Consent } from '@sporthub/sdk';
 * const active = (c: Consent) => c.revokedAt === null;
 * ```
 */
export type Consent = Schemas['Consent'];

/**
 * A consent to grant (a guardian's for members under 14).
 *
 * @example
 * ```ts
 * import type { ConsentGrant } from '@sporthub/sdk';
 * const body: ConsentGrant = { partnerId: 'prt_01JD0Z8Q3W5XKJ5V7J9C2N4M6W', purpose: 'health_data_sharing', grantedBy: 'guardian' };
 * ```
 */
export type ConsentGrant = Schemas['ConsentGrant'];

/**
 * Which consent to revoke.
 *
 * @example
 * ```ts
 * import type { ConsentRevoke } from '@sporthub/sdk';
 * const body: ConsentRevoke = { purpose: 'contact' };
 * ```
 */
export type ConsentRevoke = Schemas['ConsentRevoke'];

/**
 * Filters of `hub.members.consents.list()`.
 *
 * @example
 * ```ts
 * import type { ListConsentsParams } from '@sporthub/sdk';
 * const params: ListConsentsParams = { active: true };
 * ```
 */
export type ListConsentsParams = ListParams<'listMemberConsents'>;

/**
 * `hub.members.consents`: recorded consents of a member (SPEC §6.7).
 *
 * @example
 * ```ts
 * await hub.members.consents.grant(memberId, { purpose: 'participation_sharing', grantedBy: 'self' });
 * const active = await hub.members.consents.list(memberId, { active: true }).toArray({ max: 50 });
 * ```
 */
export class MemberConsents extends Resource {
  /**
   * Lists a member's consents lazily.
   *
   * @example
   * ```ts
   * for await (const c of hub.members.consents.list(memberId)) console.log(c.purpose, c.revokedAt);
   * ```
   */
  list(memberId: string, params?: ListConsentsParams, options?: RequestOptions): Paginator<Consent> {
    return new Paginator<Consent>(
      (cursor, opts) =>
        this.hub.request('GET', '/v1/members/{memberId}/consents', {
          ...opts,
          params: { path: { memberId }, query: { ...params, cursor } },
        }),
      options,
    );
  }

  /**
   * Records a consent (an identical active one is returned unchanged, status 200).
   *
   * @example
   * ```ts
   * const consent = await hub.members.consents.grant(memberId, { purpose: 'contact', grantedBy: 'self' });
   * ```
   */
  grant(memberId: string, body: ConsentGrant, options?: RequestOptions): ApiPromise<Consent> {
    return this.hub.request('POST', '/v1/members/{memberId}/consents', {
      ...options,
      params: { path: { memberId } },
      body,
    });
  }

  /**
   * Revokes a consent; future shares stop.
   *
   * @example
   * ```ts
   * await hub.members.consents.revoke(memberId, { partnerId, purpose: 'health_data_sharing' });
   * ```
   */
  revoke(memberId: string, body: ConsentRevoke, options?: RequestOptions): ApiPromise<Consent> {
    return this.hub.request('POST', '/v1/members/{memberId}/consents:revoke', {
      ...options,
      params: { path: { memberId } },
      body,
    });
  }
}
