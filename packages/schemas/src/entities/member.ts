import { z } from 'zod';
import { batchUpsertSchema, idSchema, pageSchema, RecordMetaShape, TimestampSchema } from '../common.js';
import { EnrollmentSchema } from './group.js';

export const MemberIdSchema = idSchema('mem');
export const ConsentIdSchema = idSchema('cns');

/** What `displayName` holds once a member is erased (`POST /v1/members/{id}:erase`). */
export const ERASED_DISPLAY_NAME = '';

/** Members younger than this need a guardian's consent before their data is shared (PIPL, SPEC §6.7). */
export const MINOR_SHARING_AGE = 14;

/** The time zone in which "this year" is reckoned when none is given (the platform default). */
const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/**
 * Age group: `child` under 12, `youth` 12–17, `adult` 18–59, `senior` 60 and over.
 *
 * @example
 * AgeGroupSchema.parse('senior');
 */
export const AgeGroupSchema = z
  .enum(['child', 'youth', 'adult', 'senior'])
  .describe('Age group: child <12, youth 12–17, adult 18–59, senior ≥60');
export type AgeGroup = z.infer<typeof AgeGroupSchema>;

export const MemberGenderSchema = z
  .enum(['female', 'male', 'other', 'undisclosed'])
  .describe('Gender as the member states it');
export type MemberGender = z.infer<typeof MemberGenderSchema>;

const PhoneSchema = z
  .string()
  .min(3)
  .max(32)
  .regex(/^\+?[0-9][0-9 -]*$/)
  .describe('Phone number (personal data; never exported raw to partners)');

/**
 * A parent or guardian: a contact, not a member.
 *
 * @example
 * MemberGuardianSchema.parse({ name: '张伟', phone: '+86 138 0013 8000' });
 */
export const MemberGuardianSchema = z
  .strictObject({
    name: z.string().min(1).max(100).describe('The guardian’s name'),
    phone: PhoneSchema.nullable().describe('The guardian’s phone; null when unknown'),
  })
  .describe('Parent or guardian contact');
export type MemberGuardian = z.infer<typeof MemberGuardianSchema>;

/**
 * A member as the API returns it. After `:erase`, `displayName` is `''` (ERASED_DISPLAY_NAME), the
 * other personal fields are null and `erasedAt` is set; `ageGroup` keeps its value.
 *
 * @example
 * const member: Member = MemberSchema.parse(await response.json());
 * if (member.erasedAt === null) console.log(member.displayName);
 */
export const MemberSchema = z.strictObject({
  id: MemberIdSchema,
  externalId: z
    .string()
    .nullable()
    .describe('The operator’s own key, unique per organization; null when not set'),
  displayName: z.string().describe('Name to show; the empty string once erased'),
  birthYear: z.number().int().nullable().describe('Year of birth; null when unknown (counts as a minor)'),
  ageGroup: AgeGroupSchema.nullable().describe('Derived from birthYear, else schoolGrade; null when unknown'),
  schoolGrade: z.number().int().min(1).max(12).nullable().describe('School grade 1–12; null when none'),
  gender: MemberGenderSchema.nullable().describe('Gender; null when not recorded'),
  phone: z.string().nullable().describe('Phone number (personal data); null when not recorded'),
  guardian: MemberGuardianSchema.nullable().describe('Parent or guardian contact; null when none'),
  erasedAt: TimestampSchema.nullable().describe('When the personal data was erased; null while not erased'),
  ...RecordMetaShape,
});
export type Member = z.infer<typeof MemberSchema>;

const memberWritable = {
  externalId: z
    .string()
    .min(1)
    .max(64)
    .nullable()
    .describe('The operator’s own key, unique per organization'),
  displayName: z.string().min(1).max(100).describe('Name to show'),
  birthYear: z.number().int().min(1900).max(2100).nullable().describe('Year of birth'),
  schoolGrade: z.number().int().min(1).max(12).nullable().describe('School grade 1–12'),
  gender: MemberGenderSchema.nullable(),
  phone: PhoneSchema.nullable(),
  guardian: MemberGuardianSchema.nullable(),
};

/**
 * A member to create, or to upsert by `externalId` in a batch. Only `displayName` is required;
 * `ageGroup` is derived by the server.
 *
 * @example
 * MemberCreateSchema.parse({ externalId: 'SH-PD-M-000123', displayName: '王秀英', birthYear: 1958 });
 */
export const MemberCreateSchema = z.strictObject({
  externalId: memberWritable.externalId.optional(),
  displayName: memberWritable.displayName,
  birthYear: memberWritable.birthYear.optional(),
  schoolGrade: memberWritable.schoolGrade.optional(),
  gender: memberWritable.gender.optional(),
  phone: memberWritable.phone.optional(),
  guardian: memberWritable.guardian.optional(),
});
export type MemberCreate = z.infer<typeof MemberCreateSchema>;

