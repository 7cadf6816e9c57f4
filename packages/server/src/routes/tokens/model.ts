import type { ApiToken, ApiTokenScope } from '@sporthub/schemas';
import type { Selectable } from 'kysely';
import type { ApiTokensTable } from '../../db/schema.js';

/** Row → API shape. The hash never leaves the database; the value was only in the create response. */
export function toApiToken(row: Selectable<ApiTokensTable>): ApiToken {
  return {
    id: row.id,
    name: row.name,
    scopes: JSON.parse(row.scopes) as ApiTokenScope[],
    prefix: row.prefix,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}
