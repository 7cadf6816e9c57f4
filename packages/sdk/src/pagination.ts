import type { ApiPromise } from './api-promise.js';
import { PaginationError } from './errors.js';
import type { RequestOptions } from './transport/types.js';
import type { Page } from './types.js';

/**
 * Fetches the page at `cursor` (the first page when undefined): how a resource plugs into `Paginator`.
 *
 * @example
 * ```ts
 * import { Paginator, type PageFetcher, type Outlet } from '@sporthub/sdk';
 * const fetchPage: PageFetcher<Outlet> = (cursor, options) =>
 *   hub.request('GET', '/v1/outlets', { ...options, params: { query: { cursor } } });
 * const all = new Paginator(fetchPage);
 * ```
 */
export type PageFetcher<T> = (
  cursor: string | undefined,
  options: RequestOptions | undefined,
) => ApiPromise<Page<T>>;

/**
 * A list you can walk item by item (`for await`), page by page (`.pages()`), or one page at a time
 * (`.page(cursor)`). Nothing is fetched until you do; every walk starts from the first page.
 * A walk stops with a `PaginationError` if the server hands out a cursor it already returned, instead
 * of looping forever.
 *
 * @example
 * ```ts
 * for await (const outlet of hub.outlets.list({ status: 'active' })) console.log(outlet.code);
 *
 * const first = await hub.outlets.list({ limit: 100 }).page();
 * const second = first.nextCursor ? await hub.outlets.list({ limit: 100 }).page(first.nextCursor) : null;
 *
 * const some = await hub.outlets.list().toArray({ max: 500 });
 * ```
 */
export class Paginator<T> implements AsyncIterable<T> {
  readonly #fetchPage: PageFetcher<T>;
  readonly #options: RequestOptions | undefined;

  constructor(fetchPage: PageFetcher<T>, options?: RequestOptions) {
    this.#fetchPage = fetchPage;
    this.#options = options;
  }

  /**
   * One page: `{ data, nextCursor }`; `nextCursor` is null on the last page. `options` override the ones
   * given to `list()` for this request.
   */
  page(cursor?: string, options?: RequestOptions): ApiPromise<Page<T>> {
    return this.#fetchPage(cursor, options ? { ...this.#options, ...options } : this.#options);
  }

  /** Every page, in order, starting with the first. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    const seen = new Set<string>();
    let cursor: string | undefined;
    for (;;) {
      const page = await this.page(cursor);
      yield page;
      const next = page.nextCursor;
      if (next === null || next === undefined) return;
      // A cursor seen before means the server would serve the same pages again, forever.
      if (seen.has(next)) throw new PaginationError(next);
      seen.add(next);
      cursor = next;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.data;
  }

  /**
   * Collects items into an array, stopping after `max` (required, so a forgotten bound cannot load a
   * whole tenant into memory; pass `Infinity` deliberately to take everything).
   */
  async toArray({ max }: { max: number }): Promise<T[]> {
    if (!(max >= 0)) throw new RangeError(`toArray: max must be a number ≥ 0, got ${max}`);
    const items: T[] = [];
    if (max === 0) return items;
    for await (const page of this.pages()) {
      for (const item of page.data) {
        items.push(item);
        if (items.length >= max) return items;
      }
    }
    return items;
  }
}
