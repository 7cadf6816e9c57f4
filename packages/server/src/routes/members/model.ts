import { createHash } from 'node:crypto';
import {
  type AgeGroup,
  type Consent,
  deriveAgeGroup,
  ERASED_DISPLAY_NAME,
  type Member,
  type MemberCreate,
  type MemberUpdate,
} from '@sporthub/schemas';
import type { Selectable } from 'kysely';
import type { ConsentsTable, MembersTable } from '../../db/tables/people.js';
import { newId } from '../../ids.js';
import { canonicalJson } from '../outlets/model.js';

/** Row → API shape. */
export function toMember(row: Selectable<MembersTable>): Member {
  return {
    id: row.id,
    externalId: row.external_id,
    displayName: row.display_name,
    birthYear: row.birth_year,
    ageGroup: row.age_group as AgeGroup | null,
    schoolGrade: row.school_grade,
    gender: row.gender as Member['gender'],
    phone: row.phone,
    guardian: row.guardian === null ? null : JSON.parse(row.guardian),
    erasedAt: row.erased_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

/** API shape → row. `erasedKeyHash` is only set by erasure and kept on every later write. */
export function memberRow(
  organizationId: string,
  member: Member,
  erasedKeyHash: string | null = null,
): Selectable<MembersTable> {
  return {
    organization_id: organizationId,
    id: member.id,
    external_id: member.externalId,
    display_name: member.displayName,
    birth_year: member.birthYear,
    school_grade: member.schoolGrade,
    age_group: member.ageGroup,
    gender: member.gender,
    phone: member.phone,
    guardian: member.guardian === null ? null : JSON.stringify(member.guardian),
    erased_at: member.erasedAt,
    erased_key_hash: erasedKeyHash,
    created_at: member.createdAt,
    updated_at: member.updatedAt,
    revision: member.revision,
  };
}

export function toConsent(row: Selectable<ConsentsTable>): Consent {
  return {
    id: row.id,
    memberId: row.member_id,
    partnerId: row.partner_id,
    purpose: row.purpose as Consent['purpose'],
    grantedBy: row.granted_by as Consent['grantedBy'],
    grantedAt: row.granted_at,
    revokedAt: row.revoked_at,
  };
}

/** A new member from a create body; `ageGroup` derived as of `now`. */
export function newMember(input: MemberCreate, now: string): Member {
  const fields = {
    externalId: input.externalId ?? null,
    displayName: input.displayName,
    birthYear: input.birthYear ?? null,
    schoolGrade: input.schoolGrade ?? null,
    gender: input.gender ?? null,
    phone: input.phone ?? null,
    guardian: input.guardian ?? null,
  };
  return {
    id: newId('mem'),
    ...fields,
    ageGroup: deriveAgeGroup(fields, now),
    erasedAt: null,
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
}

/**
 * `current` with `patch` applied (omitted fields keep their value, null clears). `ageGroup` is
 * re-derived only when `birthYear` or `schoolGrade` is sent, so a stored group does not drift on
 * unrelated edits. Returns `current` itself when nothing changes (no revision bump, no event).
 */
export function applyMemberPatch(current: Member, patch: MemberUpdate | MemberCreate, now: string): Member {
  const fields = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const next: Member = { ...current, ...fields };
  if (patch.birthYear !== undefined || patch.schoolGrade !== undefined) {
    next.ageGroup = deriveAgeGroup(next, now);
  }
  if (sameContent(current, next)) return current;
  return { ...next, updatedAt: now, revision: current.revision + 1 };
}

/**
 * The member with its personal fields blanked (PIPL erasure). `ageGroup` is kept so aggregates
 * such as participation per age group stay correct.
 */
export function erasedMember(current: Member, now: string): Member {
  return {
    ...current,
    externalId: null,
    displayName: ERASED_DISPLAY_NAME,
    birthYear: null,
    schoolGrade: null,
    gender: null,
    phone: null,
    guardian: null,
    erasedAt: now,
    updatedAt: now,
    revision: current.revision + 1,
  };
}

/**
 * A one-way digest of an external id, scoped to the organization. Kept after erasure so a later
 * import of the same key is refused (`member_erased`) instead of re-creating the person.
 */
export function erasedKeyHash(organizationId: string, externalId: string): string {
  return createHash('sha256').update(`${organizationId}\n${externalId}`).digest('hex');
}

function sameContent(a: Member, b: Member): boolean {
  const { updatedAt: _a, revision: _ra, ...restA } = a;
  const { updatedAt: _b, revision: _rb, ...restB } = b;
  return canonicalJson(restA) === canonicalJson(restB);
}
