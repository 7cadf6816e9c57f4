import type { Participation, ParticipationCreate } from '@sporthub/schemas';
import type { Selectable } from 'kysely';
import type { ParticipationTable } from '../../db/tables/participation.js';
import { newId } from '../../ids.js';
import { normalizeTimestamp } from './local-time.js';

/** What a check-in needs to know about its session (read from the scheduling and outlet tables). */
export interface SessionContext {
  id: string;
  outletId: string;
  status: string;
  timezone: string;
}

/** Row → API shape. */
export function toParticipation(row: Selectable<ParticipationTable>): Participation {
  return {
    id: row.id,
    externalId: row.external_id,
    sessionId: row.session_id,
    memberId: row.member_id,
    outletId: row.outlet_id,
    checkedInAt: row.checked_in_at,
    durationMinutes: row.duration_minutes === null ? null : Number(row.duration_minutes),
    source: row.source as Participation['source'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: Number(row.revision),
  };
}

/** API shape → row; `localDate` and `changeSeq` are derived by the caller (outlet zone, feed seq). */
export function participationRow(
  organizationId: string,
  p: Participation,
  localDate: string,
  changeSeq: number,
): Selectable<ParticipationTable> {
  return {
    organization_id: organizationId,
    id: p.id,
    external_id: p.externalId,
    session_id: p.sessionId,
    member_id: p.memberId,
    outlet_id: p.outletId,
    checked_in_at: p.checkedInAt,
    duration_minutes: p.durationMinutes,
    source: p.source,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    revision: p.revision,
    local_date: localDate,
    change_seq: changeSeq,
  };
}

/** A new check-in; `checkedInAt` defaults to the time the request arrived. */
export function newParticipation(
  input: ParticipationCreate,
  session: SessionContext,
  now: string,
): Participation {
  return {
    id: newId('par'),
    externalId: input.externalId ?? null,
    sessionId: input.sessionId,
    memberId: input.memberId,
    outletId: session.outletId,
    checkedInAt: input.checkedInAt === undefined ? now : normalizeTimestamp(input.checkedInAt, 'checkedInAt'),
    durationMinutes: input.durationMinutes ?? null,
    source: input.source ?? 'staff',
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
}

/**
 * `current` with a batch item applied (fields the item omits keep their value). Returns `current`
 * itself when nothing changes, so the batch reports `unchanged` without a revision bump or event.
 */
export function applyParticipationItem(
  current: Participation,
  input: ParticipationCreate,
  session: SessionContext,
  now: string,
): Participation {
  const next: Participation = {
    ...current,
    externalId: input.externalId ?? current.externalId,
    sessionId: input.sessionId,
    memberId: input.memberId,
    outletId: session.outletId,
    checkedInAt:
      input.checkedInAt === undefined
        ? current.checkedInAt
        : normalizeTimestamp(input.checkedInAt, 'checkedInAt'),
    durationMinutes: input.durationMinutes === undefined ? current.durationMinutes : input.durationMinutes,
    source: input.source ?? current.source,
  };
  const same = (Object.keys(next) as (keyof Participation)[]).every((key) => next[key] === current[key]);
  return same ? current : { ...next, updatedAt: now, revision: current.revision + 1 };
}

/** The (session, member) pair key: a member takes part in a session at most once. */
export const pairKey = (sessionId: string, memberId: string) => `${sessionId}|${memberId}`;
