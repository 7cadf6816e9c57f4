import { z } from 'zod';
import { idSchema, LocalDateSchema, pageSchema, TimestampSchema } from '../common.js';

export const HealthMeasurementIdSchema = idSchema('msr');
export const FeedbackIdSchema = idSchema('fbk');

const MemberRefSchema = idSchema('mem');
const OutletRefSchema = idSchema('out');
const SessionRefSchema = idSchema('ses');

/** What was measured. Each type has exactly one UCUM unit: see {@link MEASUREMENT_UNITS}. */
export const HealthMeasurementTypeSchema = z
  .enum([
    'weight',
    'height',
    'bmi',
    'heart_rate',
    'resting_heart_rate',
    'blood_pressure',
    'steps',
    'mvpa_minutes_per_week',
    'grip_strength',
  ])
  .describe('What was measured');
export type HealthMeasurementType = z.infer<typeof HealthMeasurementTypeSchema>;

/** UCUM units of measurements. */
export const HealthMeasurementUnitSchema = z
  .enum(['kg', 'cm', 'kg/m2', '/min', 'mm[Hg]', '/d', 'min/wk'])
  .describe('UCUM unit, fixed by the measurement type');
export type HealthMeasurementUnit = z.infer<typeof HealthMeasurementUnitSchema>;

/**
 * The UCUM unit of each measurement type (SPEC §3, §6.5). `unit` on a measurement is always this one.
 *
 * @example
 * MEASUREMENT_UNITS.blood_pressure; // 'mm[Hg]'
 */
export const MEASUREMENT_UNITS = {
  weight: 'kg',
  height: 'cm',
  bmi: 'kg/m2',
  heart_rate: '/min',
  resting_heart_rate: '/min',
  blood_pressure: 'mm[Hg]',
  steps: '/d',
  mvpa_minutes_per_week: 'min/wk',
  grip_strength: 'kg',
} as const satisfies Record<HealthMeasurementType, HealthMeasurementUnit>;

export const HealthMeasurementSourceSchema = z
  .enum(['staff', 'device', 'self', 'partner'])
  .describe('Who took the measurement');
export type HealthMeasurementSource = z.infer<typeof HealthMeasurementSourceSchema>;

/** A blood pressure reading in mm[Hg]. */
export const HealthBloodPressureValueSchema = z
  .strictObject({
    systolic: z.number().min(0).max(400).describe('Systolic pressure, mm[Hg]'),
    diastolic: z.number().min(0).max(300).describe('Diastolic pressure, mm[Hg]'),
  })
  .describe('Blood pressure in mm[Hg]');
export type HealthBloodPressureValue = z.infer<typeof HealthBloodPressureValueSchema>;

export const MeasurementValueSchema = z
  .union([z.number().min(0), HealthBloodPressureValueSchema])
  .describe('A number in the unit, or {systolic, diastolic} for blood_pressure');

/**
 * A health measurement as the API returns it (immutable: delete and record again to correct one).
 *
 * @example
 * const m: HealthMeasurement = HealthMeasurementSchema.parse(await response.json());
 * if (m.type === 'blood_pressure' && typeof m.value === 'object') console.log(m.value.systolic);
 */
export const HealthMeasurementSchema = z.strictObject({
  id: HealthMeasurementIdSchema,
  memberId: MemberRefSchema.describe('The member measured'),
  outletId: OutletRefSchema.describe('Where it was measured or recorded'),
  type: HealthMeasurementTypeSchema,
  value: MeasurementValueSchema,
  unit: HealthMeasurementUnitSchema,
  measuredAt: TimestampSchema.describe('When it was measured'),
  source: HealthMeasurementSourceSchema,
  createdAt: TimestampSchema,
});
export type HealthMeasurement = z.infer<typeof HealthMeasurementSchema>;

/**
 * A measurement to record. Checks that `value` is `{systolic, diastolic}` for `blood_pressure` and a
 * number otherwise, and that `unit`, when sent, is the type's UCUM unit.
 *
 * @example
 * HealthMeasurementCreateSchema.parse({
 *   memberId: 'mem_01JD0Z9R4X6YKM8W0A2B3C4D5E', outletId: 'out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P',
 *   type: 'blood_pressure', value: { systolic: 128, diastolic: 82 },
 * });
 */
