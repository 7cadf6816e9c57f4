import type { Partner, Program, SportHub } from '@sporthub/sdk';
import { MEMBER_ID_SYSTEM, pseudonymSystem } from './pseudonym.js';
import type { Referral, ReferralProblem } from './referrals.js';

/*
 * Referrals → enrolments (SPEC §6.5). The member is resolved by the referral's patient identifier: a
 * sporthub member id (`urn:sporthub:member`), a pseudonym this partner received from `sync clinic`
 * (resolved through the pseudonyms remembered in the sync state), or any other identifier taken as the
 * member's externalId. Re-importing finds the enrolment with the same referenceId and leaves it alone.
 */

export interface ReferralOutcome {
  referralId: string;
  status: 'created' | 'unchanged' | 'rejected';
  memberId?: string;
  enrollmentId?: string;
  error?: string;
}

export interface ReferralImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  skippedClosed: number;
}

export interface ReferralImportResult {
  summary: ReferralImportSummary;
  outcomes: ReferralOutcome[];
}

export async function importReferrals(
  hub: SportHub,
  options: {
    partner: Partner;
    referrals: readonly Referral[];
    problems: readonly ReferralProblem[];
    closed: number;
    defaultProgramCode: string | undefined;
    pseudonyms: Readonly<Record<string, string>>;
  },
): Promise<ReferralImportResult> {
  const outcomes: ReferralOutcome[] = options.problems.map((p) => ({
    referralId: p.location,
    status: 'rejected' as const,
    error: p.message,
  }));
  const programs = new Map<string, Program | null>();
  for (const referral of options.referrals) {
    const programCode = referral.programCode ?? options.defaultProgramCode;
    if (!programCode) {
      outcomes.push(
        reject(
          referral,
          'no program: the ServiceRequest names none (urn:sporthub:program) and --program is not given',
        ),
      );
      continue;
    }
    if (!programs.has(programCode)) {
      const [program] = await hub.programs.list({ code: programCode, limit: 1 }).toArray({ max: 1 });
      programs.set(programCode, program ?? null);
    }
    const program = programs.get(programCode);
    if (!program) {
      outcomes.push(reject(referral, `unknown program code "${programCode}"`));
      continue;
    }
    const memberId = await resolveMember(hub, referral, options.partner, options.pseudonyms);
    if (!memberId) {
      const ids = referral.subjectIdentifiers.map((i) => `${i.system ?? ''}|${i.value}`).join(', ');
      outcomes.push(reject(referral, `no member matches the patient identifier(s) ${ids}`));
      continue;
    }
    const existing = await hub.enrollments.list({ memberId, programId: program.id }).toArray({ max: 1000 });
    const same = existing.find((e) => e.source === 'referral' && e.referenceId === referral.id);
    if (same) {
      outcomes.push({ referralId: referral.id, status: 'unchanged', memberId, enrollmentId: same.id });
      continue;
    }
    const created = await hub.enrollments.create({
      memberId,
      programId: program.id,
      source: 'referral',
      referenceId: referral.id,
    });
    outcomes.push({ referralId: referral.id, status: 'created', memberId, enrollmentId: created.id });
  }
  const count = (s: ReferralOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  return {
    summary: {
      created: count('created'),
      updated: 0,
      unchanged: count('unchanged'),
      rejected: count('rejected'),
      skippedClosed: options.closed,
    },
    outcomes,
  };
}

function reject(referral: Referral, error: string): ReferralOutcome {
  return { referralId: referral.id, status: 'rejected', error: `${referral.location}: ${error}` };
}

async function resolveMember(
  hub: SportHub,
  referral: Referral,
  partner: Partner,
  pseudonyms: Readonly<Record<string, string>>,
): Promise<string | undefined> {
  for (const { system, value } of referral.subjectIdentifiers) {
    if (!value) continue;
    if (system === MEMBER_ID_SYSTEM) {
      const member = await hub.members.get(value).catch((error: unknown) => {
        if ((error as { status?: number }).status === 404) return undefined;
        throw error;
      });
      if (member) return member.id;
      continue;
    }
    if (system === pseudonymSystem(partner.code)) {
      const memberId = pseudonyms[value];
      if (memberId) return memberId;
      continue;
    }
    const [member] = await hub.members.list({ externalId: value, limit: 1 }).toArray({ max: 1 });
    if (member) return member.id;
  }
  return undefined;
}
