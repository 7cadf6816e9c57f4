import type { Kysely } from 'kysely';

// The participation feature's tables (db/tables/participation.ts). Identical on SQLite and PostgreSQL; every key and
// index starts with organization_id (SPEC §8). No foreign keys across features: references are checked
// in code, which keeps each tenant's rows distributable.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('participation')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text')
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('outlet_id', 'text', (c) => c.notNull())
    .addColumn('checked_in_at', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('change_seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('participation_pk', ['organization_id', 'id'])
    // A member takes part in a session at most once; externalId is the operator's natural key
    // (NULLs do not collide on either dialect).
    .addUniqueConstraint('participation_session_member_uq', ['organization_id', 'session_id', 'member_id'])
    .addUniqueConstraint('participation_external_uq', ['organization_id', 'external_id'])
    .execute();
  // Incremental exports (`afterWatermark`) read the rows changed after a feed position.
  await db.schema
    .createIndex('participation_change_idx')
    .on('participation')
    .columns(['organization_id', 'change_seq', 'id'])
    .execute();
  await db.schema
    .createIndex('participation_member_idx')
    .on('participation')
    .columns(['organization_id', 'member_id', 'id'])
    .execute();
  // Reports and outlet filters: one outlet's check-ins in a time range.
  await db.schema
    .createIndex('participation_outlet_time_idx')
    .on('participation')
    .columns(['organization_id', 'outlet_id', 'checked_in_at'])
    .execute();

  await db.schema
    .createTable('health_measurements')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('outlet_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('measured_at', 'text', (c) => c.notNull())
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('health_measurements_pk', ['organization_id', 'id'])
    .execute();
  await db.schema
    .createIndex('health_measurements_member_idx')
    .on('health_measurements')
    .columns(['organization_id', 'member_id', 'id'])
    .execute();
  await db.schema
    .createIndex('health_measurements_outlet_time_idx')
    .on('health_measurements')
    .columns(['organization_id', 'outlet_id', 'measured_at'])
    .execute();

  await db.schema
    .createTable('feedback')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text')
    .addColumn('outlet_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text')
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('nps', 'integer')
    .addColumn('comment', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_pk', ['organization_id', 'id'])
    .execute();
  await db.schema
    .createIndex('feedback_outlet_time_idx')
    .on('feedback')
    .columns(['organization_id', 'outlet_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('pseudonym_keys')
    .addColumn('organization_id', 'text', (c) => c.primaryKey())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['pseudonym_keys', 'feedback', 'health_measurements', 'participation']) {
    await db.schema.dropTable(table).execute();
  }
}
