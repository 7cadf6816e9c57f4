import {
  type AgeGroup,
  type Consent,
  deriveAgeGroup,
  type Group,
  type MemberCreate,
} from '@sporthub/schemas';
import type { Db } from '../db/dialect.js';
import { newId } from '../ids.js';
import { enrollmentRow, groupRow, newEnrollment, newGroup } from '../routes/groups/model.js';
import { memberRow, newMember } from '../routes/members/model.js';
import { ENGLISH, GIVEN, SURNAMES } from './catalog.js';
import { Prng, weightedPick } from './prng.js';
import type { Reference } from './reference.js';
import { CHUNK, existingKeys, insertWithEvents } from './write.js';

export interface SeedMember {
  id: string;
  no: number;
  ageGroup: AgeGroup;
  /** Created by this run (its measurements and consents are seeded with it). */
  fresh: boolean;
}

/** Members for `scale` participation records: about 15 each over the quarter, at least 400. */
export const memberCountFor = (scale: number) => Math.max(400, Math.ceil(scale / 15));

// Health hubs skew old: a share of seniors well above the city's.
const AGE_MIX: [AgeGroup, number][] = [
  ['child', 0.12],
  ['youth', 0.13],
  ['adult', 0.33],
  ['senior', 0.42],
];
const AGE_RANGE: Record<AgeGroup, [number, number]> = {
  child: [6, 11],
  youth: [12, 17],
  adult: [18, 59],
  senior: [60, 88],
};

/** Member `no` (1-based), the same on every run: each member has its own PRNG stream. */
export function demoMember(no: number, year: number): MemberCreate {
  const rng = new Prng(no * 2654435761);
  const [group] = weightedPick(AGE_MIX, ([, share]) => share, rng);
  const [lo, hi] = AGE_RANGE[group];
  const age = rng.int(lo, hi);
  const surname = rng.pick(SURNAMES);
  const english = rng.chance(0.15) ? ` ${rng.pick(ENGLISH)}` : '';
  const minor = age < 18;
  // 139-0000-xxxx: a block of obviously fake numbers (demo data, never a real subscriber).
  const phone = (n: number) => `+86 139-0000-${String(n % 10_000).padStart(4, '0')}`;
  return {
    externalId: `DEMO-M-${String(no).padStart(6, '0')}`,
    displayName: `${surname}${rng.pick(GIVEN)}${english}`,
    birthYear: year - age,
    ...(minor ? { schoolGrade: Math.min(12, Math.max(1, age - 5)) } : {}),
    gender: rng.pick(['female', 'female', 'male', 'male', 'undisclosed'] as const),
    phone: minor || rng.chance(0.1) ? null : phone(no),
    ...(minor && (age < 14 || rng.chance(0.5))
      ? { guardian: { name: `${surname}${rng.pick(GIVEN)}（家长）`, phone: phone(no + 5_000) } }
      : {}),
  };
}

/** Members `1..count` (new ones inserted in chunks), their consents, and the demo groups. */
export async function seedMembers(
  db: Db,
  org: string,
  ref: Reference,
  count: number,
  now: string,
  year: number,
) {
  const members: SeedMember[] = [];
  let consents = 0;
  for (let start = 1; start <= count; start += CHUNK) {
    const inputs = Array.from({ length: Math.min(CHUNK, count - start + 1) }, (_, i) =>
      demoMember(start + i, year),
    );
    await db.transaction().execute(async (trx) => {
      const known = await existingKeys(
        trx,
        org,
        'members',
        'external_id',
        inputs.map((m) => m.externalId ?? ''),
      );
      const fresh = inputs.filter((m) => !known.has(m.externalId ?? '')).map((m) => newMember(m, now));
      await insertWithEvents(
        trx,
        org,
        'members',
        fresh.map((m) => memberRow(org, m)),
        fresh.map((m) => ({ type: 'member.created', data: m })),
      );
      const granted = fresh.flatMap((m, i) => demoConsents(m.id, m.ageGroup, start + i, ref.partners, now));
      await insertWithEvents(
        trx,
        org,
        'consents',
        granted.map((c) => ({
          organization_id: org,
          id: c.id,
          member_id: c.memberId,
          partner_id: c.partnerId,
          purpose: c.purpose,
          granted_by: c.grantedBy,
          granted_at: c.grantedAt,
          revoked_at: null,
        })),
        granted.map((c) => ({ type: 'consent.granted', data: c })),
      );
      consents += granted.length;
      const freshIds = new Map(fresh.map((m) => [m.externalId, m.id]));
      inputs.forEach((input, i) => {
        const id = freshIds.get(input.externalId ?? null) ?? known.get(input.externalId ?? '') ?? '';
        // The same derivation the API applies (every demo member has a birth year).
        const ageGroup = deriveAgeGroup(input, now) as AgeGroup;
        members.push({ id, no: start + i, ageGroup, fresh: freshIds.has(input.externalId ?? null) });
      });
    });
  }
  const groups = await seedGroups(db, org, ref, members, now);
  return { members, created: members.filter((m) => m.fresh).length, consents, ...groups };
}

