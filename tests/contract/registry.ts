import type { z } from 'zod';
import * as S from '../../packages/schemas/src/index.js';

/**
 * Every component schema of the contract, mapped to the zod schema that must agree with it.
 *
 * - `responseSchemas` are what the server sends: compared with `z.output` (what parsing yields).
 * - `requestSchemas` are what clients send: compared with `z.input`, so a zod `.default()` is fine.
 *
 * The type test (`zod-types.test-d.ts`) proves equality both ways; `examples.test.ts` proves that
 * every contract component is listed here exactly once and that every example passes both ajv and zod.
 */
export const responseSchemas = {
  Problem: S.ProblemSchema,
  FieldError: S.FieldErrorSchema,
  BatchItemResult: S.BatchItemResultSchema,
  BatchSummary: S.BatchSummarySchema,
  BatchUpsertResult: S.BatchUpsertResultSchema,
  Health: S.HealthSchema,
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
