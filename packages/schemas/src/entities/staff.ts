import { z } from 'zod';
import { batchUpsertSchema, idSchema, pageSchema, RecordMetaShape } from '../common.js';
import { OutletIdSchema } from './outlet.js';

export const StaffIdSchema = idSchema('stf');

export const StaffRoleSchema = z
  .enum(['coach', 'health_advisor', 'volunteer', 'manager'])
  .describe('What the staff member does');
export type StaffRole = z.infer<typeof StaffRoleSchema>;

/** The operator's own key for a staff member (employee number, roster id). */
export const StaffExternalIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^\S(.*\S)?$/)
  .describe("The operator's own key, unique per organization, e.g. C-0042");

/** A phone number as people write it: digits, spaces, `+ ( ) -`. */
export const StaffPhoneSchema = z
  .string()
  .regex(/^\+?[0-9][0-9 ()-]{4,30}$/)
  .describe('Work phone (personal information: never logged or shared with partners)');

const uniqueStrings = (a: string[]) => new Set(a).size === a.length;

/**
 * A staff member (coach, health advisor, volunteer or manager) as the API returns it.
 *
 * @example
 * const coach: Staff = StaffSchema.parse(await response.json());
 * coach.outletIds; // ['out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P']
 */
export const StaffSchema = z.strictObject({
  id: StaffIdSchema,
  externalId: z.string().describe("The operator's own key, unique per organization"),
  name: z.string().describe('Display name'),
  role: StaffRoleSchema,
  certifications: z.array(z.string()).describe('Certifications held, e.g. 国家二级社会体育指导员'),
  outletIds: z.array(OutletIdSchema).describe('Outlets the staff member works at'),
  phone: z.string().nullable().describe('Work phone (personal information); null when not set'),
  ...RecordMetaShape,
});
export type Staff = z.infer<typeof StaffSchema>;

const staffWritable = {
  name: z.string().min(1).max(100).describe('Display name'),
  role: StaffRoleSchema,
  certifications: z
    .array(z.string().min(1).max(200))
    .max(50)
    .refine(uniqueStrings, { message: 'certifications must be unique' })
    .describe('Certifications held; the complete list'),
  outletIds: z
    .array(z.string())
    .max(100)
    .refine(uniqueStrings, { message: 'outlet ids must be unique' })
    .describe('Outlets the staff member works at (outlet ids); the complete list'),
  phone: StaffPhoneSchema.nullable(),
};

/**
 * A staff member to create, or to upsert by `externalId` in a batch.
 *
 * @example
 * StaffCreateSchema.parse({ externalId: 'C-0042', name: '王教练', role: 'coach', certifications: ['国家二级社会体育指导员'] });
 */
export const StaffCreateSchema = z.strictObject({
  externalId: StaffExternalIdSchema,
  name: staffWritable.name,
  role: staffWritable.role,
  certifications: staffWritable.certifications.optional(),
  outletIds: staffWritable.outletIds.optional(),
  phone: staffWritable.phone.optional(),
});
export type StaffCreate = z.infer<typeof StaffCreateSchema>;

/** A partial update: every field optional, at least one; arrays replace the whole list. */
export const StaffUpdateSchema = z
  .strictObject({
    externalId: StaffExternalIdSchema.optional(),
    name: staffWritable.name.optional(),
    role: staffWritable.role.optional(),
    certifications: staffWritable.certifications.optional(),
    outletIds: staffWritable.outletIds.optional(),
    phone: staffWritable.phone.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'at least one field is required' });
export type StaffUpdate = z.infer<typeof StaffUpdateSchema>;

export const StaffPageSchema = pageSchema(StaffSchema);
export type StaffPage = z.infer<typeof StaffPageSchema>;

export const StaffBatchUpsertSchema = batchUpsertSchema(StaffCreateSchema);
export type StaffBatchUpsert = z.infer<typeof StaffBatchUpsertSchema>;
