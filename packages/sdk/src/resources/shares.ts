import type { ApiPromise } from '../api-promise.js';
import type { components } from '../generated/sporthub.js';
import type { RequestOptions } from '../transport/types.js';
import { type OperationQuery, Resource } from './resource.js';

type Schemas = components['schemas'];

/**
 * One health measurement as a partner receives it: `memberRef` is the partner's pseudonym (`psn_…`)
 * unless the agreement allows identifiers.
 *
 * @example
 * ```ts
 * import type { HealthMeasurementShare } from '@sporthub/sdk';
 * const isBp = (m: HealthMeasurementShare) => m.type === 'blood_pressure';
 * ```
 */
export type HealthMeasurementShare = Schemas['HealthMeasurementShare'];

/**
 * A page of a health-measurement share; keep `nextCursor` for the next run, also when `data` is empty.
 *
 * @example
 * ```ts
 * import type { HealthMeasurementSharePage } from '@sporthub/sdk';
 * const more = (page: HealthMeasurementSharePage) => page.hasMore;
 * ```
 */
export type HealthMeasurementSharePage = Schemas['HealthMeasurementSharePage'];

/**
 * One attendance of a referred member, reported back to the referring partner.
 *
 * @example
 * ```ts
 * import type { ReferralAttendanceShare } from '@sporthub/sdk';
 * const referral = (a: ReferralAttendanceShare) => a.referralId;
 * ```
 */
export type ReferralAttendanceShare = Schemas['ReferralAttendanceShare'];

/**
 * A page of a referral-attendance share.
 *
 * @example
 * ```ts
 * import type { ReferralAttendanceSharePage } from '@sporthub/sdk';
 * const count = (page: ReferralAttendanceSharePage) => page.data.length;
 * ```
 */
export type ReferralAttendanceSharePage = Schemas['ReferralAttendanceSharePage'];

/**
 * One student's participation totals for a school's PE reporting.
 *
 * @example
 * ```ts
 * import type { StudentParticipationShare } from '@sporthub/sdk';
 * const minutes = (s: StudentParticipationShare) => s.totalMinutes;
 * ```
 */
export type StudentParticipationShare = Schemas['StudentParticipationShare'];

/**
 * A page of a student-participation share.
 *
 * @example
 * ```ts
 * import type { StudentParticipationSharePage } from '@sporthub/sdk';
 * const last = (page: StudentParticipationSharePage) => page.nextCursor === null;
 * ```
 */
export type StudentParticipationSharePage = Schemas['StudentParticipationSharePage'];

/**
 * Records a share call passed over, by reason (counts only).
 *
 * @example
 * ```ts
 * import type { ShareWithheld } from '@sporthub/sdk';
 * const total = (w: ShareWithheld) => w.noConsent + w.guardianConsentRequired + w.erased;
 * ```
 */
export type ShareWithheld = Schemas['ShareWithheld'];

/**
 * One pseudonym and the member it stands for.
 *
 * @example
 * ```ts
 * import type { PseudonymMatch } from '@sporthub/sdk';
 * const known = (m: PseudonymMatch) => m.memberId !== null;
 * ```
 */
export type PseudonymMatch = Schemas['PseudonymMatch'];

/**
 * Parameters of a share feed (`after`: the previous call's `nextCursor`).
 *
 * @example
 * ```ts
 * import type { ShareFeedParams } from '@sporthub/sdk';
 * const params: ShareFeedParams = { after: '0000000000000042', limit: 500 };
 * ```
 */
export type ShareFeedParams = OperationQuery<'shareHealthMeasurements'>;

/**
 * Parameters of a student-participation share.
 *
 * @example
 * ```ts
 * import type { StudentShareParams } from '@sporthub/sdk';
 * const params: StudentShareParams = { from: '2026-09-01', to: '2026-09-30' };
 * ```
 */
export type StudentShareParams = OperationQuery<'shareStudentParticipation'>;

/**
 * `hub.partners.shares`: the server performs each share with a partner — agreement in force, consent
 * checked at that moment, pseudonyms unless the agreement allows identifiers, one `share` audit entry
 * per call (SPEC §6.5–§6.7).
 *
 * @example
 * ```ts
 * let after: string | undefined;
 * for (;;) {
 *   const page = await hub.partners.shares.healthMeasurements(partnerId, after ? { after } : {});
 *   after = page.nextCursor;
 *   if (!page.hasMore) break;
 * }
 * ```
 */
export class PartnerShares extends Resource {
  /**
   * Health measurements recorded after `after`, of members whose health-data consent for the partner
   * holds now (scope `health:observations`).
   *
   * @example
   * ```ts
   * const page = await hub.partners.shares.healthMeasurements(partnerId, { limit: 500 });
   * ```
   */
  healthMeasurements(
    partnerId: string,
    params?: ShareFeedParams,
    options?: RequestOptions,
  ): ApiPromise<HealthMeasurementSharePage> {
    return this.hub.request('GET', '/v1/partners/{partnerId}/shares/health-measurements', {
      ...options,
      params: { path: { partnerId }, query: params },
    });
  }

  /**
   * Attendance, after `after`, of members the partner referred (scope `participation:individual`).
   *
   * @example
   * ```ts
   * const page = await hub.partners.shares.referralAttendance(partnerId, { after: saved });
   * ```
   */
  referralAttendance(
    partnerId: string,
    params?: ShareFeedParams,
    options?: RequestOptions,
  ): ApiPromise<ReferralAttendanceSharePage> {
    return this.hub.request('GET', '/v1/partners/{partnerId}/shares/referral-attendance', {
      ...options,
      params: { path: { partnerId }, query: params },
    });
  }

  /**
   * One page of per-student participation totals of a school's classes.
   *
   * @example
   * ```ts
   * const page = await hub.partners.shares.studentParticipation(schoolId, { from: '2026-09-01', to: '2026-09-30' });
   * ```
   */
  studentParticipation(
    partnerId: string,
    params?: StudentShareParams,
    options?: RequestOptions,
  ): ApiPromise<StudentParticipationSharePage> {
    return this.hub.request('GET', '/v1/partners/{partnerId}/shares/student-participation', {
      ...options,
      params: { path: { partnerId }, query: params },
    });
  }
}
