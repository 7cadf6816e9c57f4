import type { z } from 'zod';
import * as S from '../../../packages/schemas/src/index.js';

// Outlets, zones, programs, staff (openapi/schemas/{outlets,programs,staff}.yaml).
export const responseSchemas = {
  Address: S.AddressSchema,
  Geo: S.GeoSchema,
  OpeningHours: S.OpeningHoursSchema,
  TimeRanges: S.TimeRangesSchema,
  Zone: S.ZoneSchema,
  ZoneKind: S.ZoneKindSchema,
  Outlet: S.OutletSchema,
  OutletStatus: S.OutletStatusSchema,
  OutletService: S.OutletServiceSchema,
  OutletPage: S.OutletPageSchema,
} satisfies Record<string, z.ZodType>;

export const requestSchemas = {
  ZoneInput: S.ZoneInputSchema,
  OutletCreate: S.OutletCreateSchema,
  OutletUpdate: S.OutletUpdateSchema,
  OutletBatchUpsert: S.OutletBatchUpsertSchema,
} satisfies Record<string, z.ZodType>;
