import { z } from 'zod';
import { idSchema, pageSchema, TimestampSchema } from '../common.js';

export const ApiTokenIdSchema = idSchema('tok');
export const OrganizationIdSchema = idSchema('org');

/** The token value: `shk_` followed by 43 base64url characters (32 random bytes). */
export const API_TOKEN_PATTERN = /^shk_[A-Za-z0-9_-]{43}$/;
/** The kept prefix of a token: its first 12 characters. */
export const API_TOKEN_PREFIX_PATTERN = /^shk_[A-Za-z0-9_-]{8}$/;

const TokenPrefixSchema = z
  .string()
  .regex(API_TOKEN_PREFIX_PATTERN)
  .describe('The first 12 characters of the token value (shk_ and 8 more)');

/** A permission of a token; `admin` grants every scope and alone guards token management. */
export const ApiTokenScopeSchema = z
  .enum([
    'outlets:read',
    'outlets:write',
    'schedules:read',
    'schedules:write',
    'members:read',
    'members:write',
    'participation:read',
    'participation:write',
    'partners:read',
    'partners:write',
    'webhooks:read',
    'webhooks:write',
    'reports:read',
    'audit:read',
    'admin',
  ])
  .describe('A permission of a token; admin grants every scope');
export type ApiTokenScope = z.infer<typeof ApiTokenScopeSchema>;

const apiTokenShape = {
  id: ApiTokenIdSchema,
  name: z.string().describe('What the token is for'),
  scopes: z.array(ApiTokenScopeSchema),
  prefix: TokenPrefixSchema,
  createdAt: TimestampSchema,
  expiresAt: TimestampSchema.nullable().describe('When the token stops working; null = never'),
  lastUsedAt: TimestampSchema.nullable().describe('Last authenticated request; null = never used'),
  revokedAt: TimestampSchema.nullable().describe('When it was revoked; null while active'),
};

/**
 * An API token as listed; the value itself is never returned after creation.
 *
 * @example
 * const token: ApiToken = ApiTokenSchema.parse({
 *   id: 'tok_01JD0Z8Q3W5XKJ5V7J9C2N4M6Y', name: '徐汇区卫健委数据对接', scopes: ['participation:read'],
 *   prefix: 'shk_Xb7q2Lm9', createdAt: '2026-09-01T08:00:00+08:00', expiresAt: null, lastUsedAt: null, revokedAt: null,
 * });
 */
export const ApiTokenSchema = z.strictObject(apiTokenShape);
export type ApiToken = z.infer<typeof ApiTokenSchema>;

/**
 * A newly created token with its value (`shk_` + 43 base64url characters), shown only once.
 *
 * @example
 * const { token } = ApiTokenWithSecretSchema.parse(await response.json());
 */
export const ApiTokenWithSecretSchema = z.strictObject({
  ...apiTokenShape,
  token: z
    .string()
    .regex(API_TOKEN_PATTERN)
    .describe('The token value (shk_ + 43 base64url characters); shown once'),
});
export type ApiTokenWithSecret = z.infer<typeof ApiTokenWithSecretSchema>;

/**
 * A token to create.
 *
 * @example
 * ApiTokenCreateSchema.parse({ name: 'CI 排课同步', scopes: ['schedules:write', 'outlets:read'] });
 */
export const ApiTokenCreateSchema = z.strictObject({
  name: z.string().min(1).max(100).describe('What the token is for'),
  scopes: z
    .array(ApiTokenScopeSchema)
    .min(1)
    .max(15)
    .refine((s) => new Set(s).size === s.length, { message: 'scopes must be unique' })
    .describe('Scopes granted to the token'),
  expiresAt: TimestampSchema.optional().describe('When the token stops working; omit for never'),
});
export type ApiTokenCreate = z.infer<typeof ApiTokenCreateSchema>;

export const ApiTokenPageSchema = pageSchema(ApiTokenSchema);
export type ApiTokenPage = z.infer<typeof ApiTokenPageSchema>;

/**
 * The organization and token a request authenticated as (`GET /v1/me`).
 *
 * @example
 * const me: Me = MeSchema.parse(await (await fetch('/v1/me', { headers })).json());
 */
export const MeSchema = z.strictObject({
  organization: z
    .strictObject({
      id: OrganizationIdSchema,
      name: z.string().describe('Organization name'),
    })
    .describe('The tenant the token belongs to'),
  token: z
    .strictObject({
      id: ApiTokenIdSchema,
      name: z.string(),
      prefix: TokenPrefixSchema,
      scopes: z.array(ApiTokenScopeSchema),
      expiresAt: TimestampSchema.nullable().describe('When the token stops working; null = never'),
    })
    .describe('The calling token'),
});
export type Me = z.infer<typeof MeSchema>;
