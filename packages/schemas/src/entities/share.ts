import { z } from 'zod';
import { idSchema, TimestampSchema } from '../common.js';
import {
  HealthMeasurementIdSchema,
  HealthMeasurementTypeSchema,
  HealthMeasurementUnitSchema,
  MeasurementValueSchema,
} from './health.js';

/*
 * Partner shares (SPEC §6.5–§6.7): what a partner may receive, as the server hands it out after checking
 * the agreement and each member's consent at the moment of the call. Members appear as `memberRef`: the
 * partner's pseudonym (`psn_…`), or the member id when the agreement allows identifiers.
 */

const MemberRefSchema = z
  .string()
  .describe("The partner's pseudonym of the member (psn_…), or the member id when the agreement allows it");

/** Records a share call passed over, by reason (counts only, never who). */
export const ShareWithheldSchema = z.strictObject({
  noConsent: z.number().int().min(0).describe('No valid consent naming this partner and purpose'),
  guardianConsentRequired: z
    .number()
    .int()
    .min(0)
    .describe("Under 14 (or age unknown) with no guardian's consent"),
  erased: z.number().int().min(0).describe('The member was erased'),
});
export type ShareWithheld = z.infer<typeof ShareWithheldSchema>;

/** One health measurement as a partner receives it. */
export const HealthMeasurementShareSchema = z.strictObject({
  id: HealthMeasurementIdSchema,
  memberRef: MemberRefSchema,
  type: HealthMeasurementTypeSchema,
  value: MeasurementValueSchema,
  unit: HealthMeasurementUnitSchema,
  measuredAt: TimestampSchema.describe('When it was measured'),
});
export type HealthMeasurementShare = z.infer<typeof HealthMeasurementShareSchema>;

const feedPage = <T extends z.ZodType>(item: T) =>
  z.strictObject({
    data: z.array(item),
    nextCursor: z.string().describe('The position reached; pass it as `after`'),
    hasMore: z.boolean().describe('More records are already waiting; call again now'),
    withheld: ShareWithheldSchema,
  });

/**
 * A page of a health-measurement share. Keep `nextCursor` for the next run, also when `data` is empty.
 *
 * @example
 * const page = HealthMeasurementSharePageSchema.parse(body);
 * if (page.hasMore) console.log('call again after', page.nextCursor);
 */
export const HealthMeasurementSharePageSchema = feedPage(HealthMeasurementShareSchema);
export type HealthMeasurementSharePage = z.infer<typeof HealthMeasurementSharePageSchema>;

/** One attendance of a member referred by the partner, reported back to it. */
export const ReferralAttendanceShareSchema = z.strictObject({
  id: idSchema('par'),
  memberRef: MemberRefSchema,
  referralId: z.string().describe("The partner's referral id (the enrollment's referenceId)"),
  programCode: z.string().describe('The program attended'),
  outletCode: z.string().describe('Where'),
  checkedInAt: TimestampSchema.describe("Check-in time with the outlet's offset"),
  durationMinutes: z.number().int().min(0).nullable().describe('How long, when recorded'),
});
export type ReferralAttendanceShare = z.infer<typeof ReferralAttendanceShareSchema>;

/** A page of a referral-attendance share. */
export const ReferralAttendanceSharePageSchema = feedPage(ReferralAttendanceShareSchema);
export type ReferralAttendanceSharePage = z.infer<typeof ReferralAttendanceSharePageSchema>;

/** One student's participation totals for a school's PE reporting. */
export const StudentParticipationShareSchema = z.strictObject({
  memberRef: MemberRefSchema,
  sourcedId: z
    .string()
    .nullable()
    .describe("The school's OneRoster sourcedId; null unless the agreement allows identifiers"),
  classCodes: z.array(z.string()).describe("Codes of the school's classes the student belongs to"),
  participations: z.number().int().min(0).describe('Check-ins in the period'),
  totalMinutes: z.number().int().min(0).describe('Sum of recorded durations in the period'),
  firstCheckedInAt: TimestampSchema.nullable().describe('First check-in in the period'),
  lastCheckedInAt: TimestampSchema.nullable().describe('Last check-in in the period'),
});
export type StudentParticipationShare = z.infer<typeof StudentParticipationShareSchema>;

/** A page of a student-participation share. */
export const StudentParticipationSharePageSchema = z.strictObject({
  data: z.array(StudentParticipationShareSchema),
  nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last'),
  withheld: ShareWithheldSchema,
});
export type StudentParticipationSharePage = z.infer<typeof StudentParticipationSharePageSchema>;

/** Pseudonyms a partner sent back, to resolve to members. */
export const PseudonymResolveSchema = z.strictObject({
  pseudonyms: z.array(z.string()).min(1).max(1000).describe('psn_… values issued to this partner'),
});
export type PseudonymResolve = z.infer<typeof PseudonymResolveSchema>;

/** One pseudonym and the member it stands for (null when none of the partner's). */
export const PseudonymMatchSchema = z.strictObject({
  pseudonym: z.string(),
  memberId: z.string().nullable().describe('The member id, or null'),
});
export type PseudonymMatch = z.infer<typeof PseudonymMatchSchema>;

/** One match per pseudonym sent, in order. */
export const PseudonymResolutionSchema = z.strictObject({ data: z.array(PseudonymMatchSchema) });
export type PseudonymResolution = z.infer<typeof PseudonymResolutionSchema>;
