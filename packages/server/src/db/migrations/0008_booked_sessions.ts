import { type Kysely, sql } from 'kysely';

// Sessions holding bookings (`GET /v1/sessions?booked=true`), which every schedule import lists before
// it writes, to refuse a capacity below the bookings already held (SPEC §6.2). Without an index that
// list reads every session in its window: 3.2 s on a million sessions. Few sessions hold bookings
// ahead of time, so a partial index on them stays small; routes/sessions/queries.ts writes the
// condition as the same literal so both SQLite and PostgreSQL use it.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('sessions_booked_idx')
    .on('sessions')
    .columns(['organization_id', 'starts_at', 'id'])
    .where(sql.ref('booked_count'), '>', sql.lit(0))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('sessions_booked_idx').execute();
}
