import type { Staff, StaffCreate, StaffUpdate } from '@sporthub/schemas';
import type { Selectable } from 'kysely';
import type { StaffTable } from '../../db/tables/provisioning.js';
import { newId } from '../../ids.js';

/** Row → API shape. */
export function toStaff(row: Selectable<StaffTable>): Staff {
  return {
    id: row.id,
    externalId: row.external_id,
    name: row.name,
    role: row.role as Staff['role'],
    certifications: JSON.parse(row.certifications) as string[],
    outletIds: JSON.parse(row.outlet_ids) as string[],
    phone: row.phone,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: Number(row.revision),
  };
}

/** API shape → row. */
export function staffRow(organizationId: string, s: Staff): Selectable<StaffTable> {
  return {
    organization_id: organizationId,
    id: s.id,
    external_id: s.externalId,
    name: s.name,
    role: s.role,
    certifications: JSON.stringify(s.certifications),
    outlet_ids: JSON.stringify(s.outletIds),
    phone: s.phone,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
    revision: s.revision,
  };
}

/** A new staff member from a create body; lists default to empty, phone to null. */
export function newStaff(input: StaffCreate, now: string): Staff {
  return {
    id: newId('stf'),
    externalId: input.externalId,
    name: input.name,
    role: input.role,
    certifications: input.certifications ?? [],
    outletIds: input.outletIds ?? [],
    phone: input.phone ?? null,
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
}

const WRITABLE = ['externalId', 'name', 'role', 'certifications', 'outletIds', 'phone'] as const;

/**
 * `current` with the fields `patch` sends (arrays replace the whole list; a batch item is applied the
 * same way). Returns `current` itself when nothing changes: no revision bump, no event.
 */
export function applyStaffPatch(current: Staff, patch: StaffUpdate | StaffCreate, now: string): Staff {
  const next: Staff = { ...current };
  let changed = false;
  for (const field of WRITABLE) {
    const value = patch[field];
    if (value === undefined) continue;
    if (JSON.stringify(value) !== JSON.stringify(current[field])) changed = true;
    (next as Record<string, unknown>)[field] = value;
  }
  return changed ? { ...next, updatedAt: now, revision: current.revision + 1 } : current;
}
