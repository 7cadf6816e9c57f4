import type { z } from 'zod';
import * as S from '../../../packages/schemas/src/index.js';

// Members, consents, groups, enrollments (openapi/schemas/{members,groups}.yaml).
export const responseSchemas = {
  AgeGroup: S.AgeGroupSchema,
  MemberGender: S.MemberGenderSchema,
  MemberGuardian: S.MemberGuardianSchema,
  Member: S.MemberSchema,
  MemberPage: S.MemberPageSchema,
  ConsentPurpose: S.ConsentPurposeSchema,
  ConsentGrantedBy: S.ConsentGrantedBySchema,
  Consent: S.ConsentSchema,
  ConsentPage: S.ConsentPageSchema,
  MemberRecordSet: S.MemberRecordSetSchema,
  MemberPersonalData: S.MemberPersonalDataSchema,
  GroupKind: S.GroupKindSchema,
  Group: S.GroupSchema,
  GroupPage: S.GroupPageSchema,
  EnrollmentSource: S.EnrollmentSourceSchema,
  EnrollmentStatus: S.EnrollmentStatusSchema,
  Enrollment: S.EnrollmentSchema,
  EnrollmentPage: S.EnrollmentPageSchema,
} satisfies Record<string, z.ZodType>;

export const requestSchemas = {
  MemberCreate: S.MemberCreateSchema,
  MemberUpdate: S.MemberUpdateSchema,
  MemberBatchUpsert: S.MemberBatchUpsertSchema,
  ConsentGrant: S.ConsentGrantSchema,
  ConsentRevoke: S.ConsentRevokeSchema,
  GroupCreate: S.GroupCreateSchema,
  GroupUpdate: S.GroupUpdateSchema,
  EnrollmentCreate: S.EnrollmentCreateSchema,
  EnrollmentUpdate: S.EnrollmentUpdateSchema,
} satisfies Record<string, z.ZodType>;
