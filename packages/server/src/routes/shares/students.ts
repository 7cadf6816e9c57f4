import type { StudentParticipationShare, StudentParticipationSharePage } from '@sporthub/schemas';
import type { Db } from '../../db/dialect.js';
import { chunkRows } from '../../db/insert-many.js';
import { decodeCursor, encodeCursor } from '../../http/pagination.js';
import { consentVerdicts } from '../participation/consent-verdicts.js';
import { withZoneOffset } from '../participation/local-time.js';
import { pseudonym, type ShareContext } from '../participation/partner-share.js';
import { countWithheld } from './context.js';
import { consentSubjects } from './members.js';

export interface StudentShareQuery {
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/**
 * Per-student participation totals for a school's PE reporting (SPEC §6.6): students of the partner's
 * `school_class` groups, in member-id order, `limit` per page; only those whose consent holds now are
 * listed. The school's sourcedId (externalId) goes out only when the agreement allows identifiers.
 */
export async function readStudentShare(
  db: Db,
  org: string,
  share: ShareContext,
  query: StudentShareQuery,
): Promise<{ page: StudentParticipationSharePage; members: number }> {
  let students = db
    .selectFrom('group_members as gm')
    .innerJoin('groups as g', (j) =>
      j.onRef('g.organization_id', '=', 'gm.organization_id').onRef('g.id', '=', 'gm.group_id'),
    )
    .select(['gm.member_id', 'g.code'])
    .where('gm.organization_id', '=', org)
    .where('g.partner_id', '=', share.partnerId)
    .where('g.kind', '=', 'school_class');
  if (query.cursor !== undefined) students = students.where('gm.member_id', '>', decodeCursor(query.cursor));
  // Every class row of the first `limit + 1` students: order by member, then cut at the member count.
  const rows = await students.orderBy('gm.member_id').orderBy('g.code').execute();
  const classes = new Map<string, string[]>();
  for (const row of rows) {
    const codes = classes.get(row.member_id);
    if (codes) codes.push(row.code);
    else if (classes.size <= query.limit) classes.set(row.member_id, [row.code]);
  }
  const ids = [...classes.keys()];
  const hasMore = ids.length > query.limit;
  const pageIds = ids.slice(0, query.limit);
  const subjects = await consentSubjects(db, org, pageIds);
  const verdicts = await consentVerdicts(db, org, share, subjects, pageIds);
  const allowed = pageIds.filter((id) => verdicts.get(id) === 'ok');
  const totals = await participationTotals(db, org, allowed, query);
  const data: StudentParticipationShare[] = allowed.map((id) => {
    const t = totals.get(id);
    return {
      memberRef: share.pseudonymize ? pseudonym(share.secret, share.partnerId, id) : id,
      sourcedId: share.pseudonymize ? null : (subjects.get(id)?.externalId ?? null),
      classCodes: classes.get(id) ?? [],
      participations: t?.count ?? 0,
      totalMinutes: t?.minutes ?? 0,
      firstCheckedInAt: t?.first ?? null,
      lastCheckedInAt: t?.last ?? null,
    };
  });
  const withheld = pageIds.flatMap((id) => {
    const verdict = verdicts.get(id) ?? 'no_consent';
    return verdict === 'ok' ? [] : [verdict];
  });
  const last = pageIds.at(-1);
  return {
    page: {
      data,
      nextCursor: hasMore && last ? encodeCursor(last) : null,
      withheld: countWithheld(withheld),
    },
    members: data.length,
  };
}

interface Totals {
  count: number;
  minutes: number;
  first: string;
  last: string;
  firstKey: string;
  lastKey: string;
}

/** Check-ins of these members in the period (local dates), summed per member. */
async function participationTotals(
  db: Db,
  org: string,
  memberIds: readonly string[],
  range: { from?: string | undefined; to?: string | undefined },
): Promise<Map<string, Totals>> {
  const totals = new Map<string, Totals>();
  for (const chunk of chunkRows(memberIds.map((id) => ({ id })))) {
    let query = db
      .selectFrom('participation as p')
      .innerJoin('outlets as o', (j) =>
        j.onRef('o.organization_id', '=', 'p.organization_id').onRef('o.id', '=', 'p.outlet_id'),
      )
      .select(['p.member_id', 'p.checked_in_at', 'p.duration_minutes', 'o.timezone'])
      .where('p.organization_id', '=', org)
      .where(
        'p.member_id',
        'in',
        chunk.map((c) => c.id),
      );
    if (range.from !== undefined) query = query.where('p.local_date', '>=', range.from);
    if (range.to !== undefined) query = query.where('p.local_date', '<=', range.to);
    for (const row of await query.execute()) {
      const at = withZoneOffset(row.checked_in_at, row.timezone);
      const key = new Date(row.checked_in_at).toISOString();
      const minutes = row.duration_minutes === null ? 0 : Number(row.duration_minutes);
      const t = totals.get(row.member_id);
      if (!t) {
        totals.set(row.member_id, { count: 1, minutes, first: at, last: at, firstKey: key, lastKey: key });
        continue;
      }
      t.count += 1;
      t.minutes += minutes;
      if (key < t.firstKey) Object.assign(t, { first: at, firstKey: key });
      if (key > t.lastKey) Object.assign(t, { last: at, lastKey: key });
    }
  }
  return totals;
}
