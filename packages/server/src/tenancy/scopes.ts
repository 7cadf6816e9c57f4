/** Every scope a token can hold (contract: `components.securitySchemes.bearerAuth`). */
export const SCOPES = [
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
] as const;

export type Scope = (typeof SCOPES)[number];

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

/** `admin` grants every scope. */
export function grants(held: readonly string[], needed: Scope): boolean {
  return held.includes('admin') || held.includes(needed);
}
