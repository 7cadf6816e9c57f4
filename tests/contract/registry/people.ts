import type { z } from 'zod';

// Members, consents, groups, enrollments (openapi/schemas/{members,groups}.yaml).
export const responseSchemas = {} satisfies Record<string, z.ZodType>;

export const requestSchemas = {} satisfies Record<string, z.ZodType>;