/** A partial update: every field optional, at least one; null clears a field. */
export const MemberUpdateSchema = z
  .strictObject({
    externalId: memberWritable.externalId.optional(),
    displayName: memberWritable.displayName.optional(),
    birthYear: memberWritable.birthYear.optional(),
    schoolGrade: memberWritable.schoolGrade.optional(),
    gender: memberWritable.gender.optional(),
    phone: memberWritable.phone.optional(),
    guardian: memberWritable.guardian.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'at least one field is required' });
export type MemberUpdate = z.infer<typeof MemberUpdateSchema>;

export const MemberPageSchema = pageSchema(MemberSchema);
export type MemberPage = z.infer<typeof MemberPageSchema>;

export const MemberBatchUpsertSchema = batchUpsertSchema(MemberCreateSchema);
export type MemberBatchUpsert = z.infer<typeof MemberBatchUpsertSchema>;

export const ConsentPurposeSchema = z
  .enum(['health_data_sharing', 'participation_sharing', 'contact'])
  .describe('What the consent allows');
export type ConsentPurpose = z.infer<typeof ConsentPurposeSchema>;

export const ConsentGrantedBySchema = z
  .enum(['self', 'guardian'])
  .describe('Who gave the consent; guardian for a member under 14 or of unknown age');
export type ConsentGrantedBy = z.infer<typeof ConsentGrantedBySchema>;

/**
 * A recorded consent (append-only; active while `revokedAt` is null). `partnerId` null = the platform.
 *
 * @example
 * const consents = ConsentPageSchema.parse(await response.json()).data;
 * const active = consents.filter((c: Consent) => c.revokedAt === null);
 */
export const ConsentSchema = z.strictObject({
  id: ConsentIdSchema,
  memberId: MemberIdSchema.describe('The member it belongs to'),
  partnerId: z.string().nullable().describe('The partner it names; null for the platform'),
  purpose: ConsentPurposeSchema,
  grantedBy: ConsentGrantedBySchema,
  grantedAt: TimestampSchema.describe('When it was granted'),
  revokedAt: TimestampSchema.nullable().describe('When it was revoked; null while active'),
});
export type Consent = z.infer<typeof ConsentSchema>;

/**
 * A consent to record (`POST /v1/members/{id}/consents`).
 *
 * @example
 * ConsentGrantSchema.parse({ partnerId: 'ptn_01JD0Z8Q3W5XKJ5V7J9C2N4M5B', purpose: 'health_data_sharing', grantedBy: 'guardian' });
 */
export const ConsentGrantSchema = z.strictObject({
  partnerId: z
    .string()
    .nullable()
    .optional()
    .describe('The partner it names; null or omitted for the platform'),
  purpose: ConsentPurposeSchema,
  grantedBy: ConsentGrantedBySchema,
});
export type ConsentGrant = z.infer<typeof ConsentGrantSchema>;

/** Which active consent to revoke (`POST /v1/members/{id}/consents:revoke`). */
export const ConsentRevokeSchema = z.strictObject({
  partnerId: z
    .string()
    .nullable()
    .optional()
    .describe('The partner it names; null or omitted for the platform'),
  purpose: ConsentPurposeSchema,
});
export type ConsentRevoke = z.infer<typeof ConsentRevokeSchema>;

export const ConsentPageSchema = pageSchema(ConsentSchema);
export type ConsentPage = z.infer<typeof ConsentPageSchema>;

/** Records of one kind held about a member: every id, ordered by id. */
export const MemberRecordSetSchema = z.strictObject({
  count: z.number().int().min(0).describe('How many records there are'),
  ids: z.array(z.string()).describe('Their ids, ordered by id'),
});
export type MemberRecordSet = z.infer<typeof MemberRecordSetSchema>;

/**
 * Everything held about one member (PIPL access request, `GET /v1/members/{id}:personalData`).
 *
 * @example
 * const data: MemberPersonalData = MemberPersonalDataSchema.parse(await response.json());
 * console.log(data.participation.count, data.consents.length);
 */
export const MemberPersonalDataSchema = z.strictObject({
  generatedAt: TimestampSchema.describe('When this answer was assembled'),
  member: MemberSchema,
  consents: z.array(ConsentSchema).describe('Every consent, oldest first, revoked ones included'),
  groupIds: z.array(z.string()).describe('Groups the member belongs to'),
  enrollments: z.array(EnrollmentSchema).describe('The member’s program enrollments'),
  bookings: MemberRecordSetSchema.describe('Bookings'),
  participation: MemberRecordSetSchema.describe('Participation records'),
  healthMeasurements: MemberRecordSetSchema.describe('Health measurements'),
  feedback: MemberRecordSetSchema.describe('Feedback'),
});
export type MemberPersonalData = z.infer<typeof MemberPersonalDataSchema>;

