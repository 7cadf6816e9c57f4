import { setTimeout as delay } from 'node:timers/promises';
import type { components } from '../generated/sporthub.js';
import { Paginator } from '../pagination.js';
import type { RequestOptions } from '../transport/types.js';
import { type ListParams, Resource } from './resource.js';

type Schemas = components['schemas'];

/**
 * One committed change, as the change feed lists it and as every webhook delivers it.
 *
 * @example
 * ```ts
 * import type { Event } from '@sporthub/sdk';
 * const isBooking = (e: Event) => e.type.startsWith('booking.');
 * ```
 */
export type Event = Schemas['Event'];

/**
 * The type of an event (`outlet.created`, `participation.recorded`, `consent.revoked`, …).
 *
 * @example
 * ```ts
 * import type { EventType } from '@sporthub/sdk';
 * const types: EventType[] = ['participation.recorded', 'consent.revoked'];
 * ```
 */
export type EventType = Schemas['EventType'];

/**
 * Filters of `hub.events.list()`: `after` (an event id; start after it), `types`, `limit`.
 *
 * @example
 * ```ts
 * import type { ListEventsParams } from '@sporthub/sdk';
 * const params: ListEventsParams = { after: 'evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', types: ['booking.created'] };
 * ```
 */
export type ListEventsParams = ListParams<'listEvents'>;

/**
 * Options of `hub.events.tail()`: where to start, which types, how long to wait between polls of an
 * empty feed, and the signal that ends the tail.
 *
 * @example
 * ```ts
 * const options: TailEventsOptions = { after: lastSeenId, types: ['participation.recorded'], intervalMs: 2_000, signal };
 * ```
 */
export interface TailEventsOptions extends ListEventsParams {
  /** Ends the iteration (normally, without an error) when aborted. */
  signal?: AbortSignal | undefined;
  /** Wait between polls when the feed has nothing new. Default 1,000 ms. */
  intervalMs?: number | undefined;
  /** Per-request options (timeout, retries, headers). */
  requestOptions?: Omit<RequestOptions, 'signal'> | undefined;
}

/**
 * `hub.events`: the change feed, in commit order. `list()` walks what is there now; `tail()` keeps
 * polling for new events forever. Persist the last `event.id` you processed and pass it as `after` to
 * resume; an `after` older than the 30-day retention throws a 410 `cursor_expired` error.
 *
 * @example
 * ```ts
 * for await (const event of hub.events.tail({ after: checkpoint, signal })) {
 *   await handle(event);
 *   checkpoint = event.id;
 * }
 * ```
 */
export class Events extends Resource {
  /**
   * The events after `after` (from the oldest retained when absent) up to now, as a `Paginator` over
   * `after` cursors: the walk ends at the first empty page.
   *
   * @example
   * ```ts
   * for await (const event of hub.events.list({ after: checkpoint, types: ['consent.revoked'] })) console.log(event.id);
   * ```
   */
  list(params?: ListEventsParams, options?: RequestOptions): Paginator<Event> {
    return new Paginator<Event>((cursor, opts) => {
      const { after, types, limit } = params ?? {};
      // `types` is `style: form, explode: false` in the contract: one comma-separated value.
      const query = { after: cursor ?? after, limit, types: types?.join(',') as unknown as EventType[] };
      return this.hub.request('GET', '/v1/events', { ...opts, params: { query } });
    }, options);
  }

  /**
   * Polls the feed forever: yields every event after `after` in commit order, then waits `intervalMs`
   * whenever a page is not full and polls again. Ends when `signal` aborts. Errors (after the SDK's own
   * retries) end the iteration with the error; resume from the last event you processed.
   *
   * @example
   * ```ts
   * const controller = new AbortController();
   * process.once('SIGINT', () => controller.abort());
   * for await (const event of hub.events.tail({ types: ['participation.recorded'], signal: controller.signal })) {
   *   console.log(event.id, event.data);
   * }
   * ```
   */
  async *tail(options: TailEventsOptions = {}): AsyncGenerator<Event, void, undefined> {
    const { signal, intervalMs = 1_000, requestOptions, ...params } = options;
    const feed = this.list({ ...params, after: undefined });
    let after = params.after;
    while (!signal?.aborted) {
      let page: Awaited<ReturnType<typeof feed.page>>;
      try {
        page = await feed.page(after, { ...requestOptions, signal });
      } catch (error) {
        if (signal?.aborted) return;
        throw error;
      }
      for (const event of page.data) {
        yield event;
        after = event.id;
      }
      const full = params.limit !== undefined ? page.data.length >= params.limit : page.data.length >= 50;
      if (full) continue;
      try {
        await delay(intervalMs, undefined, { signal });
      } catch {
        return; // aborted while waiting
      }
    }
  }
}
