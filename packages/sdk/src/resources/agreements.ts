import type { ApiPromise } from '../api-promise.js';
import type { components } from '../generated/sporthub.js';
import { Paginator } from '../pagination.js';
import type { RequestOptions } from '../transport/types.js';
import { type ListParams, Resource } from './resource.js';

type Schemas = components['schemas'];

/**
 * What a partner may receive, and how (consent, pseudonyms, validity dates).
 *
 * @example
 * ```ts
 * import type { DataSharingAgreement } from '@sporthub/sdk';
 * const individual = (a: DataSharingAgreement) => a.scopes.includes('participation:individual');
 * ```
 */
export type DataSharingAgreement = Schemas['DataSharingAgreement'];

/**
 * An agreement to create.
 *
 * @example
 * ```ts
 * import type { DataSharingAgreementCreate } from '@sporthub/sdk';
 * const body: DataSharingAgreementCreate = { scopes: ['participation:aggregate'], validFrom: '2026-09-01' };
 * ```
 */
export type DataSharingAgreementCreate = Schemas['DataSharingAgreementCreate'];

/**
 * Filters of `hub.partners.agreements.list()`.
 *
 * @example
 * ```ts
 * import type { ListAgreementsParams } from '@sporthub/sdk';
 * const params: ListAgreementsParams = { active: true };
 * ```
 */
export type ListAgreementsParams = ListParams<'listPartnerAgreements'>;

/**
 * `hub.partners.agreements`: data-sharing agreements of a partner.
 *
 * @example
 * ```ts
 * const agreement = await hub.partners.agreements.create(partnerId, { scopes: ['health:observations'], validFrom: '2026-09-01' });
 * await hub.partners.agreements.revoke(partnerId, agreement.id);
 * ```
 */
export class PartnerAgreements extends Resource {
  /**
   * Lists a partner's agreements lazily.
   *
   * @example
   * ```ts
   * const active = await hub.partners.agreements.list(partnerId, { active: true }).toArray({ max: 20 });
   * ```
   */
  list(
    partnerId: string,
    params?: ListAgreementsParams,
    options?: RequestOptions,
  ): Paginator<DataSharingAgreement> {
    return new Paginator<DataSharingAgreement>(
      (cursor, opts) =>
        this.hub.request('GET', '/v1/partners/{partnerId}/agreements', {
          ...opts,
          params: { path: { partnerId }, query: { ...params, cursor } },
        }),
      options,
    );
  }

  /**
   * Creates an agreement.
   *
   * @example
   * ```ts
   * await hub.partners.agreements.create(partnerId, { scopes: ['participation:individual'], requiresConsent: true, validFrom: '2026-09-01' });
   * ```
   */
  create(
    partnerId: string,
    body: DataSharingAgreementCreate,
    options?: RequestOptions,
  ): ApiPromise<DataSharingAgreement> {
    return this.hub.request('POST', '/v1/partners/{partnerId}/agreements', {
      ...options,
      params: { path: { partnerId } },
      body,
    });
  }

  /**
   * Revokes an agreement: no further shares under it.
   *
   * @example
   * ```ts
   * await hub.partners.agreements.revoke(partnerId, agreementId);
   * ```
   */
  revoke(partnerId: string, agreementId: string, options?: RequestOptions): ApiPromise<DataSharingAgreement> {
    return this.hub.request('POST', '/v1/partners/{partnerId}/agreements/{agreementId}:revoke', {
      ...options,
      params: { path: { partnerId, agreementId } },
    });
  }
}
