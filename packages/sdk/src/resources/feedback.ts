import type { ApiPromise } from '../api-promise.js';
import type { components } from '../generated/sporthub.js';
import { Paginator } from '../pagination.js';
import type { RequestOptions } from '../transport/types.js';
import { type ListParams, Resource } from './resource.js';

type Schemas = components['schemas'];

/**
 * A rating (1–5, optional NPS 0–10) of a session or an outlet.
 *
 * @example
 * ```ts
 * import type { Feedback } from '@sporthub/sdk';
 * const happy = (f: Feedback) => f.rating >= 4;
 * ```
 */
export type Feedback = Schemas['Feedback'];

/**
 * Feedback to submit.
 *
 * @example
 * ```ts
 * import type { FeedbackCreate } from '@sporthub/sdk';
 * const body: FeedbackCreate = { outletId: 'out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', rating: 5, comment: '老师很耐心' };
 * ```
 */
export type FeedbackCreate = Schemas['FeedbackCreate'];

/**
 * Filters of `hub.feedback.list()`.
 *
 * @example
 * ```ts
 * import type { ListFeedbackParams } from '@sporthub/sdk';
 * const params: ListFeedbackParams = { outletId: 'out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P' };
 * ```
 */
export type ListFeedbackParams = ListParams<'listFeedback'>;

/**
 * `hub.feedback`: ratings and comments.
 *
 * @example
 * ```ts
 * await hub.feedback.create({ sessionId, rating: 5, nps: 9 });
 * ```
 */
export class FeedbackEntries extends Resource {
  /**
   * Lists feedback lazily.
   *
   * @example
   * ```ts
   * for await (const f of hub.feedback.list({ outletId })) console.log(f.rating, f.comment);
   * ```
   */
  list(params?: ListFeedbackParams, options?: RequestOptions): Paginator<Feedback> {
    return new Paginator<Feedback>(
      (cursor, opts) =>
        this.hub.request('GET', '/v1/feedback', { ...opts, params: { query: { ...params, cursor } } }),
      options,
    );
  }

  /**
   * Submits feedback.
   *
   * @example
   * ```ts
   * const feedback = await hub.feedback.create({ outletId, rating: 4 });
   * ```
   */
  create(body: FeedbackCreate, options?: RequestOptions): ApiPromise<Feedback> {
    return this.hub.request('POST', '/v1/feedback', { ...options, body });
  }

  /**
   * Gets one feedback entry.
   *
   * @example
   * ```ts
   * const feedback = await hub.feedback.get('fbk_01JD0Z8Q3W5XKJ5V7J9C2N4M6P');
   * ```
   */
  get(feedbackId: string, options?: RequestOptions): ApiPromise<Feedback> {
    return this.hub.request('GET', '/v1/feedback/{feedbackId}', {
      ...options,
      params: { path: { feedbackId } },
    });
  }
}
