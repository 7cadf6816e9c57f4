import type { Consent, ConsentPurpose } from '@sporthub/schemas';
import type { Db } from '../../db/dialect.js';
import { insertMany } from '../../db/insert-many.js';
import { recordEvents } from '../../events/record.js';
import type { PageRequest } from '../../http/pagination.js';
import { toConsent } from './model.js';

export interface ConsentFilter {
  purpose?: ConsentPurpose | undefined;
  /** true: only active; false: only revoked. */
  active?: boolean | undefined;
}

/** One page (plus one row) of a member's consents, oldest first (ids are ULIDs: id order is time order). */
export async function listConsents(
  db: Db,
  organizationId: string,
  memberId: string,
  page: PageRequest,
  filter: ConsentFilter = {},
): Promise<Consent[]> {
  let query = db
    .selectFrom('consents')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('member_id', '=', memberId);
  if (page.afterId !== undefined) query = query.where('id', '>', page.afterId);
  if (filter.purpose !== undefined) query = query.where('purpose', '=', filter.purpose);
  if (filter.active === true) query = query.where('revoked_at', 'is', null);
  if (filter.active === false) query = query.where('revoked_at', 'is not', null);
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toConsent);
}

/** Every consent of a member, oldest first (personal-data access). */
export async function allConsentsOf(db: Db, organizationId: string, memberId: string): Promise<Consent[]> {
  const rows = await db
    .selectFrom('consents')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('member_id', '=', memberId)
    .orderBy('id')
    .execute();
  return rows.map(toConsent);
}

/** The active consent naming this partner (null: the platform) and purpose, if any. */
export async function findActiveConsent(
  db: Db,
  organizationId: string,
  memberId: string,
  partnerId: string | null,
  purpose: ConsentPurpose,
): Promise<Consent | undefined> {
  const row = await db
    .selectFrom('consents')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('member_id', '=', memberId)
    .where('partner_id', partnerId === null ? 'is' : '=', partnerId)
    .where('purpose', '=', purpose)
    .where('revoked_at', 'is', null)
    .orderBy('id')
    .executeTakeFirst();
  return row ? toConsent(row) : undefined;
}

/** Records a new consent and `consent.granted`. */
export async function insertConsent(trx: Db, organizationId: string, consent: Consent): Promise<void> {
  await insertMany(trx, 'consents', [
    {
      organization_id: organizationId,
      id: consent.id,
      member_id: consent.memberId,
      partner_id: consent.partnerId,
      purpose: consent.purpose,
      granted_by: consent.grantedBy,
      granted_at: consent.grantedAt,
      revoked_at: null,
    },
  ]);
  await recordEvents(trx, organizationId, [{ type: 'consent.granted', data: consent }]);
}

/**
 * Revokes the member's active consents (all of them, or only `onlyIds`) in one statement and
 * records `consent.revoked` for each. Returns them as revoked.
 */
export async function revokeConsents(
  trx: Db,
  organizationId: string,
  memberId: string,
  now: string,
  onlyIds?: readonly string[],
): Promise<Consent[]> {
  let active = trx
    .selectFrom('consents')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('member_id', '=', memberId)
    .where('revoked_at', 'is', null);
  if (onlyIds !== undefined) {
    if (onlyIds.length === 0) return [];
    active = active.where('id', 'in', [...onlyIds]);
  }
  const rows = await active.orderBy('id').execute();
  if (rows.length === 0) return [];
  await trx
    .updateTable('consents')
    .set({ revoked_at: now })
    .where('organization_id', '=', organizationId)
    .where('member_id', '=', memberId)
    .where(
      'id',
      'in',
      rows.map((row) => row.id),
    )
    .execute();
  const revoked = rows.map((row) => toConsent({ ...row, revoked_at: now }));
  await recordEvents(
    trx,
    organizationId,
    revoked.map((consent) => ({ type: 'consent.revoked', data: consent })),
  );
  return revoked;
}
