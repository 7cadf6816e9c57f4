import type { ShareWithheld } from '@sporthub/schemas';
import { recordAudit } from '../../audit/record.js';
import type { Db } from '../../db/dialect.js';
import { HttpProblem, notFound } from '../../http/problem.js';
import { isId } from '../../ids.js';
import type { ConsentVerdict } from '../participation/consent-verdicts.js';
import type { SharePurpose } from '../participation/partner-share.js';

/** 404 unless the partner exists in this organization (before any agreement check answers 422). */
export async function assertPartner(db: Db, org: string, partnerId: string): Promise<void> {
  const found = isId('prt', partnerId)
    ? await db
        .selectFrom('partners')
        .select('id')
        .where('organization_id', '=', org)
        .where('id', '=', partnerId)
        .executeTakeFirst()
    : undefined;
  if (!found) throw notFound('partner');
}

/**
 * A position in a share feed: the change-feed `seq` reached, and inside that seq the last record id
 * (rows recorded before the change_seq column existed all share seq 0, so a page can end inside one).
 */
export interface FeedPosition {
  seq: number;
  id: string | undefined;
}

const POSITION = /^(\d{16})(?:\.([a-z]{3}_[0-9A-HJKMNP-TV-Z]{26}))?$/;

export function parseAfter(value: string | undefined): FeedPosition | undefined {
  if (value === undefined) return undefined;
  const match = POSITION.exec(value);
  if (!match) {
    throw new HttpProblem(422, 'validation_failed', 'The `after` cursor is not one this server issued.', [
      { path: 'after', code: 'invalid_cursor', message: 'pass the nextCursor of a previous share call' },
    ]);
  }
  return { seq: Number(match[1]), id: match[2] };
}

export function formatPosition(position: FeedPosition): string {
  const seq = String(position.seq).padStart(16, '0');
  return position.id === undefined ? seq : `${seq}.${position.id}`;
}

/** The `withheld` counts of a page: one per record passed over, by the member's verdict. */
export function countWithheld(verdicts: readonly ConsentVerdict[]): ShareWithheld {
  const withheld: ShareWithheld = { noConsent: 0, guardianConsentRequired: 0, erased: 0 };
  for (const verdict of verdicts) {
    if (verdict === 'no_consent') withheld.noConsent += 1;
    else if (verdict === 'guardian_consent_required') withheld.guardianConsentRequired += 1;
    else if (verdict === 'erased') withheld.erased += 1;
  }
  return withheld;
}

/**
 * The `share` audit entry of one share call (SPEC §6.7), committed before the response leaves: who
 * called, which partner and purpose, how many members and records, the cursor range. Counts and
 * positions only, no personal data.
 */
export async function auditShareCall(
  db: Db,
  entry: {
    org: string;
    actor: string;
    partnerId: string;
    purpose: SharePurpose;
    memberCount: number;
    detail: Record<string, unknown>;
  },
): Promise<void> {
  await db.transaction().execute((trx) =>
    recordAudit(trx, [
      {
        organizationId: entry.org,
        actor: entry.actor,
        action: 'share',
        partnerId: entry.partnerId,
        memberCount: entry.memberCount,
        detail: { purpose: entry.purpose, ...entry.detail },
      },
    ]),
  );
}
