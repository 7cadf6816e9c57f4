import { z } from 'zod';
import { CodeSchema } from '../common.js';
import {
  AddressSchema,
  GeoSchema,
  OpeningHoursSchema,
  OutletServiceSchema,
  OutletStatusSchema,
  ZoneInputSchema,
} from '../entities/outlet.js';
import {
  ProgramAgeGroupSchema,
  ProgramCategorySchema,
  ProgramIntensitySchema,
  ProgramKindSchema,
} from '../entities/program.js';
import { StaffExternalIdSchema, StaffRoleSchema } from '../entities/staff.js';

/**
 * The provisioning manifest (SPEC §6.1): the desired state of outlets (with their zones), programs,
 * staff and partners, written as YAML or JSON and applied with `sporthub plan` / `sporthub apply`.
 *
 * Every record is keyed by its natural key (`code`, or `externalId` for staff) and references between
 * records use those keys (`outlets:` of a staff member, `partners:` of an outlet), never ids. Every
 * object is strict, so a misspelt field is an error with its path rather than silently ignored. A field
 * left out of a record means "leave it as it is"; `null` clears a nullable field.
 */

/** The only manifest version there is. */
export const MANIFEST_API_VERSION = 'sporthub/v1';

/** The `$id` of the published JSON Schema (`@sporthub/schemas/manifest.schema.json`). */
export const MANIFEST_SCHEMA_ID = 'https://sporthub.dev/schemas/manifest.schema.json';

/** An array whose items must be unique: checked by zod, and `uniqueItems` in the JSON Schema. */
function uniqueArray<T extends z.ZodArray<z.ZodType>>(array: T, what: string) {
  return array
    .refine((a) => new Set(a).size === a.length, { message: `${what} must be unique` })
    .meta({ uniqueItems: true });
}

const codeList = (what: string) => uniqueArray(z.array(CodeSchema).max(100), `${what} codes`);

/**
 * A program in a manifest, keyed by `code` (the fields of `ProgramCreate`).
 *
 * @example
 * ManifestProgramSchema.parse({ code: 'P-TAICHI', title: '太极拳晨练', kind: 'class', category: 'tai_chi', ageGroups: ['adult', 'senior'], intensity: 'light' });
 */
export const ManifestProgramSchema = z
  .strictObject({
    code: CodeSchema.describe('Natural key of the program, unique per organization, e.g. P-TAICHI'),
    title: z.string().min(1).max(200).describe('Display title, e.g. 太极拳晨练'),
    kind: ProgramKindSchema,
    category: ProgramCategorySchema,
    ageGroups: uniqueArray(z.array(ProgramAgeGroupSchema).min(1).max(4), 'age groups').describe(
      'Age groups the program is meant for: child, youth, adult, senior',
    ),
    intensity: ProgramIntensitySchema,
    theme: z
      .string()
      .min(1)
      .max(100)
      .nullable()
      .optional()
      .describe('Holiday or campaign, e.g. national-fitness-day; null clears it'),
    description: z.string().max(4000).nullable().optional().describe('Longer description; null clears it'),
    defaultDurationMinutes: z
      .number()
      .int()
      .min(1)
      .max(1440)
      .nullable()
      .optional()
      .describe('Usual length of a session in minutes; null clears it'),
  })
  .describe('A program (class, event or assessment), keyed by code');
export type ManifestProgram = z.infer<typeof ManifestProgramSchema>;

/**
 * A staff member in a manifest, keyed by `externalId`; `outlets` lists outlet codes.
 *
 * @example
 * ManifestStaffSchema.parse({ externalId: 'C-0042', name: '王教练', role: 'coach', outlets: ['SH-PD-0001'], certifications: ['国家二级社会体育指导员'] });
 */
export const ManifestStaffSchema = z
  .strictObject({
    externalId: StaffExternalIdSchema,
    name: z.string().min(1).max(100).describe('Display name, e.g. 王教练'),
    role: StaffRoleSchema,
    certifications: uniqueArray(
      z.array(z.string().min(1).max(200).describe('A certification, e.g. 国家二级社会体育指导员')).max(50),
      'certifications',
    )
      .optional()
      .describe('Certifications held; the complete list'),
    outlets: codeList('outlet')
      .optional()
      .describe('Codes of the outlets the staff member works at (in this manifest or already provisioned)'),
  })
  .describe('A staff member, keyed by externalId');
export type ManifestStaff = z.infer<typeof ManifestStaffSchema>;

/**
 * An outlet in a manifest, keyed by `code`, with its zones (keyed by code within the outlet) and the
 * codes of its partners.
 *
 * @example
 * ManifestOutletSchema.parse({ code: 'SH-PD-0001', name: '浦东世纪大道体育服务点', zones: [{ code: 'EXP', name: '体验区', kind: 'experience', capacity: 20 }], partners: ['clinic-pudong-01'] });
 */
