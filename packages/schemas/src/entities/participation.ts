import { z } from 'zod';
import { batchUpsertSchema, idSchema, pageSchema, RecordMetaShape, TimestampSchema } from '../common.js';

export const ParticipationIdSchema = idSchema('par');

/** Ids this feature refers to (owned by other features; same `<prefix>_<ULID>` shape). */
const SessionRefSchema = idSchema('ses');
const MemberRefSchema = idSchema('mem');
const OutletRefSchema = idSchema('out');

/** How a check-in was recorded. */
export const ParticipationSourceSchema = z
  .enum(['staff', 'qr', 'partner', 'import'])
  .describe('How the check-in was recorded: staff, qr (member scanned), partner, import (file)');
export type ParticipationSource = z.infer<typeof ParticipationSourceSchema>;

const DurationMinutesSchema = z
  .number()
  .int()
  .min(0)
  .max(1440)
  .nullable()
  .describe('Minutes actually taken part; null when not recorded');

/**
 * One member taking part in one session, as the API returns it. The outlet comes from the session.
 *
 * @example
 * const p: Participation = ParticipationSchema.parse({
 *   id: 'par_01JD1A2B3C4D5E6F7G8H9J0K1M', externalId: null,
 *   sessionId: 'ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', memberId: 'mem_01JD0Z9R4X6YKM8W0A2B3C4D5E',
 *   outletId: 'out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', checkedInAt: '2026-09-05T07:58:12+08:00',
 *   durationMinutes: 60, source: 'staff', createdAt: '2026-09-05T07:58:12+08:00',
 *   updatedAt: '2026-09-05T07:58:12+08:00', revision: 1,
 * });
 */
export const ParticipationSchema = z.strictObject({
  id: ParticipationIdSchema,
  externalId: z.string().nullable().describe("The operator's own key (natural key); null when not set"),
  sessionId: SessionRefSchema.describe('The session taken part in'),
  memberId: MemberRefSchema.describe('The member who took part'),
  outletId: OutletRefSchema.describe("The session's outlet (not writable)"),
  checkedInAt: TimestampSchema.describe('When the member checked in'),
  durationMinutes: DurationMinutesSchema,
  source: ParticipationSourceSchema,
  ...RecordMetaShape,
});
export type Participation = z.infer<typeof ParticipationSchema>;

/**
 * A check-in to record (`POST /v1/participation`), or to upsert in a batch (matched on `externalId`,
 * else on `sessionId` + `memberId`). A walk-in needs no booking.
 *
 * @example
 * ParticipationCreateSchema.parse({ sessionId: 'ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', memberId: 'mem_01JD0Z9R4X6YKM8W0A2B3C4D5E' });
 */
export const ParticipationCreateSchema = z.strictObject({
  externalId: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe("The operator's own key; batch upserts match on it"),
  sessionId: SessionRefSchema.describe('The session taken part in'),
  memberId: MemberRefSchema.describe('The member who took part'),
  checkedInAt: TimestampSchema.optional().describe('When the member checked in (default: now)'),
  durationMinutes: DurationMinutesSchema.optional(),
  source: ParticipationSourceSchema.optional().describe('Default staff'),
});
export type ParticipationCreate = z.infer<typeof ParticipationCreateSchema>;

export const ParticipationPageSchema = pageSchema(ParticipationSchema);
export type ParticipationPage = z.infer<typeof ParticipationPageSchema>;

export const ParticipationBatchUpsertSchema = batchUpsertSchema(ParticipationCreateSchema);
export type ParticipationBatchUpsert = z.infer<typeof ParticipationBatchUpsertSchema>;
