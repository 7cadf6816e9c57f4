import type { Member, Partner, SportHub } from '@sporthub/sdk';
import { renderCsv } from '../../output/csv.js';
import type { Column } from '../../output/formats.js';

/*
 * Per-student participation for the school's PE reporting (SPEC §6.6): one row per student of the
 * partner's classes, keyed by the school's own sourcedId (the member's externalId), never by name or
 * platform id. Only students with an active participation_sharing consent for the school (a guardian's
 * under 14, SPEC §6.7) are included; the others are counted, not listed.
 */

export interface PeRow {
  student_sourced_id: string;
  class_codes: string;
  participations: number;
  total_minutes: number;
  first_checked_in_at: string;
  last_checked_in_at: string;
}

const COLUMNS: readonly Column<PeRow>[] = (
  [
    'student_sourced_id',
    'class_codes',
    'participations',
    'total_minutes',
    'first_checked_in_at',
    'last_checked_in_at',
  ] as const
).map((key) => ({ header: key, value: (row: PeRow) => row[key] }));

export interface PeReport {
  csv: string;
  students: number;
  withoutConsent: number;
}

export async function buildPeReport(
  hub: SportHub,
  partner: Partner,
  range: { from?: string | undefined; to?: string | undefined },
  now: Date = new Date(),
): Promise<PeReport> {
  const groups = await hub.groups
    .list({ partnerId: partner.id, kind: 'school_class' })
    .toArray({ max: 100_000 });
  const classesOf = new Map<string, string[]>();
  for (const g of groups)
    for (const id of g.memberIds) classesOf.set(id, [...(classesOf.get(id) ?? []), g.code]);
  const { isMinorForSharing } = await import('@sporthub/schemas');
  const rows: PeRow[] = [];
  let withoutConsent = 0;
  for (const [memberId, codes] of classesOf) {
    const member: Member = await hub.members.get(memberId);
    const consents = await hub.members.consents.list(memberId, { active: true }).toArray({ max: 1000 });
    const ok = consents.filter(
      (c) => c.partnerId === partner.id && c.purpose === 'participation_sharing' && c.revokedAt === null,
    );
    const minor = isMinorForSharing(member, now);
    if (member.erasedAt || ok.length === 0 || (minor && !ok.some((c) => c.grantedBy === 'guardian'))) {
      withoutConsent += 1;
      continue;
    }
    const records = await hub.participation
      .list({ memberId, ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) })
      .toArray({ max: 100_000 });
    const times = records.map((r) => r.checkedInAt).sort();
    rows.push({
      student_sourced_id: member.externalId ?? member.id,
      class_codes: codes.sort().join(' '),
      participations: records.length,
      total_minutes: records.reduce((n, r) => n + (r.durationMinutes ?? 0), 0),
      first_checked_in_at: times[0] ?? '',
      last_checked_in_at: times.at(-1) ?? '',
    });
  }
  rows.sort((a, b) => a.student_sourced_id.localeCompare(b.student_sourced_id));
  return { csv: renderCsv(rows, COLUMNS), students: rows.length, withoutConsent };
}
