import type { z } from 'zod';

// Partners, agreements, webhooks, events, audit, tokens (openapi/schemas/{partners,webhooks,events,tokens}.yaml).
export const responseSchemas = {} satisfies Record<string, z.ZodType>;

export const requestSchemas = {} satisfies Record<string, z.ZodType>;
