import type {
  Enrollment,
  EnrollmentCreate,
  EnrollmentUpdate,
  Group,
  GroupCreate,
  GroupUpdate,
} from '@sporthub/schemas';
import type { Selectable } from 'kysely';
import type { EnrollmentsTable, GroupsTable } from '../../db/tables/people.js';
import { newId } from '../../ids.js';
import { canonicalJson } from '../outlets/model.js';

export function toGroup(row: Selectable<GroupsTable>, memberIds: string[]): Group {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind as Group['kind'],
    partnerId: row.partner_id,
    memberIds,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

export function groupRow(organizationId: string, group: Group): Selectable<GroupsTable> {
  return {
    organization_id: organizationId,
    id: group.id,
    code: group.code,
    name: group.name,
    kind: group.kind,
    partner_id: group.partnerId,
    created_at: group.createdAt,
    updated_at: group.updatedAt,
    revision: group.revision,
  };
}

/** Member ids in the contract's order (by id, byte-wise: the same on both dialects). */
export function sortedIds(ids: readonly string[]): string[] {
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function newGroup(input: GroupCreate, now: string): Group {
  return {
    id: newId('grp'),
    code: input.code,
    name: input.name,
    kind: input.kind,
    partnerId: input.partnerId ?? null,
    memberIds: sortedIds(input.memberIds ?? []),
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
}

/** `current` with `patch` applied (`memberIds` replaces the set); `current` itself when unchanged. */
export function applyGroupPatch(current: Group, patch: GroupUpdate, now: string): Group {
  const fields = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const next: Group = { ...current, ...fields };
  if (patch.memberIds !== undefined) next.memberIds = sortedIds(patch.memberIds);
  return changed(current, next) ? { ...next, updatedAt: now, revision: current.revision + 1 } : current;
}

export function toEnrollment(row: Selectable<EnrollmentsTable>): Enrollment {
  return {
    id: row.id,
    memberId: row.member_id,
    programId: row.program_id,
    groupId: row.group_id,
    source: row.source as Enrollment['source'],
    referenceId: row.reference_id,
    status: row.status as Enrollment['status'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

export function enrollmentRow(organizationId: string, enrollment: Enrollment): Selectable<EnrollmentsTable> {
  return {
    organization_id: organizationId,
    id: enrollment.id,
    member_id: enrollment.memberId,
    program_id: enrollment.programId,
    group_id: enrollment.groupId,
    source: enrollment.source,
    reference_id: enrollment.referenceId,
    status: enrollment.status,
    created_at: enrollment.createdAt,
    updated_at: enrollment.updatedAt,
    revision: enrollment.revision,
  };
}

export function newEnrollment(input: EnrollmentCreate, now: string): Enrollment {
  return {
    id: newId('enr'),
    memberId: input.memberId,
    programId: input.programId,
    groupId: input.groupId ?? null,
    source: input.source,
    referenceId: input.referenceId ?? null,
    status: input.status ?? 'active',
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
}

export function applyEnrollmentPatch(current: Enrollment, patch: EnrollmentUpdate, now: string): Enrollment {
  const fields = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const next: Enrollment = { ...current, ...fields };
  return changed(current, next) ? { ...next, updatedAt: now, revision: current.revision + 1 } : current;
}

function changed<T extends { updatedAt: string; revision: number }>(a: T, b: T): boolean {
  const { updatedAt: _a, revision: _ra, ...restA } = a;
  const { updatedAt: _b, revision: _rb, ...restB } = b;
  return canonicalJson(restA) !== canonicalJson(restB);
}
