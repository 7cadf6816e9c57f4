import type { Db } from '../../src/db/dialect.js';
import { newId } from '../../src/ids.js';

/**
 * Inserts a session row directly (the sessions API is another feature's): what provisioning reads
 * of it is outlet_id, zone_id, coach_id, program_id, status and starts_at.
 */
export async function insertSession(
  db: Db,
  organizationId: string,
  fields: {
    outletId: string;
    programId?: string;
    zoneId?: string | null;
    coachId?: string | null;
    startsInHours: number;
    status?: string;
  },
): Promise<string> {
  const id = newId('ses');
  const startsAt = new Date(Date.now() + fields.startsInHours * 3_600_000).toISOString();
  const endsAt = new Date(Date.now() + (fields.startsInHours + 1) * 3_600_000).toISOString();
  const now = new Date().toISOString();
  await db
    .insertInto('sessions')
    .values({
      organization_id: organizationId,
      id,
      external_id: null,
      outlet_id: fields.outletId,
      zone_id: fields.zoneId ?? null,
      program_id: fields.programId ?? newId('prg'),
      coach_id: fields.coachId ?? null,
      title: null,
      starts_at: startsAt,
      ends_at: endsAt,
      capacity: 20,
      waitlist_capacity: 0,
      status: fields.status ?? 'scheduled',
      series_key: null,
      booked_count: 0,
      waitlisted_count: 0,
      created_at: now,
      updated_at: now,
      revision: 1,
    })
    .execute();
  return id;
}

/** The change-feed event types of an organization, in feed order. */
export async function eventTypes(db: Db, organizationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('events')
    .select('type')
    .where('organization_id', '=', organizationId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => row.type);
}
