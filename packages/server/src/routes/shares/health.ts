import type { HealthMeasurementShare, HealthMeasurementSharePage } from '@sporthub/schemas';
import type { Db } from '../../db/dialect.js';
import { type ConsentVerdict, consentVerdicts } from '../participation/consent-verdicts.js';
import { currentWatermark } from '../participation/export.js';
import { pseudonym, type ShareContext } from '../participation/partner-share.js';
import { countWithheld, type FeedPosition, formatPosition } from './context.js';
import { consentSubjects } from './members.js';

export interface FeedPageResult<T> {
  page: { data: T[]; nextCursor: string; hasMore: boolean; withheld: HealthMeasurementSharePage['withheld'] };
  /** Distinct members whose data is in `data` (the audit entry's count). */
  members: number;
  /** The snapshot bound: rows committed later come with the next call. */
  watermark: number;
}

/**
 * Health measurements after `after` up to the snapshot watermark, in commit order (`change_seq`, then
 * id), `limit` per page; those of members without valid consent are counted, not returned. The cursor
 * moves past withheld records too: a later consent covers later measurements, not earlier ones.
 */
export async function readHealthShare(
  db: Db,
  org: string,
  share: ShareContext,
  after: FeedPosition | undefined,
  limit: number,
): Promise<FeedPageResult<HealthMeasurementShare>> {
  const watermark = await currentWatermark(db, org);
  let query = db
    .selectFrom('health_measurements')
    .select(['id', 'member_id', 'type', 'value', 'unit', 'measured_at', 'change_seq'])
    .where('organization_id', '=', org)
    .where('change_seq', '<=', watermark);
  if (after !== undefined) {
    const { seq, id } = after;
    query = query.where((eb) =>
      id === undefined
        ? eb('change_seq', '>', seq)
        : eb.or([eb('change_seq', '>', seq), eb.and([eb('change_seq', '=', seq), eb('id', '>', id)])]),
    );
  }
  const rows = await query
    .orderBy('change_seq')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  const hasMore = rows.length > limit;
  const pageRows = rows.slice(0, limit);
  const members = await consentSubjects(
    db,
    org,
    pageRows.map((r) => r.member_id),
  );
  const verdicts = await consentVerdicts(
    db,
    org,
    share,
    members,
    pageRows.map((r) => r.member_id),
  );
  const data: HealthMeasurementShare[] = [];
  const withheld: ConsentVerdict[] = [];
  const shared = new Set<string>();
  for (const row of pageRows) {
    const verdict = verdicts.get(row.member_id) ?? 'no_consent';
    if (verdict !== 'ok') {
      withheld.push(verdict);
      continue;
    }
    shared.add(row.member_id);
    data.push({
      id: row.id,
      memberRef: share.pseudonymize ? pseudonym(share.secret, share.partnerId, row.member_id) : row.member_id,
      type: row.type as HealthMeasurementShare['type'],
      value: JSON.parse(row.value),
      unit: row.unit as HealthMeasurementShare['unit'],
      measuredAt: row.measured_at,
    });
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
