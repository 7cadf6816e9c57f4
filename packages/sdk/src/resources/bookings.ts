import type { ApiPromise } from '../api-promise.js';
import type { components } from '../generated/sporthub.js';
import { Paginator } from '../pagination.js';
import type { RequestOptions } from '../transport/types.js';
import { type ConditionalOptions, conditional, type ListParams, Resource } from './resource.js';

type Schemas = components['schemas'];

/**
 * A member's place (or waitlist position) in a session.
 *
 * @example
 * ```ts
 * import type { Booking } from '@sporthub/sdk';
 * const waiting = (b: Booking) => b.status === 'waitlisted';
 * ```
 */
export type Booking = Schemas['Booking'];

/**
 * A booking to make (waitlisted when the session is full).
 *
 * @example
 * ```ts
 * import type { BookingCreate } from '@sporthub/sdk';
 * const body: BookingCreate = { sessionId: 'ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', memberId: 'mem_01JD0Z9R4X6YKM8W0A2B3C4D5E' };
 * ```
 */
export type BookingCreate = Schemas['BookingCreate'];

/**
 * A partial update of a booking (e.g. marking attendance).
 *
 * @example
 * ```ts
 * import type { BookingUpdate } from '@sporthub/sdk';
 * const patch: BookingUpdate = { status: 'attended' };
 * ```
 */
export type BookingUpdate = Schemas['BookingUpdate'];

/**
 * Filters of `hub.bookings.list()`.
 *
 * @example
 * ```ts
 * import type { ListBookingsParams } from '@sporthub/sdk';
 * const params: ListBookingsParams = { sessionId: 'ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', status: 'waitlisted' };
 * ```
 */
export type ListBookingsParams = ListParams<'listBookings'>;

/**
 * `hub.bookings`: places in sessions; capacity is enforced by the server, a cancellation promotes the
 * first waitlisted booking.
 *
 * @example
 * ```ts
 * const booking = await hub.bookings.create({ sessionId, memberId });
 * await hub.bookings.cancel(booking.id);
 * ```
 */
export class Bookings extends Resource {
  /**
   * Lists bookings lazily.
   *
   * @example
   * ```ts
   * for await (const b of hub.bookings.list({ sessionId })) console.log(b.memberId, b.status);
   * ```
   */
  list(params?: ListBookingsParams, options?: RequestOptions): Paginator<Booking> {
    return new Paginator<Booking>(
      (cursor, opts) =>
        this.hub.request('GET', '/v1/bookings', { ...opts, params: { query: { ...params, cursor } } }),
      options,
    );
  }

  /**
   * Books a member into a session (`status` says `booked` or `waitlisted`).
   *
   * @example
   * ```ts
   * const booking = await hub.bookings.create({ sessionId, memberId });
   * ```
   */
  create(body: BookingCreate, options?: RequestOptions): ApiPromise<Booking> {
    return this.hub.request('POST', '/v1/bookings', { ...options, body });
  }

  /**
   * Gets one booking.
   *
   * @example
   * ```ts
   * const booking = await hub.bookings.get('bkg_01JD0Z8Q3W5XKJ5V7J9C2N4M6P');
   * ```
   */
  get(bookingId: string, options?: RequestOptions): ApiPromise<Booking> {
    return this.hub.request('GET', '/v1/bookings/{bookingId}', {
      ...options,
      params: { path: { bookingId } },
    });
  }

  /**
   * Updates a booking partially (attendance after the session).
   *
   * @example
   * ```ts
   * await hub.bookings.update(booking.id, { status: 'attended' }, { ifMatch: booking.revision });
   * ```
   */
  update(bookingId: string, body: BookingUpdate, options?: ConditionalOptions): ApiPromise<Booking> {
    const init = { ...conditional(options), params: { path: { bookingId } }, body };
    return this.hub.request('PATCH', '/v1/bookings/{bookingId}', init);
  }

  /**
   * Cancels a booking; the first waitlisted booking of the session takes the place.
   *
   * @example
   * ```ts
   * const cancelled = await hub.bookings.cancel(booking.id);
   * ```
   */
  cancel(bookingId: string, options?: ConditionalOptions): ApiPromise<Booking> {
    const init = { ...conditional(options), params: { path: { bookingId } } };
    return this.hub.request('POST', '/v1/bookings/{bookingId}:cancel', init);
  }
}