export const ManifestOutletSchema = z
  .strictObject({
    code: CodeSchema.describe('Natural key of the outlet, unique per organization, e.g. SH-PD-0001'),
    name: z.string().min(1).max(200).describe('Display name, e.g. 浦东世纪大道体育服务点'),
    status: OutletStatusSchema.optional().describe(
      'Lifecycle status: planned, active, suspended, closed (default active)',
    ),
    timezone: z.string().min(1).max(64).optional().describe('IANA time zone (default Asia/Shanghai)'),
    address: AddressSchema.optional().describe('Postal address: province, city, district, street'),
    geo: GeoSchema.optional().describe('WGS-84 coordinates {lat, lng}'),
    services: uniqueArray(z.array(OutletServiceSchema).max(5), 'services')
      .optional()
      .describe(
        'Services offered: consultation, equipment_showcase, training_registration, health_check, community_activity',
      ),
    openingHours: OpeningHoursSchema.optional().describe('Weekday (mon…sun) → list of "HH:MM-HH:MM" ranges'),
    zones: z
      .array(ZoneInputSchema.describe('A zone: code (unique within the outlet), name, kind, capacity'))
      .max(100)
      .optional()
      .describe('The complete set of zones, matched by code; zones not listed are removed on apply'),
    partners: codeList('partner').optional().describe('Codes of the partners linked to this outlet'),
  })
  .describe('An outlet with its zones, keyed by code');
export type ManifestOutlet = z.infer<typeof ManifestOutletSchema>;

/** Partner kinds (SPEC §3 Partner). */
export const ManifestPartnerKindSchema = z
  .enum(['clinic', 'school', 'senior_center', 'government', 'enterprise', 'community_committee'])
  .describe('Kind of partner organization');
export type ManifestPartnerKind = z.infer<typeof ManifestPartnerKindSchema>;

/**
 * A partner in a manifest, keyed by `code`.
 *
 * @example
 * ManifestPartnerSchema.parse({ code: 'clinic-pudong-01', kind: 'clinic', name: '浦东新区社区卫生服务中心' });
 */
export const ManifestPartnerSchema = z
  .strictObject({
    code: CodeSchema.describe('Natural key of the partner, unique per organization, e.g. clinic-pudong-01'),
    kind: ManifestPartnerKindSchema,
    name: z.string().min(1).max(200).describe('Display name, e.g. 浦东新区社区卫生服务中心'),
  })
  .describe('A partner (clinic, school, senior centre…), keyed by code');
export type ManifestPartner = z.infer<typeof ManifestPartnerSchema>;

type Keyed = { [k: string]: unknown };

/** Reports every repeated natural key of `items` at `path/<index>/<key>`. */
function unique(ctx: z.RefinementCtx, items: Keyed[] | undefined, key: string, path: (string | number)[]) {
  if (!items) return;
  const seen = new Map<unknown, number>();
  items.forEach((item, index) => {
    const value = item[key];
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else
      ctx.addIssue({
        code: 'custom',
        path: [...path, index, key],
        message: `duplicate ${key} ${JSON.stringify(value)} (first at index ${first})`,
      });
  });
}

/**
 * A provisioning manifest file (SPEC §6.1). Parse the YAML or JSON first, then validate; issues carry
 * the path of the offending field (`['outlets', 0, 'zones', 1, 'kind']`). Natural keys must be unique
 * within one file; references to outlets and partners are resolved by the CLI (they may name records
 * that are already provisioned).
 *
 * The published JSON Schema (`@sporthub/schemas/manifest.schema.json`) is generated from this schema.
 *
 * @example
 * import { parse } from 'yaml';
 * const manifest: Manifest = ManifestSchema.parse(parse(readFileSync('sporthub.yaml', 'utf8')));
 */
export const ManifestSchema = z
  .strictObject({
    $schema: z.string().optional().describe('URL of this JSON Schema, for editors; ignored'),
    apiVersion: z.literal(MANIFEST_API_VERSION).describe('Manifest format version: always sporthub/v1'),
    programs: z.array(ManifestProgramSchema).optional().describe('Programs, keyed by code'),
    staff: z.array(ManifestStaffSchema).optional().describe('Staff members, keyed by externalId'),
    outlets: z.array(ManifestOutletSchema).optional().describe('Outlets with their zones, keyed by code'),
    partners: z.array(ManifestPartnerSchema).optional().describe('Partners, keyed by code'),
  })
  .superRefine((m, ctx) => {
    unique(ctx, m.programs, 'code', ['programs']);
    unique(ctx, m.staff, 'externalId', ['staff']);
    unique(ctx, m.outlets, 'code', ['outlets']);
    unique(ctx, m.partners, 'code', ['partners']);
    m.outlets?.forEach((outlet, i) => {
      unique(ctx, outlet.zones, 'code', ['outlets', i, 'zones']);
    });
  })
  .meta({
    title: 'sporthub provisioning manifest',
    description:
      'Outlets with their zones, programs, staff and partners, keyed by code (externalId for staff); references between records use those keys. SPEC §6.1.',
  });
export type Manifest = z.infer<typeof ManifestSchema>;
