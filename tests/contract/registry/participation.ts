import type { z } from 'zod';
import * as S from '../../../packages/schemas/src/index.js';

// Participation, health measurements, feedback, reports (openapi/schemas/{participation,health}.yaml).
export const responseSchemas = {
  ParticipationSource: S.ParticipationSourceSchema,
  Participation: S.ParticipationSchema,
  ParticipationPage: S.ParticipationPageSchema,
  ParticipationExportRow: S.ParticipationExportRowSchema,
  ParticipationExportTrailer: S.ParticipationExportTrailerSchema,
  HealthMeasurementType: S.HealthMeasurementTypeSchema,
  HealthMeasurementUnit: S.HealthMeasurementUnitSchema,
  HealthMeasurementSource: S.HealthMeasurementSourceSchema,
  HealthBloodPressureValue: S.HealthBloodPressureValueSchema,
  HealthMeasurement: S.HealthMeasurementSchema,
  HealthMeasurementPage: S.HealthMeasurementPageSchema,
  Feedback: S.FeedbackSchema,
  FeedbackPage: S.FeedbackPageSchema,
  HealthIndexScope: S.HealthIndexScopeSchema,
  HealthIndexPeriod: S.HealthIndexPeriodSchema,
  HealthIndexAgeGroupRate: S.HealthIndexAgeGroupRateSchema,
  HealthIndexSatisfaction: S.HealthIndexSatisfactionSchema,
  HealthIndexMeasurementTrend: S.HealthIndexMeasurementTrendSchema,
  HealthIndexPreviousTotals: S.HealthIndexPreviousTotalsSchema,
  HealthIndexReport: S.HealthIndexReportSchema,
} satisfies Record<string, z.ZodType>;

export const requestSchemas = {
  ParticipationCreate: S.ParticipationCreateSchema,
  ParticipationBatchUpsert: S.ParticipationBatchUpsertSchema,
  HealthMeasurementCreate: S.HealthMeasurementCreateSchema,
  FeedbackCreate: S.FeedbackCreateSchema,
} satisfies Record<string, z.ZodType>;
