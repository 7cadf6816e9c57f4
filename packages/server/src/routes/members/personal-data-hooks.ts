import type { Transaction } from 'kysely';
import type { Db } from '../../db/dialect.js';
import type { DB } from '../../db/schema.js';
import { recordEvents } from '../../events/record.js';
import { removeMemberFromGroups } from '../groups/queries.js';
import { revokeConsents } from './consent-queries.js';

/**
 * Extension points of the PIPL routes (SPEC §6.7) for data other features hold about a member.
 * A feature plugs in at module load (its route module is imported by app.ts), e.g. in
 * routes/health: `registerErasePersonalDataHook({ name: 'health_measurements', erase: … })` and
 * `registerMemberRecordSource('healthMeasurements', …)`. Registering an existing name replaces it,
 * so the owner of a table can replace the default hook below that touches it.
 */

export interface ErasePersonalDataContext {
  organizationId: string;
  memberId: string;
  /** The erasure time: bookings of sessions starting after it are "future". */
  now: string;
}

export interface ErasePersonalDataHook {
  /** Stable name; also the key of the hook's count in the `erase` audit entry's detail. */
  name: string;
  /** Removes or blanks this data in the erasure's transaction; returns how many records it touched. */
  erase(trx: Transaction<DB>, context: ErasePersonalDataContext): Promise<number>;
}

/**
 * Every hook run by `POST /v1/members/{id}:erase`, in order, inside its transaction. Each hook
 * records its own change-feed events. Still to be plugged in by the participation feature:
 * `health_measurements` (delete) and `feedback` (delete comments).
 */
export const erasePersonalDataHooks: ErasePersonalDataHook[] = [
  {
    name: 'consents',
    erase: async (trx, { organizationId, memberId, now }) =>
      (await revokeConsents(trx, organizationId, memberId, now)).length,
  },
  {
    name: 'group_memberships',
    erase: (trx, { organizationId, memberId, now }) =>
      removeMemberFromGroups(trx, organizationId, memberId, now),
  },
  { name: 'bookings', erase: cancelFutureBookings },
];

export function registerErasePersonalDataHook(hook: ErasePersonalDataHook): void {
  const at = erasePersonalDataHooks.findIndex((h) => h.name === hook.name);
  if (at >= 0) erasePersonalDataHooks[at] = hook;
  else erasePersonalDataHooks.push(hook);
}

/** Kinds of records listed by id in `GET /v1/members/{id}:personalData`. */
export type MemberRecordKind = 'bookings' | 'participation' | 'healthMeasurements' | 'feedback';

/** Ids (ordered by id) of one kind of record held about a member. */
export type MemberRecordSource = (db: Db, organizationId: string, memberId: string) => Promise<string[]>;

/** Sources of `:personalData` (reads by the shared key columns); a kind without one answers `{count: 0, ids: []}`. */
export const memberRecordSources: Partial<Record<MemberRecordKind, MemberRecordSource>> = {
  bookings: async (db, organizationId, memberId) =>
    (
      await db
        .selectFrom('bookings')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('member_id', '=', memberId)
        .orderBy('id')
        .execute()
    ).map((row) => row.id),
  participation: async (db, organizationId, memberId) =>
    (
      await db
        .selectFrom('participation')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('member_id', '=', memberId)
        .orderBy('id')
        .execute()
    ).map((row) => row.id),
  healthMeasurements: async (db, organizationId, memberId) =>
    (
      await db
        .selectFrom('health_measurements')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('member_id', '=', memberId)
        .orderBy('id')
        .execute()
    ).map((row) => row.id),
  feedback: async (db, organizationId, memberId) =>
    (
      await db
        .selectFrom('feedback')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('member_id', '=', memberId)
        .orderBy('id')
        .execute()
    ).map((row) => row.id),
};

export function registerMemberRecordSource(kind: MemberRecordKind, source: MemberRecordSource): void {
  memberRecordSources[kind] = source;
}

/**
 * Default bookings hook: cancels the member's places in sessions that have not started, with a
 * `booking.cancelled` event each. It uses only the shared booking columns; the scheduling feature
 * should replace it (same name) with its own cancellation, which also promotes the waitlist.
 */
async function cancelFutureBookings(
  trx: Transaction<DB>,
  { organizationId, memberId, now }: ErasePersonalDataContext,
): Promise<number> {
  const rows = await trx
    .selectFrom('bookings')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('member_id', '=', memberId)
    .where('status', 'in', ['booked', 'waitlisted'])
    .where('session_id', 'in', (eb) =>
      eb
        .selectFrom('sessions')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('starts_at', '>', now),
    )
    .orderBy('id')
    .execute();
  if (rows.length === 0) return 0;
  await trx
    .updateTable('bookings')
    .set((eb) => ({
      status: 'cancelled',
      position: null,
      cancelled_at: now,
      updated_at: now,
      revision: eb('revision', '+', 1),
    }))
    .where('organization_id', '=', organizationId)
    .where(
      'id',
      'in',
      rows.map((row) => row.id),
    )
    .execute();
  // Keep the sessions' place counters (scheduling's capacity bookkeeping) in step.
  for (const row of rows) {
    const counter = row.status === 'booked' ? 'booked_count' : 'waitlisted_count';
    await trx
      .updateTable('sessions')
      .set((eb) => ({ [counter]: eb(counter, '-', 1) }))
      .where('organization_id', '=', organizationId)
      .where('id', '=', row.session_id)
      .execute();
  }
  await recordEvents(
    trx,
    organizationId,
    rows.map((row) => ({
      type: 'booking.cancelled',
      data: {
        id: row.id,
        sessionId: row.session_id,
        memberId: row.member_id,
        status: 'cancelled',
        position: null,
        cancelledAt: now,
        createdAt: row.created_at,
        updatedAt: now,
        revision: row.revision + 1,
      },
    })),
  );
  return rows.length;
}
