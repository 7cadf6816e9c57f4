import type { Db } from '../db/dialect.js';
import { newId } from '../ids.js';
import { nowIso } from '../time.js';

export interface Organization {
  id: string;
  name: string;
}

export async function createOrganization(db: Db, name: string): Promise<Organization> {
  const organization = { id: newId('org'), name };
  await db
    .insertInto('organizations')
    .values({ ...organization, created_at: nowIso() })
    .execute();
  return organization;
}

export async function listOrganizations(db: Db): Promise<Organization[]> {
  return db.selectFrom('organizations').select(['id', 'name']).orderBy('id').execute();
}

/** Finds an organization by id, or else by exact name (handy on the command line). */
export async function findOrganization(db: Db, idOrName: string): Promise<Organization | undefined> {
  const byId = await db
    .selectFrom('organizations')
    .select(['id', 'name'])
    .where('id', '=', idOrName)
    .executeTakeFirst();
  if (byId) return byId;
  return db
    .selectFrom('organizations')
    .select(['id', 'name'])
    .where('name', '=', idOrName)
    .orderBy('id')
    .executeTakeFirst();
}
