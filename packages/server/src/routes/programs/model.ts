import type { Program, ProgramCreate, ProgramUpdate } from '@sporthub/schemas';
import type { Selectable } from 'kysely';
import type { ProgramsTable } from '../../db/tables/provisioning.js';
import { newId } from '../../ids.js';

/** Row → API shape. */
export function toProgram(row: Selectable<ProgramsTable>): Program {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    kind: row.kind as Program['kind'],
    category: row.category,
    ageGroups: JSON.parse(row.age_groups) as Program['ageGroups'],
    intensity: row.intensity as Program['intensity'],
    theme: row.theme,
    description: row.description,
    defaultDurationMinutes:
      row.default_duration_minutes === null ? null : Number(row.default_duration_minutes),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: Number(row.revision),
  };
}

/** API shape → row. */
export function programRow(organizationId: string, p: Program): Selectable<ProgramsTable> {
  return {
    organization_id: organizationId,
    id: p.id,
    code: p.code,
    title: p.title,
    kind: p.kind,
    category: p.category,
    age_groups: JSON.stringify(p.ageGroups),
    intensity: p.intensity,
    theme: p.theme,
    description: p.description,
    default_duration_minutes: p.defaultDurationMinutes,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    revision: p.revision,
  };
}

/** A new program from a create body; optional fields default to null. */
export function newProgram(input: ProgramCreate, now: string): Program {
  return {
    id: newId('prg'),
    code: input.code,
    title: input.title,
    kind: input.kind,
    category: input.category,
    ageGroups: input.ageGroups,
    intensity: input.intensity,
    theme: input.theme ?? null,
    description: input.description ?? null,
    defaultDurationMinutes: input.defaultDurationMinutes ?? null,
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
}

const WRITABLE = [
  'code',
  'title',
  'kind',
  'category',
  'ageGroups',
  'intensity',
  'theme',
  'description',
  'defaultDurationMinutes',
] as const;

/**
 * `current` with the fields `patch` sends (a batch item is applied the same way: fields it leaves out
 * keep their value). Returns `current` itself when nothing changes: no revision bump, no event.
 */
export function applyProgramPatch(
  current: Program,
  patch: ProgramUpdate | ProgramCreate,
  now: string,
): Program {
  const next: Program = { ...current };
  let changed = false;
  for (const field of WRITABLE) {
    const value = patch[field];
    if (value === undefined) continue;
    if (JSON.stringify(value) !== JSON.stringify(current[field])) changed = true;
    (next as Record<string, unknown>)[field] = value;
  }
  return changed ? { ...next, updatedAt: now, revision: current.revision + 1 } : current;
}