// ---------------------------------------------------------------------------------------------
// Age rules (SPEC §3, §6.7). Only the birth year is stored, so ages are reckoned per calendar year.

/**
 * The calendar year of `onDate`: a `YYYY-MM-DD` local date as written, or a `Date` (or RFC 3339
 * string) seen in `timeZone` (default Asia/Shanghai).
 */
function yearOf(onDate: Date | string, timeZone: string): number {
  if (typeof onDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(onDate)) return Number(onDate.slice(0, 4));
  const date = typeof onDate === 'string' ? new Date(onDate) : onDate;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(onDate)}`);
  const year = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(date);
  return Number(year);
}

/** The age group of an age in whole years. */
function ageGroupOfAge(age: number): AgeGroup {
  if (age < 12) return 'child';
  if (age < 18) return 'youth';
  if (age < 60) return 'adult';
  return 'senior';
}

/**
 * The age group of someone born in `birthYear`, as of `onDate`. The age used is the one reached
 * during that calendar year (`year(onDate) − birthYear`), since only the year of birth is known.
 * Returns null for an unknown or future birth year.
 *
 * @example
 * ageGroupFromBirthYear(1958, '2026-09-01'); // 'senior' (68)
 * ageGroupFromBirthYear(2014, '2026-09-01'); // 'youth' (12)
 * ageGroupFromBirthYear(null, new Date());   // null
 */
export function ageGroupFromBirthYear(
  birthYear: number | null | undefined,
  onDate: Date | string,
  timeZone: string = DEFAULT_TIME_ZONE,
): AgeGroup | null {
  if (birthYear === null || birthYear === undefined || !Number.isInteger(birthYear)) return null;
  const age = yearOf(onDate, timeZone) - birthYear;
  if (age < 0) return null;
  return ageGroupOfAge(age);
}

/**
 * The age group implied by a school grade 1–12 (Chinese system: primary school, grades 1–6, is
 * `child`; middle and high school, grades 7–12, are `youth`). Null for anything else.
 *
 * @example
 * ageGroupFromSchoolGrade(4); // 'child'
 * ageGroupFromSchoolGrade(9); // 'youth'
 */
export function ageGroupFromSchoolGrade(schoolGrade: number | null | undefined): AgeGroup | null {
  if (schoolGrade === null || schoolGrade === undefined || !Number.isInteger(schoolGrade)) return null;
  if (schoolGrade >= 1 && schoolGrade <= 6) return 'child';
  if (schoolGrade >= 7 && schoolGrade <= 12) return 'youth';
  return null;
}

/**
 * A member's age group as the server derives it: from `birthYear` when known, else from
 * `schoolGrade`, else null.
 *
 * @example
 * deriveAgeGroup({ birthYear: null, schoolGrade: 8 }, '2026-09-01'); // 'youth'
 */
export function deriveAgeGroup(
  member: { birthYear?: number | null; schoolGrade?: number | null },
  onDate: Date | string,
  timeZone: string = DEFAULT_TIME_ZONE,
): AgeGroup | null {
  return (
    ageGroupFromBirthYear(member.birthYear, onDate, timeZone) ?? ageGroupFromSchoolGrade(member.schoolGrade)
  );
}

/**
 * Whether sharing this member's data counts as sharing a minor's (PIPL: under 14 needs a guardian's
 * consent). True when the birth year is unknown (a school grade alone does not count as knowing the
 * age) and whenever the member may still be under 14 on `onDate`: with only the birth year known, a
 * member turning 14 this year is treated as 13 until the next calendar year.
 *
 * @example
 * isMinorForSharing({ birthYear: 2012 }, '2026-12-31'); // true  (13 or 14)
 * isMinorForSharing({ birthYear: 2011 }, '2026-01-01'); // false (14 or 15)
 * isMinorForSharing({ birthYear: null }, new Date());   // true  (unknown age)
 */
export function isMinorForSharing(
  member: { birthYear?: number | null },
  onDate: Date | string,
  timeZone: string = DEFAULT_TIME_ZONE,
): boolean {
  const { birthYear } = member;
  if (birthYear === null || birthYear === undefined || !Number.isInteger(birthYear)) return true;
  const youngestPossibleAge = yearOf(onDate, timeZone) - birthYear - 1;
  return youngestPossibleAge < MINOR_SHARING_AGE;
}
