import { z } from 'zod';
import { idSchema, pageSchema, RecordMetaShape } from '../common.js';

export const GroupIdSchema = idSchema('grp');
export const EnrollmentIdSchema = idSchema('enr');

export const GroupKindSchema = z
  .enum(['school_class', 'interest_group', 'referral_cohort'])
  .describe('school_class (OneRoster), interest_group (a club), referral_cohort (referred by a clinic)');
export type GroupKind = z.infer<typeof GroupKindSchema>;

/** A group code: like an outlet code but up to 64 characters (OneRoster sourcedIds are UUIDs). */
const GroupCodeSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/)
  .describe('Natural key, unique per organization');

/**
 * A group (school class, interest group, referral cohort) as the API returns it.
 *
 * @example
 * const group: Group = GroupSchema.parse(await response.json());
 * group.memberIds.length;
 */
export const GroupSchema = z.strictObject({
  id: GroupIdSchema,
  code: z.string().describe('Natural key, unique per organization (for classes, the OneRoster sourcedId)'),
  name: z.string().describe('Display name'),
  kind: GroupKindSchema,
  partnerId: z.string().nullable().describe('The partner it belongs to; null for the operator’s own groups'),
  memberIds: z.array(idSchema('mem')).describe('Its members, ordered by id'),
  ...RecordMetaShape,
});
export type Group = z.infer<typeof GroupSchema>;

const groupWritable = {
  code: GroupCodeSchema,
  name: z.string().min(1).max(200).describe('Display name'),
  kind: GroupKindSchema,
  partnerId: z.string().nullable().describe('The partner it belongs to; null for the operator’s own groups'),
  memberIds: z
    .array(z.string())
    .max(5000)
    .refine((a) => new Set(a).size === a.length, { message: 'member ids must be unique' })
    .describe('The complete set of members'),
};

/**
 * A group to create.
 *
 * @example
 * GroupCreateSchema.parse({ code: 'WALK-PD-01', name: '世纪公园健步走小组', kind: 'interest_group' });
 */
export const GroupCreateSchema = z.strictObject({
  code: groupWritable.code,
  name: groupWritable.name,
  kind: groupWritable.kind,
  partnerId: groupWritable.partnerId.optional(),
  memberIds: groupWritable.memberIds.optional(),
});
export type GroupCreate = z.infer<typeof GroupCreateSchema>;

/** A partial update; `memberIds`, when sent, is the complete set. */
export const GroupUpdateSchema = z
  .strictObject({
    code: groupWritable.code.optional(),
    name: groupWritable.name.optional(),
    kind: groupWritable.kind.optional(),
    partnerId: groupWritable.partnerId.optional(),
    memberIds: groupWritable.memberIds.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'at least one field is required' });
export type GroupUpdate = z.infer<typeof GroupUpdateSchema>;

export const GroupPageSchema = pageSchema(GroupSchema);
export type GroupPage = z.infer<typeof GroupPageSchema>;

export const EnrollmentSourceSchema = z
  .enum(['referral', 'school', 'self'])
  .describe('referral (a clinic’s ServiceRequest), school (PE via OneRoster), self (signed up)');
export type EnrollmentSource = z.infer<typeof EnrollmentSourceSchema>;

export const EnrollmentStatusSchema = z
  .enum(['active', 'completed', 'cancelled'])
  .describe('Lifecycle status');
export type EnrollmentStatus = z.infer<typeof EnrollmentStatusSchema>;

/**
 * A member enrolled in a program, as the API returns it.
 *
 * @example
 * const enrollment: Enrollment = EnrollmentSchema.parse(await response.json());
 * if (enrollment.source === 'referral') console.log(enrollment.referenceId);
 */
export const EnrollmentSchema = z.strictObject({
  id: EnrollmentIdSchema,
  memberId: idSchema('mem').describe('The enrolled member'),
  programId: z.string().describe('The program'),
  groupId: z.string().nullable().describe('The group it came with; null when none'),
  source: EnrollmentSourceSchema,
  referenceId: z
    .string()
    .nullable()
    .describe('The source system’s reference, e.g. the clinic’s ServiceRequest id; unique per source'),
  status: EnrollmentStatusSchema,
  ...RecordMetaShape,
});
export type Enrollment = z.infer<typeof EnrollmentSchema>;

const ReferenceIdSchema = z
  .string()
  .min(1)
  .max(200)
  .nullable()
  .describe('The source system’s reference, e.g. the clinic’s ServiceRequest id');

/**
 * An enrollment to create; `status` defaults to `active`.
 *
 * @example
 * EnrollmentCreateSchema.parse({ memberId: 'mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', programId: 'prg_01JD0Z8Q3W5XKJ5V7J9C2N4M3A', source: 'referral', referenceId: 'ServiceRequest/sr-2026-000871' });
 */
export const EnrollmentCreateSchema = z.strictObject({
  memberId: z.string().describe('The member to enroll'),
  programId: z.string().describe('The program'),
  groupId: z.string().nullable().optional().describe('The group it comes with'),
  source: EnrollmentSourceSchema,
  referenceId: ReferenceIdSchema.optional(),
  status: EnrollmentStatusSchema.optional().describe('Default active'),
});
export type EnrollmentCreate = z.infer<typeof EnrollmentCreateSchema>;

/** A partial update; the member and the program cannot change. */
export const EnrollmentUpdateSchema = z
  .strictObject({
    groupId: z.string().nullable().optional(),
    referenceId: ReferenceIdSchema.optional(),
    status: EnrollmentStatusSchema.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'at least one field is required' });
export type EnrollmentUpdate = z.infer<typeof EnrollmentUpdateSchema>;

export const EnrollmentPageSchema = pageSchema(EnrollmentSchema);
export type EnrollmentPage = z.infer<typeof EnrollmentPageSchema>;
