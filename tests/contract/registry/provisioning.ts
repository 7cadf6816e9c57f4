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
  ZonePage: S.ZonePageSchema,
  Outlet: S.OutletSchema,
  OutletStatus: S.OutletStatusSchema,
  OutletService: S.OutletServiceSchema,
  OutletPage: S.OutletPageSchema,
  Program: S.ProgramSchema,
  ProgramKind: S.ProgramKindSchema,
  ProgramAgeGroup: S.ProgramAgeGroupSchema,
  ProgramIntensity: S.ProgramIntensitySchema,
  ProgramPage: S.ProgramPageSchema,
  Staff: S.StaffSchema,
  StaffRole: S.StaffRoleSchema,
  StaffPage: S.StaffPageSchema,
} satisfies Record<string, z.ZodType>;

export const requestSchemas = {
  ZoneInput: S.ZoneInputSchema,
  ZoneUpdate: S.ZoneUpdateSchema,
  OutletCreate: S.OutletCreateSchema,
  OutletUpdate: S.OutletUpdateSchema,
  OutletBatchUpsert: S.OutletBatchUpsertSchema,
  ProgramCreate: S.ProgramCreateSchema,
  ProgramUpdate: S.ProgramUpdateSchema,
  ProgramBatchUpsert: S.ProgramBatchUpsertSchema,
  StaffCreate: S.StaffCreateSchema,
  StaffUpdate: S.StaffUpdateSchema,
  StaffBatchUpsert: S.StaffBatchUpsertSchema,
} satisfies Record<string, z.ZodType>;
