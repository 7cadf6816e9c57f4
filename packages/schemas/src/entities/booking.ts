import { z } from 'zod';
import { idSchema, pageSchema, RecordMetaShape } from '../common.js';
import { SessionIdSchema } from './session.js';

export const BookingIdSchema = idSchema('bkg');
// The member feature owns `mem_` ids; kept local so this module does not depend on its file.
const MemberRefSchema = idSchema('mem');

export const BookingStatusSchema = z
  .enum(['booked', 'waitlisted', 'cancelled', 'attended', 'no_show'])
  .describe('booked holds a place, waitlisted waits for one; attended and no_show keep the place counted');
export type BookingStatus = z.infer<typeof BookingStatusSchema>;

/**
 * A member's place (or waitlist position) in a session, as the API returns it.
 *
 * @example
 * const booking: Booking = BookingSchema.parse(await response.json());
 * if (booking.status === 'waitlisted') console.log(`候补第 ${booking.position} 位`);
 */
export const BookingSchema = z.strictObject({
  id: BookingIdSchema,
  sessionId: SessionIdSchema.describe('The session booked'),
  memberId: MemberRefSchema.describe('The member holding the booking'),
  status: BookingStatusSchema,
  position: z.number().int().min(1).nullable().describe('1-based waitlist place while waitlisted'),
  cancelledAt: z.iso.datetime({ offset: true }).nullable().describe('When it was cancelled; null otherwise'),
  ...RecordMetaShape,
});
export type Booking = z.infer<typeof BookingSchema>;

/**
 * Book a member into a session; the server answers `booked` or `waitlisted`.
 *
 * @example
 * BookingCreateSchema.parse({ sessionId: 'ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', memberId: 'mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6Q' });
 */
export const BookingCreateSchema = z.strictObject({
  sessionId: SessionIdSchema.describe('The session to book'),
  memberId: MemberRefSchema.describe('The member to book'),
});
export type BookingCreate = z.infer<typeof BookingCreateSchema>;

/** Record the outcome of a booked place after the session. */
export const BookingUpdateSchema = z.strictObject({
  status: z.enum(['attended', 'no_show']).describe('The outcome'),
});
export type BookingUpdate = z.infer<typeof BookingUpdateSchema>;

export const BookingPageSchema = pageSchema(BookingSchema);
export type BookingPage = z.infer<typeof BookingPageSchema>;
