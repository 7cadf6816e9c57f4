import { z } from 'zod';
import {
  CodeSchema,
  idSchema,
  LocalDateSchema,
  pageSchema,
  RecordMetaShape,
  TimestampSchema,
} from '../common.js';

export const PartnerIdSchema = idSchema('prt');
export const DataSharingAgreementIdSchema = idSchema('dsa');

const unique = <T>(items: T[]) => new Set(items).size === items.length;

export const PartnerKindSchema = z
  .enum(['clinic', 'school', 'senior_center', 'government', 'enterprise', 'community_committee'])
  .describe('What kind of organization the partner is');
export type PartnerKind = z.infer<typeof PartnerKindSchema>;

/** A contact person at a partner, as returned. */
export const PartnerContactSchema = z
  .strictObject({
    name: z.string().describe('Full name'),
    role: z.string().nullable().describe('Job title or role'),
    email: z.email().nullable(),
    phone: z.string().nullable().describe('Phone number as written'),
  })
  .describe('A contact person at the partner');
export type PartnerContact = z.infer<typeof PartnerContactSchema>;

/** A contact person as written; only `name` is required. */
export const PartnerContactInputSchema = z
  .strictObject({
    name: z.string().min(1).max(100).describe('Full name'),
    role: z.string().max(100).nullable().optional().describe('Job title or role'),
    email: z.email().max(254).nullable().optional(),
    phone: z.string().max(32).nullable().optional().describe('Phone number as written'),
  })
  .describe('A contact person as written');
export type PartnerContactInput = z.infer<typeof PartnerContactInputSchema>;

/**
 * A partner (clinic, school, senior centre…) as the API returns it.
 *
 * @example
 * const partner: Partner = PartnerSchema.parse(await response.json());
 */
export const PartnerSchema = z.strictObject({
  id: PartnerIdSchema,
  code: z.string().describe('Natural key, unique per organization, e.g. XH-CHC-01'),
  kind: PartnerKindSchema,
  name: z.string(),
  outletIds: z.array(z.string()).describe('Outlets the partner works with'),
  contacts: z.array(PartnerContactSchema),
  ...RecordMetaShape,
});
export type Partner = z.infer<typeof PartnerSchema>;

const partnerWritable = {
  name: z.string().min(1).max(200),
  outletIds: z
    .array(z.string())
    .max(1000)
    .refine(unique, { message: 'outletIds must be unique' })
    .describe('Outlets the partner works with'),
  contacts: z.array(PartnerContactInputSchema).max(20),
};

/**
 * A partner to create.
 *
 * @example
 * PartnerCreateSchema.parse({ code: 'XH-CHC-01', kind: 'clinic', name: '徐汇区斜土街道社区卫生服务中心' });
 */
export const PartnerCreateSchema = z.strictObject({
  code: CodeSchema,
  kind: PartnerKindSchema,
  name: partnerWritable.name,
  outletIds: partnerWritable.outletIds.optional(),
  contacts: partnerWritable.contacts.optional(),
});
export type PartnerCreate = z.infer<typeof PartnerCreateSchema>;

/** A partial update; `outletIds` and `contacts`, when sent, are the complete lists. */
export const PartnerUpdateSchema = z
  .strictObject({
    code: CodeSchema.optional(),
    kind: PartnerKindSchema.optional(),
    name: partnerWritable.name.optional(),
    outletIds: partnerWritable.outletIds.optional(),
    contacts: partnerWritable.contacts.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'at least one field is required' });
export type PartnerUpdate = z.infer<typeof PartnerUpdateSchema>;

export const PartnerPageSchema = pageSchema(PartnerSchema);
export type PartnerPage = z.infer<typeof PartnerPageSchema>;

export const DataSharingScopeSchema = z
  .enum([
    'participation:aggregate',
    'participation:individual',
    'health:observations',
    'roster:import',
    'referrals:import',
  ])
  .describe('What an agreement allows');
export type DataSharingScope = z.infer<typeof DataSharingScopeSchema>;

/** A participation export column (SPEC §6.3) an agreement may allow. */
export const DataSharingFieldSchema = z
  .enum([
    'participation_id',
    'session_id',
    'session_external_id',
    'outlet_code',
    'program_code',
    'member_ref',
    'age_group',
    'checked_in_at',
    'duration_minutes',
    'source',
  ])
  .describe('A participation export column');
export type DataSharingField = z.infer<typeof DataSharingFieldSchema>;

/**
 * A data-sharing agreement with a partner. In force from `validFrom` to `validTo` (inclusive) unless revoked.
 *
 * @example
 * const agreement: DataSharingAgreement = DataSharingAgreementSchema.parse(await response.json());
 * const inForce = agreement.revokedAt === null && agreement.validFrom <= today && (agreement.validTo ?? today) >= today;
 */
export const DataSharingAgreementSchema = z.strictObject({
  id: DataSharingAgreementIdSchema,
  partnerId: PartnerIdSchema,
  scopes: z.array(DataSharingScopeSchema),
  requiresConsent: z.boolean().describe("Share individual data only with the member's consent"),
  pseudonymize: z.boolean().describe('Replace member ids with a per-partner HMAC pseudonym'),
  fields: z.array(DataSharingFieldSchema).nullable().describe('Allowed export columns; null = all'),
  validFrom: LocalDateSchema.describe('First day in force'),
  validTo: LocalDateSchema.nullable().describe('Last day in force; null = open-ended'),
  revokedAt: TimestampSchema.nullable().describe('When it was revoked; null while not revoked'),
  createdAt: TimestampSchema,
});
export type DataSharingAgreement = z.infer<typeof DataSharingAgreementSchema>;

/**
 * An agreement to create for a partner (`POST /v1/partners/{partnerId}/agreements`).
 *
 * @example
 * DataSharingAgreementCreateSchema.parse({ scopes: ['participation:aggregate'], validFrom: '2026-09-01' });
 */
export const DataSharingAgreementCreateSchema = z
  .strictObject({
    scopes: z
      .array(DataSharingScopeSchema)
      .min(1)
      .max(5)
      .refine(unique, { message: 'scopes must be unique' })
      .describe('What the agreement allows'),
    requiresConsent: z.boolean().optional().describe('Default true'),
    pseudonymize: z.boolean().optional().describe('Default true'),
    fields: z
      .array(DataSharingFieldSchema)
      .max(10)
      .refine(unique, { message: 'fields must be unique' })
      .nullable()
      .optional()
      .describe('Allowed export columns; omit or null for all'),
    validFrom: LocalDateSchema.describe('First day in force'),
    validTo: LocalDateSchema.nullable().optional().describe('Last day in force; omit or null for open-ended'),
  })
  .refine((v) => v.validTo == null || v.validTo >= v.validFrom, {
    message: 'validTo must not be before validFrom',
    path: ['validTo'],
  });
export type DataSharingAgreementCreate = z.infer<typeof DataSharingAgreementCreateSchema>;

export const DataSharingAgreementPageSchema = pageSchema(DataSharingAgreementSchema);
export type DataSharingAgreementPage = z.infer<typeof DataSharingAgreementPageSchema>;