export const HealthMeasurementCreateSchema = z
  .strictObject({
    memberId: MemberRefSchema.describe('The member measured'),
    outletId: OutletRefSchema.describe('Where it was measured or recorded'),
    type: HealthMeasurementTypeSchema,
    value: MeasurementValueSchema,
    unit: HealthMeasurementUnitSchema.optional().describe("The type's UCUM unit (filled in when omitted)"),
    measuredAt: TimestampSchema.optional().describe('When it was measured (default: now)'),
    source: HealthMeasurementSourceSchema.optional().describe('Default staff'),
  })
  .superRefine((m, ctx) => {
    const bloodPressure = m.type === 'blood_pressure';
    if (bloodPressure !== (typeof m.value === 'object')) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: bloodPressure
          ? 'blood_pressure needs a {systolic, diastolic} value'
          : `${m.type} needs a number value`,
      });
    }
    if (m.unit !== undefined && m.unit !== MEASUREMENT_UNITS[m.type]) {
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `the unit of ${m.type} is ${MEASUREMENT_UNITS[m.type]}`,
      });
    }
  });
export type HealthMeasurementCreate = z.infer<typeof HealthMeasurementCreateSchema>;

export const HealthMeasurementPageSchema = pageSchema(HealthMeasurementSchema);
export type HealthMeasurementPage = z.infer<typeof HealthMeasurementPageSchema>;

const RatingSchema = z.number().int().min(1).max(5).describe('Satisfaction, 1 (poor) to 5 (excellent)');
const NpsAnswerSchema = z.number().int().min(0).max(10).nullable().describe('How likely to recommend, 0–10');

/**
 * Feedback on a session or an outlet, as the API returns it.
 *
 * @example
 * const f: Feedback = FeedbackSchema.parse(await response.json());
 */
export const FeedbackSchema = z.strictObject({
  id: FeedbackIdSchema,
  sessionId: z.string().nullable().describe('The session rated; null for the outlet as a whole'),
  outletId: OutletRefSchema.describe('The outlet (the session’s when sessionId is set)'),
  memberId: z.string().nullable().describe('Who gave it; null when anonymous'),
  rating: RatingSchema,
  nps: NpsAnswerSchema,
  comment: z.string().nullable().describe('Free text; null when none'),
  createdAt: TimestampSchema,
});
export type Feedback = z.infer<typeof FeedbackSchema>;

/**
 * Feedback to record: `sessionId` or `outletId` (at least one) and a rating.
 *
 * @example
 * FeedbackCreateSchema.parse({ sessionId: 'ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', rating: 5, nps: 9, comment: '很好' });
 */
export const FeedbackCreateSchema = z
  .strictObject({
    sessionId: SessionRefSchema.optional().describe('The session rated'),
    outletId: OutletRefSchema.optional().describe('The outlet rated (taken from the session when omitted)'),
    memberId: MemberRefSchema.optional().describe('Who gives it; omit for anonymous feedback'),
    rating: RatingSchema,
    nps: NpsAnswerSchema.optional(),
    comment: z.string().max(2000).nullable().optional().describe('Free text'),
  })
  .refine((f) => f.sessionId !== undefined || f.outletId !== undefined, {
    message: 'sessionId or outletId is required',
    path: ['outletId'],
  });
export type FeedbackCreate = z.infer<typeof FeedbackCreateSchema>;

export const FeedbackPageSchema = pageSchema(FeedbackSchema);
export type FeedbackPage = z.infer<typeof FeedbackPageSchema>;

// ── Health-index report ─────────────────────────────────────────────────────────────────────────────

/** A report period: a quarter `2026-Q3` or a month `2026-09`. */
export const HealthIndexPeriodLabelSchema = z
  .string()
  .regex(/^[0-9]{4}-(Q[1-4]|0[1-9]|1[0-2])$/)
  .describe('A quarter YYYY-Qn or a month YYYY-MM');

export const HealthIndexScopeSchema = z
  .strictObject({
    kind: z.enum(['outlet', 'district']).describe('One outlet, or every outlet of a district'),
    outletId: z.string().nullable().describe('The outlet (kind outlet); null for a district'),
    outletCode: z.string().nullable().describe("The outlet's code; null for a district"),
    outletName: z.string().nullable().describe("The outlet's display name; null for a district"),
    district: z.string().nullable().describe('The district (for an outlet: its district when known)'),
    outletCount: z.number().int().min(0).describe('How many outlets the report covers'),
    timezone: z.string().describe('IANA time zone of the period dates'),
  })
  .describe('What the report covers');
export type HealthIndexScope = z.infer<typeof HealthIndexScopeSchema>;

export const HealthIndexPeriodSchema = z
  .strictObject({
    label: HealthIndexPeriodLabelSchema,
    kind: z.enum(['quarter', 'month']),
    from: LocalDateSchema.describe('First day (inclusive)'),
    to: LocalDateSchema.describe('Last day (inclusive)'),
  })
  .describe('A period of whole local days');
