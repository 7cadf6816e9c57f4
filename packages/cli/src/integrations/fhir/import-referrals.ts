import type { Group, Partner, Program, SportHub } from '@sporthub/sdk';
import { MEMBER_ID_SYSTEM, pseudonymSystem } from './identifiers.js';
import type { Referral, ReferralProblem } from './referrals.js';

/*
 * Referrals → enrolments (SPEC §6.5). The member is resolved by the referral's patient identifier: a
 * sporthub member id (`urn:sporthub:member`), a pseudonym this partner received from `sync clinic`
 * (resolved by the server, which alone holds the pseudonym key; audited there), or any other identifier
 * taken as the member's externalId. Each enrolment joins the clinic's `referral_cohort` group, which is
 * how the server knows whose attendance to report back to this clinic. Re-importing finds the enrolment
 * with the same referenceId and leaves it alone (moving it into the cohort if an older import did not).
 */

/** The clinic's referral cohort group: one per partner, made on first import. */
export const referralCohortCode = (partner: Partner) => `REFERRALS-${partner.code}`;

export interface ReferralOutcome {
  referralId: string;
  status: 'created' | 'updated' | 'unchanged' | 'rejected';
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
  },
): Promise<ReferralImportResult> {
  const pseudonyms = await resolvePseudonyms(hub, options.partner, options.referrals);
  let cohort: Group | undefined;
  const joined = new Set<string>();
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
    const memberId = await resolveMember(hub, referral, options.partner, pseudonyms);
    if (!memberId) {
      const ids = referral.subjectIdentifiers.map((i) => `${i.system ?? ''}|${i.value}`).join(', ');
      outcomes.push(reject(referral, `no member matches the patient identifier(s) ${ids}`));
      continue;
    }
    cohort ??= await ensureCohort(hub, options.partner);
    joined.add(memberId);
    const existing = await hub.enrollments.list({ memberId, programId: program.id }).toArray({ max: 1000 });
    const same = existing.find((e) => e.source === 'referral' && e.referenceId === referral.id);
    if (same && same.groupId === cohort.id) {
      outcomes.push({ referralId: referral.id, status: 'unchanged', memberId, enrollmentId: same.id });
      continue;
    }
    if (same) {
      await hub.enrollments.update(same.id, { groupId: cohort.id });
      outcomes.push({ referralId: referral.id, status: 'updated', memberId, enrollmentId: same.id });
      continue;
    }
    const created = await hub.enrollments.create({
      memberId,
      programId: program.id,
      groupId: cohort.id,
      source: 'referral',
      referenceId: referral.id,
    });
    outcomes.push({ referralId: referral.id, status: 'created', memberId, enrollmentId: created.id });
  }
  if (cohort && [...joined].some((id) => !cohort?.memberIds.includes(id))) {
    await hub.groups.update(cohort.id, { memberIds: [...new Set([...cohort.memberIds, ...joined])] });
  }
  const count = (s: ReferralOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  return {
    summary: {
      created: count('created'),
      updated: count('updated'),
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
  pseudonyms: ReadonlyMap<string, string>,
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
      const memberId = pseudonyms.get(value);
      if (memberId) return memberId;
      continue;
    }
    const [member] = await hub.members.list({ externalId: value, limit: 1 }).toArray({ max: 1 });
    if (member) return member.id;
  }
  return undefined;
}

/** The partner's pseudonyms named by these referrals → member ids, in one call per thousand. */
async function resolvePseudonyms(
  hub: SportHub,
  partner: Partner,
  referrals: readonly Referral[],
): Promise<Map<string, string>> {
  const system = pseudonymSystem(partner.code);
  const wanted = [
    ...new Set(
      referrals.flatMap((r) =>
        r.subjectIdentifiers.filter((i) => i.system === system && i.value).map((i) => i.value as string),
      ),
    ),
  ];
  const found = new Map<string, string>();
  for (let i = 0; i < wanted.length; i += 1000) {
    const { data } = await hub.partners.resolvePseudonyms(partner.id, {
      pseudonyms: wanted.slice(i, i + 1000),
    });
    for (const match of data) if (match.memberId) found.set(match.pseudonym, match.memberId);
  }
  return found;
}

/** The partner's referral cohort group, created on first use. */
async function ensureCohort(hub: SportHub, partner: Partner): Promise<Group> {
  const code = referralCohortCode(partner);
  const [existing] = await hub.groups.list({ code, limit: 1 }).toArray({ max: 1 });
  if (existing) return existing;
  return hub.groups.create({
    code,
    name: `${partner.name} 转介 referrals`,
    kind: 'referral_cohort',
    partnerId: partner.id,
  });
}
