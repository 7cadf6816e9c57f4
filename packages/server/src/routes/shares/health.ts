import type { HealthMeasurementShare } from '@sporthub/schemas';
import type { Db } from '../../db/dialect.js';
import { currentWatermark } from '../participation/export.js';
import type { ShareContext } from '../participation/partner-share.js';
import type { FeedPosition } from './context.js';
import { consentedFeedPage, type FeedPageResult } from './feed-page.js';

/**
 * Health measurements after `after` up to the snapshot watermark, in commit order (`change_seq`, then
 * id), `limit` per page; those of members without valid consent are counted, not returned
 * (`consentedFeedPage`).
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
  return consentedFeedPage(db, org, share, { rows, limit, after, watermark }, (row, memberRef) => ({
    id: row.id,
    memberRef,
    type: row.type as HealthMeasurementShare['type'],
    value: JSON.parse(row.value),
    unit: row.unit as HealthMeasurementShare['unit'],
    measuredAt: row.measured_at,
  }));
}
