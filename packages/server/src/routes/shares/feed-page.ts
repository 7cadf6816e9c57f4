import type { ShareWithheld } from '@sporthub/schemas';
import type { Db } from '../../db/dialect.js';
import { type ConsentVerdict, consentVerdicts } from '../participation/consent-verdicts.js';
import { pseudonym, type ShareContext } from '../participation/partner-share.js';
import { countWithheld, type FeedPosition, formatPosition } from './context.js';
import { consentSubjects } from './members.js';

export interface FeedPageResult<T> {
  page: { data: T[]; nextCursor: string; hasMore: boolean; withheld: ShareWithheld };
  /** Distinct members whose data is in `data` (the audit entry's count). */
  members: number;
  /** The snapshot bound: rows committed later come with the next call. */
  watermark: number;
}

/** A row of a share feed: keyed by (change_seq, id), about one member. */
export interface FeedRow {
  id: string;
  member_id: string;
  change_seq: number | string | bigint;
}

/**
 * One page of a share feed from `rows` (up to `limit + 1` of them, in (change_seq, id) order, none past
 * `watermark`): the records of members whose consent holds at this moment, each with the partner's
 * member reference (a pseudonym when the agreement asks for one); the others counted as withheld. The
 * cursor moves past withheld records too: a later consent covers later records, not earlier ones.
 * `keep` drops rows the feed reports elsewhere (e.g. a second match of the same record).
 */
export async function consentedFeedPage<R extends FeedRow, T>(
  db: Db,
  org: string,
  share: ShareContext,
  feed: { rows: readonly R[]; limit: number; after: FeedPosition | undefined; watermark: number },
  toItem: (row: R, memberRef: string) => T,
  keep: (row: R) => boolean = () => true,
): Promise<FeedPageResult<T>> {
  const { rows, limit, after, watermark } = feed;
  const hasMore = rows.length > limit;
  const pageRows = rows.slice(0, limit);
  const kept = pageRows.filter(keep);
  const memberIds = kept.map((r) => r.member_id);
  const verdicts = await consentVerdicts(
    db,
    org,
    share,
    await consentSubjects(db, org, memberIds),
    memberIds,
  );
  const data: T[] = [];
  const withheld: ConsentVerdict[] = [];
  const shared = new Set<string>();
  for (const row of kept) {
    const verdict = verdicts.get(row.member_id) ?? 'no_consent';
    if (verdict !== 'ok') {
      withheld.push(verdict);
      continue;
    }
    shared.add(row.member_id);
    const memberRef = share.pseudonymize
      ? pseudonym(share.secret, share.partnerId, row.member_id)
      : row.member_id;
    data.push(toItem(row, memberRef));
  }
  const last = pageRows.at(-1);
  const nextCursor =
    hasMore && last
      ? formatPosition({ seq: Number(last.change_seq), id: last.id })
      : formatPosition({ seq: Math.max(watermark, after?.seq ?? 0), id: undefined });
  return {
    page: { data, nextCursor, hasMore, withheld: countWithheld(withheld) },
    members: shared.size,
    watermark,
  };
}
