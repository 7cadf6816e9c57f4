import type { Transaction } from 'kysely';
import type { Db } from '../../db/dialect.js';
import type { DB } from '../../db/schema.js';
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
  // `bookings` (future places cancelled, the waitlist promoted) is registered by routes/bookings.
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
