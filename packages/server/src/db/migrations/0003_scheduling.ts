import { type Kysely, sql } from 'kysely';

// The scheduling feature's tables (db/tables/scheduling.ts). Identical on SQLite and PostgreSQL; every key and
// index starts with organization_id (SPEC §8). No foreign keys across features: references are checked
// in code, which keeps each tenant's rows distributable.
// Sessions carry few indexes on purpose: `sessions:batchUpsert` is the import hot path (SPEC §7) and
// every index is paid on each of its rows.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sessions')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text')
    .addColumn('outlet_id', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text')
    .addColumn('program_id', 'text', (c) => c.notNull())
    .addColumn('coach_id', 'text')
    .addColumn('title', 'text')
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('waitlist_capacity', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('series_key', 'text')
    .addColumn('booked_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('waitlisted_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('sessions_pk', ['organization_id', 'id'])
    // Several NULL external ids are allowed on both dialects (NULLs are distinct).
    .addUniqueConstraint('sessions_external_id_uq', ['organization_id', 'external_id'])
    .execute();
  // The list order (startsAt, id) and its from/to window.
  await db.schema
    .createIndex('sessions_starts_idx')
    .on('sessions')
    .columns(['organization_id', 'starts_at', 'id'])
    .execute();
  // Per-outlet schedules (lists, reports, deleting an outlet).
  await db.schema
    .createIndex('sessions_outlet_idx')
    .on('sessions')
    .columns(['organization_id', 'outlet_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('bookings')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('position', 'integer')
    .addColumn('cancelled_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('bookings_pk', ['organization_id', 'id'])
    .execute();
  await db.schema
    .createIndex('bookings_session_idx')
    .on('bookings')
    .columns(['organization_id', 'session_id', 'status', 'position'])
    .execute();
  await db.schema
    .createIndex('bookings_member_idx')
    .on('bookings')
    .columns(['organization_id', 'member_id', 'id'])
    .execute();
  // At most one live booking per member and session; a backstop for the check made under the row lock.
  await db.schema
    .createIndex('bookings_live_uq')
    .on('bookings')
    .columns(['organization_id', 'session_id', 'member_id'])
    .unique()
    .where(sql.ref('status'), '<>', sql.lit('cancelled'))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('bookings').execute();
  await db.schema.dropTable('sessions').execute();
}
