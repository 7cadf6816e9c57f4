import type { Kysely } from 'kysely';

// The partners feature's tables (db/tables/partners.ts). Identical on SQLite and PostgreSQL; every key and
// index starts with organization_id (SPEC §8). No foreign keys across features: references are checked
// in code, which keeps each tenant's rows distributable.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('partners')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('outlet_ids', 'text', (c) => c.notNull())
    .addColumn('contacts', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('partners_pk', ['organization_id', 'id'])
    .addUniqueConstraint('partners_code_uq', ['organization_id', 'code'])
    .execute();

  await db.schema
    .createTable('data_sharing_agreements')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('partner_id', 'text', (c) => c.notNull())
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('requires_consent', 'integer', (c) => c.notNull())
    .addColumn('pseudonymize', 'integer', (c) => c.notNull())
    .addColumn('fields', 'text')
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('data_sharing_agreements_pk', ['organization_id', 'id'])
    .execute();
  await db.schema
    .createIndex('data_sharing_agreements_partner_idx')
    .on('data_sharing_agreements')
    .columns(['organization_id', 'partner_id', 'id'])
    .execute();

  await db.schema
    .createTable('audit_entries')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('partner_id', 'text')
    .addColumn('member_count', 'integer', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_entries_pk', ['organization_id', 'id'])
    .execute();
  await db.schema
    .createIndex('audit_entries_at_idx')
    .on('audit_entries')
    .columns(['organization_id', 'at'])
    .execute();

  await db.schema
    .createTable('webhook_endpoints')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('partner_id', 'text')
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('events', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('previous_secret', 'text')
    .addColumn('previous_secret_expires_at', 'text')
    .addColumn('failing_since', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('webhook_endpoints_pk', ['organization_id', 'id'])
    .execute();
  await db.schema
    .createIndex('webhook_endpoints_status_idx')
    .on('webhook_endpoints')
    .columns(['organization_id', 'status'])
    .execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('endpoint_id', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('response_code', 'integer')
    .addColumn('duration_ms', 'integer')
    .addColumn('next_attempt_at', 'text')
    .addColumn('payload', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('webhook_deliveries_pk', ['organization_id', 'id'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_endpoint_idx')
    .on('webhook_deliveries')
    .columns(['organization_id', 'endpoint_id', 'id'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_event_idx')
    .on('webhook_deliveries')
    .columns(['organization_id', 'event_id'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_created_idx')
    .on('webhook_deliveries')
    .columns(['organization_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('webhook_outbox')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('delivery_id', 'text', (c) => c.notNull())
    .addColumn('endpoint_id', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('manual', 'integer', (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_until', 'text')
    .addPrimaryKeyConstraint('webhook_outbox_pk', ['organization_id', 'delivery_id'])
    .execute();
  await db.schema
    .createIndex('webhook_outbox_due_idx')
    .on('webhook_outbox')
    .columns(['organization_id', 'due_at'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'webhook_outbox',
    'webhook_deliveries',
    'webhook_endpoints',
    'audit_entries',
    'data_sharing_agreements',
    'partners',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
