import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Db } from '../dialect.js';
import * as m0001 from './0001_initial.js';
import * as m0002 from './0002_provisioning.js';
import * as m0003 from './0003_scheduling.js';
import * as m0004 from './0004_people.js';
import * as m0005 from './0005_participation.js';
import * as m0006 from './0006_partners.js';
import * as m0007 from './0007_partner_shares.js';
import * as m0008 from './0008_booked_sessions.js';

/**
 * Every migration, in order. Migrations live in code (not a folder read at runtime) so the bundled
 * server carries them. Add `000N_<what>.ts` and list it here; never edit one that has shipped.
 */
const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_provisioning': m0002,
  '0003_scheduling': m0003,
  '0004_people': m0004,
  '0005_participation': m0005,
  '0006_partners': m0006,
  '0007_partner_shares': m0007,
  '0008_booked_sessions': m0008,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the database to the latest schema; safe to run from several processes at once. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
