import type { z } from 'zod';

// Participation, health measurements, feedback, reports (openapi/schemas/{participation,health}.yaml).
export const responseSchemas = {} satisfies Record<string, z.ZodType>;

export const requestSchemas = {} satisfies Record<string, z.ZodType>;
