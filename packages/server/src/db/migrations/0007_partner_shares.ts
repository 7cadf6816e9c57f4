import type { Kysely } from 'kysely';

// Partner shares (routes/shares): health measurements get the change-feed position of their event, as
// participation already has, so a share cursor follows commit order (SPEC §4: never skip a row that
// commits late). Rows recorded before this migration get 0: a share without a cursor includes them.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('health_measurements')
    .addColumn('change_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('health_measurements_change_idx')
    .on('health_measurements')
    .columns(['organization_id', 'change_seq'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('health_measurements_change_idx').execute();
  await db.schema.alterTable('health_measurements').dropColumn('change_seq').execute();
}
