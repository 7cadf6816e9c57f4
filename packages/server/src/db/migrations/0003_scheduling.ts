import type { Kysely } from 'kysely';

// The scheduling feature's tables (db/tables/scheduling.ts). Identical on SQLite and PostgreSQL; every key and
// index starts with organization_id (SPEC §8). No foreign keys across features: references are checked
// in code, which keeps each tenant's rows distributable.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types.
export async function up(_db: Kysely<any>): Promise<void> {}
