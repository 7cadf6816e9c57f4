import type { ApiPromise } from '../api-promise.js';
import type { components } from '../generated/sporthub.js';
import { Paginator } from '../pagination.js';
import type { RequestOptions } from '../transport/types.js';
import { type ConditionalOptions, conditional, type ListParams, Resource } from './resource.js';

type Schemas = components['schemas'];

/**
 * A member's enrolment in a program (a clinic referral, a school class, or self-enrolment).
 *
 * @example
 * ```ts
 * import type { Enrollment } from '@sporthub/sdk';
 * const fromClinic = (e: Enrollment) => e.source === 'referral';
 * ```
 */
export type Enrollment = Schemas['Enrollment'];

/**
 * An enrolment to create.
 *
 * @example
 * ```ts
 * import type { EnrollmentCreate } from '@sporthub/sdk';
 * const body: EnrollmentCreate = { memberId: 'mem_01JD0Z9R4X6YKM8W0A2B3C4D5E', programId: 'prg_01JD0Z8Q3W5XKJ5V7J9C2N4M6S', source: 'self' };
 * ```
 */
export type EnrollmentCreate = Schemas['EnrollmentCreate'];

/**
 * A partial update of an enrolment.
 *
 * @example
 * ```ts
 * import type { EnrollmentUpdate } from '@sporthub/sdk';
 * const patch: EnrollmentUpdate = { status: 'completed' };
 * ```
 */
export type EnrollmentUpdate = Schemas['EnrollmentUpdate'];

/**
 * Filters of `hub.enrollments.list()`.
 *
 * @example
 * ```ts
 * import type { ListEnrollmentsParams } from '@sporthub/sdk';
 * const params: ListEnrollmentsParams = { programId: 'prg_01JD0Z8Q3W5XKJ5V7J9C2N4M6S' };
 * ```
 */
export type ListEnrollmentsParams = ListParams<'listEnrollments'>;

/**
 * `hub.enrollments`: members enrolled in programs.
 *
 * @example
 * ```ts
 * const enrollment = await hub.enrollments.create({ memberId, programId, source: 'referral', referenceId: 'SR-1' });
 * ```
 */
export class Enrollments extends Resource {
  /**
   * Lists enrolments lazily.
   *
   * @example
   * ```ts
   * for await (const e of hub.enrollments.list({ memberId })) console.log(e.programId, e.status);
   * ```
   */
  list(params?: ListEnrollmentsParams, options?: RequestOptions): Paginator<Enrollment> {
    return new Paginator<Enrollment>(
      (cursor, opts) =>
        this.hub.request('GET', '/v1/enrollments', { ...opts, params: { query: { ...params, cursor } } }),
      options,
    );
  }

  /**
   * Enrols a member in a program.
   *
   * @example
   * ```ts
   * const enrollment = await hub.enrollments.create({ memberId, programId, source: 'self' });
   * ```
   */
  create(body: EnrollmentCreate, options?: RequestOptions): ApiPromise<Enrollment> {
    return this.hub.request('POST', '/v1/enrollments', { ...options, body });
  }

  /**
   * Gets one enrolment.
   *
   * @example
   * ```ts
   * const enrollment = await hub.enrollments.get('enr_01JD0Z8Q3W5XKJ5V7J9C2N4M6P');
   * ```
   */
  get(enrollmentId: string, options?: RequestOptions): ApiPromise<Enrollment> {
    return this.hub.request('GET', '/v1/enrollments/{enrollmentId}', {
      ...options,
      params: { path: { enrollmentId } },
    });
  }

  /**
   * Updates an enrolment partially.
   *
   * @example
   * ```ts
   * await hub.enrollments.update(enrollment.id, { status: 'completed' });
   * ```
   */
  update(enrollmentId: string, body: EnrollmentUpdate, options?: ConditionalOptions): ApiPromise<Enrollment> {
    const init = { ...conditional(options), params: { path: { enrollmentId } }, body };
    return this.hub.request('PATCH', '/v1/enrollments/{enrollmentId}', init);
  }
}
