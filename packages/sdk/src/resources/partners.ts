import type { ApiPromise } from '../api-promise.js';
import type { SportHub } from '../client.js';
import type { components, operations } from '../generated/sporthub.js';
import { Paginator } from '../pagination.js';
import type { RequestOptions } from '../transport/types.js';
import { PartnerAgreements } from './agreements.js';
import { type ConditionalOptions, conditional, type ListParams, Resource } from './resource.js';
import { PartnerShares } from './shares.js';

type Schemas = components['schemas'];

/**
 * A clinic, school, senior centre or other organization the operator shares data with.
 *
 * @example
 * ```ts
 * import type { Partner } from '@sporthub/sdk';
 * const isClinic = (p: Partner) => p.kind === 'clinic';
 * ```
 */
export type Partner = Schemas['Partner'];

/**
 * A partner to create.
 *
 * @example
 * ```ts
 * import type { PartnerCreate } from '@sporthub/sdk';
 * const body: PartnerCreate = { code: 'CLINIC-PD-01', kind: 'clinic', name: '浦东社区卫生服务中心' };
 * ```
 */
export type PartnerCreate = Schemas['PartnerCreate'];

/**
 * A partial update of a partner.
 *
 * @example
 * ```ts
 * import type { PartnerUpdate } from '@sporthub/sdk';
 * const patch: PartnerUpdate = { name: '浦东新区社区卫生服务中心' };
 * ```
 */
export type PartnerUpdate = Schemas['PartnerUpdate'];

/**
 * Filters of `hub.partners.list()`.
 *
 * @example
 * ```ts
 * import type { ListPartnersParams } from '@sporthub/sdk';
 * const params: ListPartnersParams = { kind: 'school' };
 * ```
 */
export type ListPartnersParams = ListParams<'listPartners'>;

/**
 * Options of `hub.partners.delete()`: `force` also revokes its agreements; `ifMatch` as for update.
 *
 * @example
 * ```ts
 * await hub.partners.delete(partner.id, { force: true });
 * ```
 */
export interface DeletePartnerOptions extends ConditionalOptions {
  force?: NonNullable<operations['deletePartner']['parameters']['query']>['force'];
}

/**
 * `hub.partners`: partners and their data-sharing agreements (`hub.partners.agreements`).
 *
 * @example
 * ```ts
 * const clinic = await hub.partners.create({ code: 'CLINIC-PD-01', kind: 'clinic', name: '浦东社区卫生服务中心' });
 * await hub.partners.agreements.create(clinic.id, { scopes: ['participation:aggregate'], validFrom: '2026-09-01' });
 * ```
 */
export class Partners extends Resource {
  /** Data-sharing agreements of a partner: `list`, `create`, `revoke`. */
  readonly agreements: PartnerAgreements;
  /** Shares with a partner, performed and audited by the server: `healthMeasurements`, `referralAttendance`, `studentParticipation`. */
  readonly shares: PartnerShares;

  constructor(hub: SportHub) {
    super(hub);
    this.agreements = new PartnerAgreements(hub);
    this.shares = new PartnerShares(hub);
  }

  /**
   * Resolves pseudonyms this partner sent back (e.g. the patient of a referral) to member ids; audited.
   *
   * @example
   * ```ts
   * const { data } = await hub.partners.resolvePseudonyms(partnerId, { pseudonyms: ['psn_Q2x8dV0bZk1mT4rW9yH3nL6pA7'] });
   * ```
   */
  resolvePseudonyms(
    partnerId: string,
    body: Schemas['PseudonymResolve'],
    options?: RequestOptions,
  ): ApiPromise<Schemas['PseudonymResolution']> {
    return this.hub.request('POST', '/v1/partners/{partnerId}/pseudonyms:resolve', {
      ...options,
      params: { path: { partnerId } },
      body,
    });
  }

  /**
   * Lists partners lazily.
   *
   * @example
   * ```ts
   * for await (const p of hub.partners.list({ kind: 'clinic' })) console.log(p.code, p.name);
   * ```
   */
  list(params?: ListPartnersParams, options?: RequestOptions): Paginator<Partner> {
    return new Paginator<Partner>(
      (cursor, opts) =>
        this.hub.request('GET', '/v1/partners', { ...opts, params: { query: { ...params, cursor } } }),
      options,
    );
  }

  /**
   * Creates a partner.
   *
   * @example
   * ```ts
   * const school = await hub.partners.create({ code: 'SCH-001', kind: 'school', name: '世纪小学' });
   * ```
   */
  create(body: PartnerCreate, options?: RequestOptions): ApiPromise<Partner> {
    return this.hub.request('POST', '/v1/partners', { ...options, body });
  }

  /**
   * Gets one partner.
   *
   * @example
   * ```ts
   * const partner = await hub.partners.get('prt_01JD0Z8Q3W5XKJ5V7J9C2N4M6W');
   * ```
   */
  get(partnerId: string, options?: RequestOptions): ApiPromise<Partner> {
    return this.hub.request('GET', '/v1/partners/{partnerId}', {
      ...options,
      params: { path: { partnerId } },
    });
  }

  /**
   * Updates a partner partially.
   *
   * @example
   * ```ts
   * await hub.partners.update(partner.id, { name: '新名称' }, { ifMatch: partner.revision });
   * ```
   */
  update(partnerId: string, body: PartnerUpdate, options?: ConditionalOptions): ApiPromise<Partner> {
    const init = { ...conditional(options), params: { path: { partnerId } }, body };
    return this.hub.request('PATCH', '/v1/partners/{partnerId}', init);
  }

  /**
   * Deletes a partner.
   *
   * @example
   * ```ts
   * await hub.partners.delete(partner.id, { force: true });
   * ```
   */
  delete(partnerId: string, options?: DeletePartnerOptions): ApiPromise<void> {
    const { force, ...rest } = options ?? {};
    const init = { ...conditional(rest), params: { path: { partnerId }, query: { force } } };
    return this.hub.request('DELETE', '/v1/partners/{partnerId}', init);
  }
}