/** Consents a member plausibly gave: platform contact, and sharing with the partner that serves them. */
function demoConsents(
  memberId: string,
  ageGroup: AgeGroup | null,
  no: number,
  partners: Map<string, string>,
  now: string,
): Consent[] {
  const rng = new Prng(no * 40503 + 7);
  const minor = ageGroup === 'child' || ageGroup === 'youth';
  const grantedBy = minor ? 'guardian' : 'self';
  const out: Consent[] = [];
  const add = (partnerId: string | null | undefined, purpose: Consent['purpose']) => {
    if (partnerId === undefined) return;
    out.push({ id: newId('cns'), memberId, partnerId, purpose, grantedBy, grantedAt: now, revokedAt: null });
  };
  if (rng.chance(0.6)) add(null, 'contact');
  if (!minor && rng.chance(0.4)) add(partners.get('DEMO-CLINIC-PD'), 'health_data_sharing');
  if (ageGroup === 'senior' && rng.chance(0.5)) add(partners.get('DEMO-SENIOR-JA'), 'participation_sharing');
  if (ageGroup === 'child' && rng.chance(0.7)) add(partners.get('DEMO-SCHOOL-XH'), 'participation_sharing');
  return out;
}

/** A tai chi interest group, a school class of the partner school, a clinic referral cohort (with enrollments). */
async function seedGroups(db: Db, org: string, ref: Reference, members: SeedMember[], now: string) {
  const first = (group: AgeGroup, n: number) =>
    members
      .filter((m) => m.ageGroup === group)
      .slice(0, n)
      .map((m) => m.id);
  const specs = [
    {
      code: 'DEMO-G-TAICHI',
      name: '太极拳兴趣小组 Tai Chi Club',
      kind: 'interest_group' as const,
      memberIds: first('senior', 25),
    },
    {
      code: 'DEMO-G-CLASS-3-2',
      name: '三年级二班 Grade 3 Class 2',
      kind: 'school_class' as const,
      partnerId: ref.partners.get('DEMO-SCHOOL-XH'),
      memberIds: first('child', 30),
    },
    {
      code: 'DEMO-G-REFERRAL',
      name: '慢病运动处方队列 Exercise Referral Cohort',
      kind: 'referral_cohort' as const,
      partnerId: ref.partners.get('DEMO-CLINIC-PD'),
      memberIds: first('senior', 40).slice(25),
    },
  ];
  return db.transaction().execute(async (trx) => {
    const known = await existingKeys(
      trx,
      org,
      'groups',
      'code',
      specs.map((s) => s.code),
    );
    const groups: Group[] = specs.filter((s) => !known.has(s.code)).map((s) => newGroup(s, now));
    await insertWithEvents(
      trx,
      org,
      'groups',
      groups.map((g) => groupRow(org, g)),
      groups.map((g) => ({ type: 'group.created', data: g })),
    );
    const links = groups.flatMap((g) =>
      g.memberIds.map((member_id) => ({ organization_id: org, group_id: g.id, member_id })),
    );
    if (links.length) await trx.insertInto('group_members').values(links).execute();
    const cohort = groups.find((g) => g.code === 'DEMO-G-REFERRAL');
    const strength = ref.programs.find((p) => p.input.code === 'DEMO-STRENGTH-S')?.id;
    const enrollments =
      cohort && strength
        ? cohort.memberIds.map((memberId, i) =>
            newEnrollment(
              {
                memberId,
                programId: strength,
                groupId: cohort.id,
                source: 'referral',
                referenceId: `DEMO-SR-${String(i + 1).padStart(4, '0')}`,
              },
              now,
            ),
          )
        : [];
    await insertWithEvents(
      trx,
      org,
      'enrollments',
      enrollments.map((e) => enrollmentRow(org, e)),
      enrollments.map((e) => ({ type: 'enrollment.created', data: e })),
    );
    return { groups: groups.length, enrollments: enrollments.length };
  });
}
