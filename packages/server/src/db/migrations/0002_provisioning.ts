import type { Kysely } from 'kysely';

// The provisioning feature's tables (db/tables/provisioning.ts). Identical on SQLite and PostgreSQL; every key and
// index starts with organization_id (SPEC §8). No foreign keys across features: references are checked
// in code, which keeps each tenant's rows distributable.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('programs')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('age_groups', 'text', (c) => c.notNull())
    .addColumn('intensity', 'text', (c) => c.notNull())
    .addColumn('theme', 'text')
    .addColumn('description', 'text')
    .addColumn('default_duration_minutes', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('programs_pk', ['organization_id', 'id'])
    .addUniqueConstraint('programs_code_uq', ['organization_id', 'code'])
    .execute();

  await db.schema
    .createTable('staff')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('certifications', 'text', (c) => c.notNull())
    .addColumn('outlet_ids', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('staff_pk', ['organization_id', 'id'])
    .addUniqueConstraint('staff_external_id_uq', ['organization_id', 'external_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['staff', 'programs']) await db.schema.dropTable(table).execute();
}
