import { z } from 'zod';
import { batchUpsertSchema, CodeSchema, idSchema, pageSchema, RecordMetaShape } from '../common.js';

export const OutletIdSchema = idSchema('out');
export const ZoneIdSchema = idSchema('zon');

export const AddressSchema = z
  .strictObject({
    province: z.string().max(100).optional().describe('Province or municipality, e.g. 上海市'),
    city: z.string().max(100).optional().describe('City'),
    district: z.string().max(100).optional().describe('District, e.g. 浦东新区'),
    street: z.string().max(200).optional().describe('Street and number'),
  })
  .describe('Postal address');
export type Address = z.infer<typeof AddressSchema>;

export const GeoSchema = z
  .strictObject({
    lat: z.number().min(-90).max(90).describe('Latitude in degrees (WGS-84)'),
    lng: z.number().min(-180).max(180).describe('Longitude in degrees (WGS-84)'),
  })
  .describe('WGS-84 coordinates');
export type Geo = z.infer<typeof GeoSchema>;

export const TimeRangesSchema = z
  .array(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/))
  .max(8)
  .describe('Time ranges HH:MM-HH:MM (24 h)');

export const OpeningHoursSchema = z
  .strictObject({
    mon: TimeRangesSchema.optional(),
    tue: TimeRangesSchema.optional(),
    wed: TimeRangesSchema.optional(),
    thu: TimeRangesSchema.optional(),
    fri: TimeRangesSchema.optional(),
    sat: TimeRangesSchema.optional(),
    sun: TimeRangesSchema.optional(),
  })
  .describe('Opening hours per weekday in the outlet time zone; a missing day is closed');
export type OpeningHours = z.infer<typeof OpeningHoursSchema>;

export const ZoneKindSchema = z
  .enum(['experience', 'demonstration', 'interaction', 'training', 'health_check', 'retail'])
  .describe('What the zone is used for');
export type ZoneKind = z.infer<typeof ZoneKindSchema>;

export const ZoneSchema = z.strictObject({
  id: ZoneIdSchema,
  outletId: OutletIdSchema,
  code: z.string().describe('Code, unique within its outlet'),
  name: z.string(),
  kind: ZoneKindSchema,
  capacity: z.number().int().min(0).nullable().describe('How many people the zone holds'),
  ...RecordMetaShape,
});
export type Zone = z.infer<typeof ZoneSchema>;

export const ZoneInputSchema = z.strictObject({
  code: CodeSchema.describe('Code, unique within its outlet'),
  name: z.string().min(1).max(100),
  kind: ZoneKindSchema,
  capacity: z
    .number()
    .int()
    .min(0)
    .max(100_000)
    .nullable()
    .optional()
    .describe('How many people the zone holds'),
});
export type ZoneInput = z.infer<typeof ZoneInputSchema>;

export const OutletStatusSchema = z
  .enum(['planned', 'active', 'suspended', 'closed'])
  .describe('Lifecycle status');
export type OutletStatus = z.infer<typeof OutletStatusSchema>;

export const OutletServiceSchema = z.enum([
  'consultation',
  'equipment_showcase',
  'training_registration',
  'health_check',
  'community_activity',
]);
export type OutletService = z.infer<typeof OutletServiceSchema>;

/**
 * An outlet as the API returns it.
 *
 * @example
 * const outlet: Outlet = OutletSchema.parse(await response.json());
 */
export const OutletSchema = z.strictObject({
  id: OutletIdSchema,
  code: z.string().describe('Natural key, unique per organization, e.g. SH-PD-0001'),
  name: z.string(),
  status: OutletStatusSchema,
  timezone: z.string().describe('IANA time zone'),
  address: AddressSchema.nullable(),
  geo: GeoSchema.nullable(),
  services: z.array(OutletServiceSchema),
  openingHours: OpeningHoursSchema,
  zones: z.array(ZoneSchema).describe('Zones ordered by code'),
  partnerIds: z.array(z.string()),
  ...RecordMetaShape,
});
export type Outlet = z.infer<typeof OutletSchema>;

const outletWritable = {
  name: z.string().min(1).max(200),
  status: OutletStatusSchema,
  timezone: z.string().min(1).max(64).describe('IANA time zone (default Asia/Shanghai)'),
  services: z.array(OutletServiceSchema).max(5),
  openingHours: OpeningHoursSchema,
  zones: z.array(ZoneInputSchema).max(100).describe('The complete set of zones, matched by code'),
  partnerIds: z.array(z.string()).max(100),
};

/** An outlet to create, or to upsert by `code` in a batch. Only `code` and `name` are required. */
export const OutletCreateSchema = z.strictObject({
  code: CodeSchema,
  name: outletWritable.name,
  status: outletWritable.status.optional().describe('Default active'),
  timezone: outletWritable.timezone.optional(),
  address: AddressSchema.optional(),
  geo: GeoSchema.optional(),
  services: outletWritable.services.optional(),
  openingHours: outletWritable.openingHours.optional(),
  zones: outletWritable.zones.optional(),
  partnerIds: outletWritable.partnerIds.optional(),
});
export type OutletCreate = z.infer<typeof OutletCreateSchema>;

/** A partial update; `zones`, when sent, is the complete set. */
export const OutletUpdateSchema = z
  .strictObject({
    code: CodeSchema.optional(),
    name: outletWritable.name.optional(),
    status: outletWritable.status.optional(),
    timezone: outletWritable.timezone.optional(),
    address: AddressSchema.nullable().optional(),
    geo: GeoSchema.nullable().optional(),
    services: outletWritable.services.optional(),
    openingHours: outletWritable.openingHours.optional(),
    zones: outletWritable.zones.optional(),
    partnerIds: outletWritable.partnerIds.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'at least one field is required' });
export type OutletUpdate = z.infer<typeof OutletUpdateSchema>;

export const OutletPageSchema = pageSchema(OutletSchema);
export type OutletPage = z.infer<typeof OutletPageSchema>;

export const OutletBatchUpsertSchema = batchUpsertSchema(OutletCreateSchema);
export type OutletBatchUpsert = z.infer<typeof OutletBatchUpsertSchema>;

/** A partial update of one zone (`PATCH /v1/outlets/{outletId}/zones/{zoneId}`); at least one field. */
export const ZoneUpdateSchema = z
  .strictObject({
    code: CodeSchema.describe('Code, unique within its outlet').optional(),
    name: z.string().min(1).max(100).optional(),
    kind: ZoneKindSchema.optional(),
    capacity: z
      .number()
      .int()
      .min(0)
      .max(100_000)
      .nullable()
      .optional()
      .describe('How many people the zone holds; null clears it'),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'at least one field is required' });
export type ZoneUpdate = z.infer<typeof ZoneUpdateSchema>;

export const ZonePageSchema = pageSchema(ZoneSchema);
export type ZonePage = z.infer<typeof ZonePageSchema>;
