import type { Partner, ShareWithheld, SportHub, StudentParticipationShare } from '@sporthub/sdk';
import { renderCsv } from '../../output/csv.js';
import type { Column } from '../../output/formats.js';
import { agreementRequired, isAgreementRequired } from '../partner-ref.js';

/*
 * Per-student participation for the school's PE reporting (SPEC §6.6), read through the server's partner
 * share: it lists the students of the partner's classes whose participation_sharing consent for the
 * school holds at that moment (a guardian's under 14), as the school's pseudonym — or, when the agreement
 * allows identifiers, the member id and the school's own sourcedId — and audits every call. Students
 * without consent are counted, never listed. Never names, phone numbers or platform ids unless allowed.
 */

export interface PeRow {
  student_ref: string;
  student_sourced_id: string;
  class_codes: string;
  participations: number;
  total_minutes: number;
  first_checked_in_at: string;
  last_checked_in_at: string;
}

const COLUMNS: readonly Column<PeRow>[] = (
  [
    'student_ref',
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
  withheld: ShareWithheld;
  /** Share calls made (one audit entry each). */
  calls: number;
}

const toRow = (s: StudentParticipationShare): PeRow => ({
  student_ref: s.memberRef,
  student_sourced_id: s.sourcedId ?? '',
  class_codes: [...s.classCodes].sort().join(' '),
  participations: s.participations,
  total_minutes: s.totalMinutes,
  first_checked_in_at: s.firstCheckedInAt ?? '',
  last_checked_in_at: s.lastCheckedInAt ?? '',
});

export async function buildPeReport(
  hub: SportHub,
  partner: Partner,
  range: { from?: string | undefined; to?: string | undefined },
): Promise<PeReport> {
  const rows: PeRow[] = [];
  const withheld: ShareWithheld = { noConsent: 0, guardianConsentRequired: 0, erased: 0 };
  let cursor: string | undefined;
  let calls = 0;
  do {
    let page: Awaited<ReturnType<SportHub['partners']['shares']['studentParticipation']>>;
    try {
      page = await hub.partners.shares.studentParticipation(partner.id, {
        ...(range.from ? { from: range.from } : {}),
        ...(range.to ? { to: range.to } : {}),
        ...(cursor ? { cursor } : {}),
        limit: 500,
      });
    } catch (error) {
      if (isAgreementRequired(error)) throw agreementRequired(partner, 'participation:individual');
      throw error;
    }
    calls += 1;
    rows.push(...page.data.map(toRow));
    withheld.noConsent += page.withheld.noConsent;
    withheld.guardianConsentRequired += page.withheld.guardianConsentRequired;
    withheld.erased += page.withheld.erased;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  rows.sort((a, b) => a.student_ref.localeCompare(b.student_ref));
  return { csv: renderCsv(rows, COLUMNS), students: rows.length, withheld, calls };
}
