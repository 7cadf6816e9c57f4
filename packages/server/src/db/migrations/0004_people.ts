import type { Kysely } from 'kysely';

// The people feature's tables (db/tables/people.ts). Identical on SQLite and PostgreSQL; every key and
// index starts with organization_id (SPEC §8). No foreign keys across features: references are checked
// in code, which keeps each tenant's rows distributable.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('members')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text')
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('birth_year', 'integer')
    .addColumn('school_grade', 'integer')
    .addColumn('age_group', 'text')
    .addColumn('gender', 'text')
    .addColumn('phone', 'text')
    .addColumn('guardian', 'text')
    .addColumn('erased_at', 'text')
    .addColumn('erased_key_hash', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('members_pk', ['organization_id', 'id'])
    // NULLs are distinct on both dialects: members without an external id (and erased ones) coexist.
    .addUniqueConstraint('members_external_id_uq', ['organization_id', 'external_id'])
    .execute();
  await db.schema
    .createIndex('members_age_group_idx')
    .on('members')
    .columns(['organization_id', 'age_group', 'id'])
    .execute();
  await db.schema
    .createIndex('members_erased_key_idx')
    .on('members')
    .columns(['organization_id', 'erased_key_hash'])
    .execute();

  await db.schema
    .createTable('consents')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('partner_id', 'text')
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('granted_by', 'text', (c) => c.notNull())
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addPrimaryKeyConstraint('consents_pk', ['organization_id', 'id'])
    .execute();
  await db.schema
    .createIndex('consents_member_idx')
    .on('consents')
    .columns(['organization_id', 'member_id', 'id'])
    .execute();
  // Partner exports check consent per partner and purpose at the moment of each share.
  await db.schema
    .createIndex('consents_partner_idx')
    .on('consents')
    .columns(['organization_id', 'partner_id', 'purpose', 'member_id'])
    .execute();

  await db.schema
    .createTable('groups')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('partner_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('groups_pk', ['organization_id', 'id'])
    .addUniqueConstraint('groups_code_uq', ['organization_id', 'code'])
    .execute();

  await db.schema
    .createTable('group_members')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('group_members_pk', ['organization_id', 'group_id', 'member_id'])
    .execute();
  await db.schema
    .createIndex('group_members_member_idx')
    .on('group_members')
    .columns(['organization_id', 'member_id', 'group_id'])
    .execute();

  await db.schema
    .createTable('enrollments')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('program_id', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('reference_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('enrollments_pk', ['organization_id', 'id'])
    // Re-importing clinic referrals never duplicates; NULL reference ids are distinct.
    .addUniqueConstraint('enrollments_reference_uq', ['organization_id', 'source', 'reference_id'])
    .execute();
  for (const column of ['member_id', 'program_id', 'group_id']) {
    await db.schema
      .createIndex(`enrollments_${column}_idx`)
      .on('enrollments')
      .columns(['organization_id', column, 'id'])
      .execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['enrollments', 'group_members', 'groups', 'consents', 'members']) {
    await db.schema.dropTable(table).execute();
  }
}
