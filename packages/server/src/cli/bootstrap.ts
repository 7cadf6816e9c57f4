import { sql } from 'kysely';
import { type Db, isPostgres } from '../db/dialect.js';
import { createOrganization } from '../tenancy/organizations.js';
import { createToken } from '../tenancy/tokens.js';

/**
 * `SPORTHUB_BOOTSTRAP_TOKEN` (SPEC §1.1): on an empty database, create the default organization
 * and an admin token with exactly this value. Returns the new organization's id, or null when the
 * database already has an organization.
 */
export async function bootstrapOrganization(db: Db, token: string): Promise<string | null> {
  return db.transaction().execute(async (trx) => {
    // Two instances starting together on one PostgreSQL must not both bootstrap.
    if (isPostgres(trx))
      await sql`select pg_advisory_xact_lock(hashtextextended('sporthub:bootstrap', 0))`.execute(trx);
    const any = await trx.selectFrom('organizations').select('id').limit(1).executeTakeFirst();
    if (any) return null;
    const organization = await createOrganization(trx, 'Default organization');
    await createToken(trx, { organizationId: organization.id, name: 'bootstrap', scopes: ['admin'], token });
    return organization.id;
  });
}
