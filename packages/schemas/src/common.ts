import { z } from 'zod';

/** Crockford base32 alphabet used by ULIDs (no I, L, O, U). */
const ULID_BODY = '[0-9A-HJKMNP-TV-Z]{26}';

/**
 * A resource id: `<prefix>_<ULID>`.
 *
 * @example
 * const OutletId = idSchema('out');
 * OutletId.parse('out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P');
 */
export function idSchema(prefix: string) {
  return z
    .string()
    .regex(new RegExp(`^${prefix}_${ULID_BODY}$`))
    .describe(`Id: "${prefix}_" followed by a 26-character ULID.`);
}

/** RFC 3339 timestamp with offset, e.g. `2026-09-01T08:00:00+08:00`. */
export const TimestampSchema = z.string().describe('RFC 3339 timestamp with offset');

/** A calendar date `YYYY-MM-DD`, interpreted in the outlet's time zone. */
export const LocalDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('Date YYYY-MM-DD in the outlet time zone');

/** Fields every mutable record carries. */
export const RecordMetaShape = {
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  revision: z.number().int().min(1).describe('Incremented on every change; sent as the ETag'),
};

/** A natural key code: letters, digits, `_ . -`, starting with a letter or digit. */
export const CodeSchema = z
  .string()
  .min(1)
  .max(32)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/)
  .describe('Natural key, unique per organization');

/** One invalid field of a request (RFC 9457 extension member `errors`). */
export const FieldErrorSchema = z.strictObject({
  path: z.string().describe('JSON Pointer to the field, or the query parameter name'),
  code: z.string().describe('Stable machine-readable code'),
  message: z.string().describe('Human-readable explanation'),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** Outcome of one item of a batch upsert. */
export const BatchItemResultSchema = z.strictObject({
  index: z.number().int().min(0).describe('Zero-based position in the request'),
  status: z.enum(['created', 'updated', 'unchanged', 'rejected']),
  id: z.string().optional().describe('Id of the written or matched record'),
  errors: z.array(FieldErrorSchema).optional().describe('Why the item was rejected'),
});
export type BatchItemResult = z.infer<typeof BatchItemResultSchema>;

export const BatchSummarySchema = z.strictObject({
  created: z.number().int().min(0),
  updated: z.number().int().min(0),
  unchanged: z.number().int().min(0),
  rejected: z.number().int().min(0),
});
export type BatchSummary = z.infer<typeof BatchSummarySchema>;

/** Result of a `:batchUpsert`, in request order. */
export const BatchUpsertResultSchema = z.strictObject({
  results: z.array(BatchItemResultSchema),
  summary: BatchSummarySchema,
});
export type BatchUpsertResult = z.infer<typeof BatchUpsertResultSchema>;

/**
 * RFC 9457 problem details as every error response carries them.
 *
 * @example
 * ProblemSchema.parse({ type: 'https://sporthub.dev/problems/not_found', title: 'Not found', status: 404, code: 'not_found', requestId: 'req_1' });
 */
export const ProblemSchema = z.object({
  type: z.string().describe('URI identifying the problem type'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string().describe('Stable machine-readable code'),
  requestId: z.string(),
  errors: z.array(FieldErrorSchema).optional(),
  results: z.array(BatchItemResultSchema).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

export const HealthSchema = z.strictObject({
  status: z.enum(['ok', 'unavailable']),
  version: z.string().optional(),
  checks: z.record(z.string(), z.string()).optional(),
});
export type Health = z.infer<typeof HealthSchema>;

/**
 * A page of a cursor-paginated list.
 *
 * @example
 * const OutletPageSchema = pageSchema(OutletSchema);
 */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.strictObject({
    data: z.array(item),
    nextCursor: z.string().nullable().describe('Cursor of the next page; null on the last page'),
  });
}

/**
 * The body of a `:batchUpsert`: up to 5,000 items.
 */
export function batchUpsertSchema<T extends z.ZodType>(item: T) {
  return z.strictObject({ items: z.array(item).min(1).max(5000) });
}
