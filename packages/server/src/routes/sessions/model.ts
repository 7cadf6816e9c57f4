import type { Session, SessionCreate, SessionUpdate } from '@sporthub/schemas';
import type { Selectable } from 'kysely';
import type { SessionsTable } from '../../db/tables/scheduling.js';
import { newId } from '../../ids.js';

// An import repeats the same instants (a timetable's slots) thousands of times, and parsing and
// formatting one costs about a microsecond: recent conversions are kept (the cache starts over when full).
const UTC_CACHE_SIZE = 10_000;
const utcOf = new Map<string, string>();

/**
 * Instants are stored and returned in UTC (`…Z`, like every timestamp of the server), so text order is
 * time order on both dialects: the list's keyset and its `from`/`to` window compare strings.
 */
export function toUtc(instant: string): string {
  let utc = utcOf.get(instant);
  if (utc === undefined) {
    utc = new Date(instant).toISOString();
    if (utcOf.size >= UTC_CACHE_SIZE) utcOf.clear();
    utcOf.set(instant, utc);
  }
  return utc;
}

/** Row → API shape. */
export function toSession(row: Selectable<SessionsTable>): Session {
  return {
    id: row.id,
    externalId: row.external_id,
    outletId: row.outlet_id,
    zoneId: row.zone_id,
    programId: row.program_id,
    coachId: row.coach_id,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    capacity: Number(row.capacity),
    waitlistCapacity: Number(row.waitlist_capacity),
    status: row.status as Session['status'],
    seriesKey: row.series_key,
    bookedCount: Number(row.booked_count),
    waitlistedCount: Number(row.waitlisted_count),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: Number(row.revision),
  };
}

/** API shape → row. */
export function sessionRow(organizationId: string, s: Session): Selectable<SessionsTable> {
  return {
    organization_id: organizationId,
    id: s.id,
    external_id: s.externalId,
    outlet_id: s.outletId,
    zone_id: s.zoneId,
    program_id: s.programId,
    coach_id: s.coachId,
    title: s.title,
    starts_at: s.startsAt,
    ends_at: s.endsAt,
    capacity: s.capacity,
    waitlist_capacity: s.waitlistCapacity,
    status: s.status,
    series_key: s.seriesKey,
    booked_count: s.bookedCount,
    waitlisted_count: s.waitlistedCount,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
    revision: s.revision,
  };
}

/** The fields a client writes, with the contract's defaults for the ones a create body leaves out. */
type Writable = Pick<
  Session,
  | 'externalId'
  | 'outletId'
  | 'zoneId'
  | 'programId'
  | 'coachId'
  | 'title'
  | 'startsAt'
  | 'endsAt'
  | 'capacity'
  | 'waitlistCapacity'
  | 'status'
  | 'seriesKey'
>;

function writableOf(input: SessionCreate): Writable {
  return {
    externalId: input.externalId ?? null,
    outletId: input.outletId,
    zoneId: input.zoneId ?? null,
    programId: input.programId,
    coachId: input.coachId ?? null,
    title: input.title ?? null,
    startsAt: toUtc(input.startsAt),
    endsAt: toUtc(input.endsAt),
    capacity: input.capacity,
    waitlistCapacity: input.waitlistCapacity ?? 0,
    status: input.status ?? 'scheduled',
    seriesKey: input.seriesKey ?? null,
  };
}

export function newSession(input: SessionCreate, now: string): Session {
  return {
    id: newId('ses'),
    ...writableOf(input),
    bookedCount: 0,
    waitlistedCount: 0,
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
}

/**
 * A batch item replaces the matched session (fields it leaves out return to their defaults).
 * Returns `current` itself when nothing changes: no write, no revision bump, no event.
 */
export function replaceSession(current: Session, input: SessionCreate, now: string): Session {
  return withChanges(current, writableOf(input), now);
}

/** A PATCH: only the fields sent change; `null` clears a nullable one. */
export function applySessionPatch(current: Session, patch: SessionUpdate, now: string): Session {
  const next: Partial<Writable> = {};
  for (const [key, value] of Object.entries(patch) as [keyof Writable, unknown][]) {
    if (value === undefined) continue;
    (next as Record<string, unknown>)[key] =
      (key === 'startsAt' || key === 'endsAt') && typeof value === 'string' ? toUtc(value) : value;
  }
  return withChanges(current, next, now);
}

function withChanges(current: Session, fields: Partial<Writable>, now: string): Session {
  // Field by field rather than a canonical JSON compare: this runs for every row of an import.
  let changed = false;
  for (const key of Object.keys(fields) as (keyof Writable)[]) {
    if (fields[key] !== current[key]) {
      changed = true;
      break;
    }
  }
  if (!changed) return current;
  return { ...current, ...fields, updatedAt: now, revision: current.revision + 1 };
}

/** The change-feed type of a write: a transition to `cancelled` is `session.cancelled`. */
export function sessionEventType(before: Session | null, after: Session): string {
  if (!before) return 'session.created';
  if (after.status === 'cancelled' && before.status !== 'cancelled') return 'session.cancelled';
  return 'session.updated';
}
