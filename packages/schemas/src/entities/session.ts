import { z } from 'zod';
import { batchUpsertSchema, idSchema, pageSchema, RecordMetaShape } from '../common.js';
import { OutletIdSchema, ZoneIdSchema } from './outlet.js';

export const SessionIdSchema = idSchema('ses');
// Ids of other features, kept local so this module does not depend on their files.
const ProgramRefSchema = idSchema('prg');
const StaffRefSchema = idSchema('stf');

/** RFC 3339 date-time with offset (`format: date-time` in the contract). */
const InstantSchema = z.iso.datetime({ offset: true });

export const SessionStatusSchema = z
  .enum(['scheduled', 'cancelled', 'completed'])
  .describe('Lifecycle status; a cancelled session takes no bookings');
export type SessionStatus = z.infer<typeof SessionStatusSchema>;

/**
 * A session as the API returns it: one occurrence of a program at an outlet over `[startsAt, endsAt)`.
 *
 * @example
 * const session: Session = SessionSchema.parse(await response.json());
 * const free = session.capacity - session.bookedCount;
 */
export const SessionSchema = z.strictObject({
  id: SessionIdSchema,
  externalId: z.string().nullable().describe("The operator's own key, unique per organization"),
  outletId: OutletIdSchema.describe('The outlet hosting the session'),
  zoneId: ZoneIdSchema.nullable().describe('The zone it takes place in'),
  programId: ProgramRefSchema.describe('The program this is an occurrence of'),
  coachId: StaffRefSchema.nullable().describe('The staff member leading it'),
  title: z.string().nullable().describe("Own title; null means the program's title applies"),
  startsAt: InstantSchema.describe('Start (inclusive), RFC 3339 with offset'),
  endsAt: InstantSchema.describe('End (exclusive), RFC 3339 with offset'),
  capacity: z.number().int().min(0).describe('Places that can be booked'),
  waitlistCapacity: z.number().int().min(0).describe('Places on the waitlist; 0 means none'),
  status: SessionStatusSchema,
  seriesKey: z.string().nullable().describe('The recurrence it came from; null for a one-off'),
  bookedCount: z.number().int().min(0).describe('Bookings holding a place (read-only)'),
  waitlistedCount: z.number().int().min(0).describe('Bookings on the waitlist (read-only)'),
  ...RecordMetaShape,
});
export type Session = z.infer<typeof SessionSchema>;

/** Upper bounds of a session's writable fields, shared with the import row checks (formats/schedule-row.ts). */
export const SESSION_LIMITS = {
  /** Characters (UTF-16 code units, as JavaScript counts them) of `externalId` and `seriesKey`. */
  keyLength: 255,
  /** Characters of `title`. */
  titleLength: 200,
  /** `capacity` and `waitlistCapacity`. */
  places: 100_000,
} as const;

const sessionWritable = {
  externalId: z
    .string()
    .min(1)
    .max(SESSION_LIMITS.keyLength)
    .describe("The operator's own key, unique per organization"),
  outletId: OutletIdSchema.describe('The outlet hosting the session'),
  zoneId: ZoneIdSchema.describe('A zone of that outlet'),
  programId: ProgramRefSchema.describe('The program this is an occurrence of'),
  coachId: StaffRefSchema.describe('The staff member leading it'),
  title: z
    .string()
    .min(1)
    .max(SESSION_LIMITS.titleLength)
    .describe("Own title; when omitted the program's title applies"),
  startsAt: InstantSchema.describe('Start (inclusive), RFC 3339 with offset'),
  endsAt: InstantSchema.describe('End (exclusive), RFC 3339 with offset; after startsAt'),
  capacity: z.number().int().min(0).max(SESSION_LIMITS.places).describe('Places that can be booked'),
  waitlistCapacity: z
    .number()
    .int()
    .min(0)
    .max(SESSION_LIMITS.places)
    .describe('Places on the waitlist (default 0)'),
  status: SessionStatusSchema,
  seriesKey: z.string().min(1).max(SESSION_LIMITS.keyLength).describe('The recurrence it came from'),
};

/** True when both ends are known and `endsAt` is not after `startsAt` (half-open intervals). */
function endsNotAfterStart(v: { startsAt?: string; endsAt?: string }): boolean {
  if (v.startsAt === undefined || v.endsAt === undefined) return false;
  return Date.parse(v.endsAt) <= Date.parse(v.startsAt);
}
const endsAfterStart = {
  message: 'endsAt must be after startsAt',
  path: ['endsAt'],
  params: { code: 'ends_before_start' },
};

/**
 * A session to create, or to upsert by `externalId` in a batch.
 *
 * @example
 * const input = SessionCreateSchema.parse({
 *   outletId: 'out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P',
 *   programId: 'prg_01JD0Z8Q3W5XKJ5V7J9C2N4M6S',
 *   startsAt: '2027-01-05T08:30:00+08:00',
 *   endsAt: '2027-01-05T09:30:00+08:00',
 *   capacity: 20,
 * });
 */
export const SessionCreateSchema = z
  .strictObject({
    externalId: sessionWritable.externalId.optional(),
    outletId: sessionWritable.outletId,
    zoneId: sessionWritable.zoneId.optional(),
    programId: sessionWritable.programId,
    coachId: sessionWritable.coachId.optional(),
    title: sessionWritable.title.optional(),
    startsAt: sessionWritable.startsAt,
    endsAt: sessionWritable.endsAt,
    capacity: sessionWritable.capacity,
    waitlistCapacity: sessionWritable.waitlistCapacity.optional(),
    status: sessionWritable.status.optional().describe('Default scheduled'),
    seriesKey: sessionWritable.seriesKey.optional(),
  })
  .refine((v) => !endsNotAfterStart(v), endsAfterStart);
export type SessionCreate = z.infer<typeof SessionCreateSchema>;

/** A partial update; when both ends are sent, `endsAt` must be after `startsAt`. */
export const SessionUpdateSchema = z
  .strictObject({
    externalId: sessionWritable.externalId.nullable().optional(),
    outletId: sessionWritable.outletId.optional(),
    zoneId: sessionWritable.zoneId.nullable().optional(),
    programId: sessionWritable.programId.optional(),
    coachId: sessionWritable.coachId.nullable().optional(),
    title: sessionWritable.title.nullable().optional().describe("Null reverts to the program's title"),
    startsAt: sessionWritable.startsAt.optional(),
    endsAt: sessionWritable.endsAt.optional(),
    capacity: sessionWritable.capacity.optional(),
    waitlistCapacity: sessionWritable.waitlistCapacity.optional(),
    status: sessionWritable.status.optional(),
    seriesKey: sessionWritable.seriesKey.nullable().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'at least one field is required' })
  .refine((v) => !endsNotAfterStart(v), endsAfterStart);
export type SessionUpdate = z.infer<typeof SessionUpdateSchema>;

/** The optional body of `POST /v1/sessions/{sessionId}:cancel`. */
export const SessionCancelSchema = z.strictObject({
  reason: z.string().min(1).max(500).optional().describe('Free text, kept with the cancellation event'),
});
export type SessionCancel = z.infer<typeof SessionCancelSchema>;

export const SessionPageSchema = pageSchema(SessionSchema);
export type SessionPage = z.infer<typeof SessionPageSchema>;

export const SessionBatchUpsertSchema = batchUpsertSchema(SessionCreateSchema);
export type SessionBatchUpsert = z.infer<typeof SessionBatchUpsertSchema>;
