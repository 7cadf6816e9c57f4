import type { z } from 'zod';
import * as S from '../../../packages/schemas/src/index.js';

// Shared building blocks (schemas/common.yaml).
export const responseSchemas = {
  Problem: S.ProblemSchema,
  FieldError: S.FieldErrorSchema,
  BatchItemResult: S.BatchItemResultSchema,
  BatchSummary: S.BatchSummarySchema,
  BatchUpsertResult: S.BatchUpsertResultSchema,
  Health: S.HealthSchema,
} satisfies Record<string, z.ZodType>;

export const requestSchemas = {} satisfies Record<string, z.ZodType>;
