import type { ReferralAttendanceShare } from '@sporthub/schemas';
import type { Db } from '../../db/dialect.js';
import { currentWatermark } from '../participation/export.js';
import { withZoneOffset } from '../participation/local-time.js';
import type { ShareContext } from '../participation/partner-share.js';
import type { FeedPosition } from './context.js';
import { consentedFeedPage, type FeedPageResult } from './feed-page.js';

/**
 * Attendance to report back to a referring partner (SPEC §6.5): participation recorded or changed after
 * `after` (commit order, `change_seq`), of members enrolled by this partner's referrals — enrollments with
 * source `referral`, a referenceId, not cancelled, in a `referral_cohort` group of the partner — at
 * sessions of the referred program. One joined query, so pages hold only referred attendance.
 */
export async function readAttendanceShare(
  db: Db,
  org: string,
  share: ShareContext,
  after: FeedPosition | undefined,
  limit: number,
): Promise<FeedPageResult<ReferralAttendanceShare>> {
  const watermark = await currentWatermark(db, org);
  let query = db
    .selectFrom('participation as p')
    .innerJoin('sessions as s', (j) =>
      j.onRef('s.organization_id', '=', 'p.organization_id').onRef('s.id', '=', 'p.session_id'),
    )
    .innerJoin('enrollments as e', (j) =>
      j
        .onRef('e.organization_id', '=', 'p.organization_id')
        .onRef('e.member_id', '=', 'p.member_id')
        .onRef('e.program_id', '=', 's.program_id'),
    )
    .innerJoin('groups as g', (j) =>
      j.onRef('g.organization_id', '=', 'e.organization_id').onRef('g.id', '=', 'e.group_id'),
    )
    .innerJoin('programs as pr', (j) =>
      j.onRef('pr.organization_id', '=', 's.organization_id').onRef('pr.id', '=', 's.program_id'),
    )
    .innerJoin('outlets as o', (j) =>
      j.onRef('o.organization_id', '=', 'p.organization_id').onRef('o.id', '=', 'p.outlet_id'),
    )
    .select([
      'p.id',
      'p.member_id',
      'p.checked_in_at',
      'p.duration_minutes',
      'p.change_seq',
      'e.reference_id',
      'pr.code as program_code',
      'o.code as outlet_code',
      'o.timezone',
    ])
    .where('p.organization_id', '=', org)
    .where('p.change_seq', '<=', watermark)
    .where('g.partner_id', '=', share.partnerId)
    .where('g.kind', '=', 'referral_cohort')
    .where('e.source', '=', 'referral')
    .where('e.reference_id', 'is not', null)
    .where('e.status', '!=', 'cancelled');
  if (after !== undefined) {
    const { seq, id } = after;
    query = query.where((eb) =>
      id === undefined
        ? eb('p.change_seq', '>', seq)
        : eb.or([eb('p.change_seq', '>', seq), eb.and([eb('p.change_seq', '=', seq), eb('p.id', '>', id)])]),
    );
  }
  const rows = await query
    .orderBy('p.change_seq')
    .orderBy('p.id')
    .orderBy('e.reference_id')
    .limit(limit + 1)
    .execute();
  // Two referrals to the same program match one check-in twice: it is reported once, for the first.
  const seen = new Set<string>();
  return consentedFeedPage(
    db,
    org,
    share,
    { rows, limit, after, watermark },
    (row, memberRef) => ({
      id: row.id,
      memberRef,
      referralId: row.reference_id ?? '',
      programCode: row.program_code,
      outletCode: row.outlet_code,
      checkedInAt: withZoneOffset(row.checked_in_at, row.timezone),
      durationMinutes: row.duration_minutes === null ? null : Number(row.duration_minutes),
    }),
    (row) => {
      if (seen.has(row.id)) return false;
      seen.add(row.id);
      return true;
    },
  );
}