export type HealthIndexPeriod = z.infer<typeof HealthIndexPeriodSchema>;

export const HealthIndexAgeGroupRateSchema = z
  .strictObject({
    ageGroup: z.enum(['child', 'youth', 'adult', 'senior', 'unknown']),
    activeMembers: z
      .number()
      .int()
      .min(0)
      .nullable()
      .describe('Members with ≥1 participation; null when suppressed'),
    participations: z.number().int().min(0).nullable().describe('Their participations; null when suppressed'),
    rate: z.number().min(0).nullable().describe('participations ÷ activeMembers; null when suppressed'),
    suppressed: z
      .boolean()
      .describe('True when fewer than suppressionThreshold people (or protecting such a cell)'),
  })
  .describe('Participation of one age group');
export type HealthIndexAgeGroupRate = z.infer<typeof HealthIndexAgeGroupRateSchema>;

export const HealthIndexSatisfactionSchema = z
  .strictObject({
    responses: z.number().int().min(0).describe('Feedback entries in the period'),
    averageRating: z
      .number()
      .min(1)
      .max(5)
      .nullable()
      .describe('Mean rating 1–5; null when too few responses'),
    npsResponses: z.number().int().min(0).describe('Responses that answered the 0–10 question'),
    nps: z
      .number()
      .min(-100)
      .max(100)
      .nullable()
      .describe('Net Promoter Score −100..100; null when too few answers'),
  })
  .describe('Feedback in the period');
export type HealthIndexSatisfaction = z.infer<typeof HealthIndexSatisfactionSchema>;

export const HealthIndexMeasurementTrendSchema = z
  .strictObject({
    type: HealthMeasurementTypeSchema,
    component: z
      .enum(['systolic', 'diastolic'])
      .nullable()
      .describe('Blood pressure component; null otherwise'),
    unit: HealthMeasurementUnitSchema,
    members: z
      .number()
      .int()
      .min(0)
      .nullable()
      .describe('Members measured at least twice; null when suppressed'),
    averageStart: z.number().nullable().describe("Mean of each member's first value; null when suppressed"),
    averageEnd: z.number().nullable().describe("Mean of each member's last value; null when suppressed"),
    change: z.number().nullable().describe('averageEnd − averageStart; null when suppressed'),
    suppressed: z.boolean(),
  })
  .describe('How one measurement moved over the period');
export type HealthIndexMeasurementTrend = z.infer<typeof HealthIndexMeasurementTrendSchema>;

export const HealthIndexPreviousTotalsSchema = z
  .strictObject({
    activeMembers: z.number().int().min(0),
    participations: z.number().int().min(0),
    repeatRate: z.number().min(0).max(1).nullable(),
  })
  .describe('Headline figures of the previous period');
export type HealthIndexPreviousTotals = z.infer<typeof HealthIndexPreviousTotalsSchema>;

/**
 * The community health-index report of one outlet or district for one period. Cells counting fewer than
 * `suppressionThreshold` people are null with `suppressed: true` (SPEC §6.7).
 *
 * @example
 * const report = HealthIndexReportSchema.parse(await response.json());
 * for (const g of report.participationRateByAgeGroup) console.log(g.ageGroup, g.suppressed ? '—' : g.rate);
 */
export const HealthIndexReportSchema = z.strictObject({
  scope: HealthIndexScopeSchema,
  period: HealthIndexPeriodSchema,
  previousPeriod: HealthIndexPeriodSchema,
  activeMembers: z.number().int().min(0).describe('Distinct members with ≥1 participation in the period'),
  participations: z.number().int().min(0).describe('Check-ins in the period'),
  participationRateByAgeGroup: z
    .array(HealthIndexAgeGroupRateSchema)
    .min(5)
    .max(5)
    .describe('Always child, youth, adult, senior, unknown in this order'),
  repeatRate: z.number().min(0).max(1).nullable().describe('Share of active members who took part ≥2 times'),
  satisfaction: HealthIndexSatisfactionSchema,
  measurementTrends: z.array(HealthIndexMeasurementTrendSchema).describe('Measured types, in type order'),
  previous: HealthIndexPreviousTotalsSchema,
  suppressionThreshold: z.number().int().min(1).describe('Cells below this many people are suppressed (5)'),
  generatedAt: TimestampSchema.describe('When the report was computed'),
});
export type HealthIndexReport = z.infer<typeof HealthIndexReportSchema>;
