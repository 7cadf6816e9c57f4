import type { z } from 'zod';

// Sessions and bookings (openapi/schemas/{sessions,bookings}.yaml).
export const responseSchemas = {} satisfies Record<string, z.ZodType>;

export const requestSchemas = {} satisfies Record<string, z.ZodType>;
