/**
 * Several tenants on a running server's database at once, in this process: one connection, an
 * organization and a token each. `createOrgToken` (server.ts) does the same through two
 * `sporthub-server` processes per tenant, about 2 s each on a loaded 2-core machine; suites that need
 * many fresh organizations use this instead. The server must have migrated the database (it has once
 * it listens).
 *
 * @example
 * const [a, b] = await createOrgTokens(server.dbUrl, ['schedules:write'], ['Tenant A', 'Tenant B']);
 */
import { createDatabase } from '../../packages/server/src/db/dialect.js';
import { createOrganization } from '../../packages/server/src/tenancy/organizations.js';
import type { Scope } from '../../packages/server/src/tenancy/scopes.js';
import { createToken } from '../../packages/server/src/tenancy/tokens.js';
import { registerSecret } from './output-capture.js';

export async function createOrgTokens(
  dbUrl: string,
  scopes: string[],
  names: readonly string[],
): Promise<Array<{ organizationId: string; token: string }>> {
  const db = createDatabase(dbUrl, { poolSize: 1 });
  try {
    const tenants: Array<{ organizationId: string; token: string }> = [];
    for (const name of names) {
      const organization = await createOrganization(db, name);
      const { token } = await createToken(db, {
        organizationId: organization.id,
        name: 'e2e',
        scopes: scopes as Scope[],
      });
      // The run-wide secret scan looks for it in every captured log.
      registerSecret(token, 'api_token');
      tenants.push({ organizationId: organization.id, token });
    }
    return tenants;
  } finally {
    await db.destroy();
  }
}
