import { z } from 'zod';
import { batchUpsertSchema, CodeSchema, idSchema, pageSchema, RecordMetaShape } from '../common.js';

export const ProgramIdSchema = idSchema('prg');

export const ProgramKindSchema = z
  .enum(['class', 'event', 'assessment'])
  .describe('class: a recurring course; event: a one-off or themed activity; assessment: a health check');
export type ProgramKind = z.infer<typeof ProgramKindSchema>;

/**
 * Category values the platform knows (reports group by them). Any other lowercase snake_case
 * category is accepted too.
 */
export const KNOWN_PROGRAM_CATEGORIES = [
  'walking',
  'running',
  'tai_chi',
  'qigong',
  'yoga',
  'pilates',
  'basketball',
  'football',
  'badminton',
  'table_tennis',
  'swimming',
  'square_dance',
  'dance',
  'strength',
  'balance',
  'stretching',
  'cycling',
  'rope_skipping',
  'health_check',
  'other',
] as const;

export const ProgramCategorySchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z][a-z0-9_]*$/)
  .describe(
    'Lowercase snake_case category. Known values: walking, running, tai_chi, qigong, yoga, pilates, basketball, football, badminton, table_tennis, swimming, square_dance, dance, strength, balance, stretching, cycling, rope_skipping, health_check, other; any other snake_case value is accepted',
  );

export const ProgramAgeGroupSchema = z
  .enum(['child', 'youth', 'adult', 'senior'])
  .describe('Age group: child <12, youth 12–17, adult 18–59, senior ≥60');
export type ProgramAgeGroup = z.infer<typeof ProgramAgeGroupSchema>;

export const ProgramIntensitySchema = z
  .enum(['light', 'moderate', 'vigorous'])
  .describe('Physical intensity');
export type ProgramIntensity = z.infer<typeof ProgramIntensitySchema>;

/**
 * A program (class, event or assessment) as the API returns it.
 *
 * @example
 * const program: Program = ProgramSchema.parse(await response.json());
 * program.ageGroups.includes('senior');
 */
export const ProgramSchema = z.strictObject({
  id: ProgramIdSchema,
  code: z.string().describe('Natural key, unique per organization, e.g. P-TAICHI'),
  title: z.string().describe('Display title'),
  kind: ProgramKindSchema,
  category: z.string().describe('Lowercase snake_case category, e.g. tai_chi'),
  ageGroups: z.array(ProgramAgeGroupSchema).describe('Age groups the program is meant for'),
  intensity: ProgramIntensitySchema,
  theme: z.string().nullable().describe('Holiday or campaign, e.g. national-fitness-day; null when none'),
  description: z.string().nullable().describe('Longer description; null when none'),
  defaultDurationMinutes: z
    .number()
    .int()
    .min(1)
    .nullable()
    .describe('Usual length of a session in minutes; null when not set'),
  ...RecordMetaShape,
});
export type Program = z.infer<typeof ProgramSchema>;

const programWritable = {
  title: z.string().min(1).max(200).describe('Display title'),
  kind: ProgramKindSchema,
  category: ProgramCategorySchema,
  ageGroups: z
    .array(ProgramAgeGroupSchema)
    .min(1)
    .max(4)
    .refine((a) => new Set(a).size === a.length, { message: 'age groups must be unique' })
    .describe('Age groups the program is meant for (unique)'),
  intensity: ProgramIntensitySchema,
  theme: z.string().min(1).max(100).nullable().describe('Holiday or campaign, e.g. national-fitness-day'),
  description: z.string().max(4000).nullable().describe('Longer description'),
  defaultDurationMinutes: z
    .number()
    .int()
    .min(1)
    .max(1440)
    .nullable()
    .describe('Usual length of a session in minutes'),
};

/**
 * A program to create, or to upsert by `code` in a batch (and a program in a manifest).
 *
 * @example
 * ProgramCreateSchema.parse({ code: 'P-TAICHI', title: '太极拳晨练', kind: 'class', category: 'tai_chi', ageGroups: ['adult', 'senior'], intensity: 'light' });
 */
export const ProgramCreateSchema = z.strictObject({
  code: CodeSchema,
  title: programWritable.title,
  kind: programWritable.kind,
  category: programWritable.category,
  ageGroups: programWritable.ageGroups,
  intensity: programWritable.intensity,
  theme: programWritable.theme.optional(),
  description: programWritable.description.optional(),
  defaultDurationMinutes: programWritable.defaultDurationMinutes.optional(),
});
export type ProgramCreate = z.infer<typeof ProgramCreateSchema>;

/** A partial update: every field optional, at least one; null clears a nullable field. */
export const ProgramUpdateSchema = z
  .strictObject({
    code: CodeSchema.optional(),
    title: programWritable.title.optional(),
    kind: programWritable.kind.optional(),
    category: programWritable.category.optional(),
    ageGroups: programWritable.ageGroups.optional(),
    intensity: programWritable.intensity.optional(),
    theme: programWritable.theme.optional(),
    description: programWritable.description.optional(),
    defaultDurationMinutes: programWritable.defaultDurationMinutes.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'at least one field is required' });
export type ProgramUpdate = z.infer<typeof ProgramUpdateSchema>;

export const ProgramPageSchema = pageSchema(ProgramSchema);
export type ProgramPage = z.infer<typeof ProgramPageSchema>;

export const ProgramBatchUpsertSchema = batchUpsertSchema(ProgramCreateSchema);
export type ProgramBatchUpsert = z.infer<typeof ProgramBatchUpsertSchema>;
