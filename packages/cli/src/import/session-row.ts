import {
  formatScheduleError,
  normalizeHeader,
  parseScheduleDate,
  parseScheduleTime,
  type ScheduleColumn,
} from '@sporthub/schemas';
import type { SessionCreate } from '@sporthub/sdk';
import { byCode } from './codes.js';
import { localDateTime } from './export-rows.js';
import { localTimestamp } from './local-time.js';
import type { RecordError, SourceRecord } from './readers/index.js';
import type { ScheduleReferences } from './references.js';

/*
 * A checked schedule row → the `SessionCreate` the server takes: codes resolved to ids through the
 * references fetched once, local times turned into instants in the outlet's time zone. Problems come
 * back as record errors naming the column as the file wrote it.
 *
 * The series: an iCalendar occurrence's comes from the reader, a CSV/XLSX row's from its series_key
 * cell. A batch item replaces the session, so a row without one (empty cell, or no such column) leaves
 * the session in no series, as an empty coach or zone cell leaves it without coach or zone: keep the
 * column of `schedules export` when editing its file, or the calendar sync stops covering those sessions.
 */

/** A row ready to send, with its interval for the cross-row checks. */
export interface ResolvedSession {
  session: SessionCreate & { externalId: string };
  startMs: number;
  endMs: number;
  /** The zone's capacity when the row names a zone (for the warning). */
  zoneCapacity: number | null;
}

// The iCalendar properties behind each column, for messages about ICS events.
const ICS_PROPERTY: Partial<Record<ScheduleColumn, string>> = {
  outlet_code: 'X-SPORTHUB-OUTLET',
  program_code: 'X-SPORTHUB-PROGRAM',
  coach: 'X-SPORTHUB-COACH',
  capacity: 'X-SPORTHUB-CAPACITY',
  zone: 'LOCATION',
  external_id: 'UID',
};

let lastKeys: string[] | undefined;
let lastHeaders: Map<ScheduleColumn, string> | undefined;

/** The header the file used for a canonical column (the canonical name, or the ICS property, else). */
export function columnName(record: SourceRecord, column: ScheduleColumn): string {
  if (record.seriesKey !== undefined) return ICS_PROPERTY[column] ?? column;
  const keys = Object.keys(record.raw);
  // Rows of one file share their keys: reuse the mapping while they are the same.
  if (
    !lastHeaders ||
    !lastKeys ||
    keys.length !== lastKeys.length ||
    keys.some((k, i) => k !== lastKeys?.[i])
  ) {
    lastKeys = keys;
    lastHeaders = new Map();
    for (const key of keys) {
      const canonical = normalizeHeader(key);
      if (canonical && !lastHeaders.has(canonical)) lastHeaders.set(canonical, key);
    }
  }
  return lastHeaders.get(column) ?? column;
}

function problem(
  record: SourceRecord,
  column: ScheduleColumn,
  code: RecordError['code'],
  params: Record<string, string | number>,
): RecordError {
  const name = columnName(record, column);
  const message = formatScheduleError(code as Parameters<typeof formatScheduleError>[0], {
    column: name,
    ...params,
  });
  return { column: name, code, message };
}

/**
 * Resolves a record's row (which must be present) or returns its errors. Pure: no I/O.
 */
export function resolveSession(
  record: SourceRecord,
  refs: ScheduleReferences,
): { ok: ResolvedSession } | { errors: RecordError[] } {
  const row = record.row;
  if (!row) return { errors: record.errors };
  const errors: RecordError[] = [];
  const outlet = byCode(refs.outlets, row.outletCode);
  if (!outlet) errors.push(problem(record, 'outlet_code', 'unknown_outlet', { value: row.outletCode }));
  const programId = byCode(refs.programs, row.programCode);
  if (!programId) errors.push(problem(record, 'program_code', 'unknown_program', { value: row.programCode }));
  let coachId: string | undefined;
  if (row.coach !== undefined) {
    const match = refs.coach(row.coach);
    if ('id' in match) coachId = match.id;
    else errors.push(problem(record, 'coach', match.error, { value: row.coach }));
  }
  let zone: { id: string; capacity: number | null } | undefined;
  if (row.zone !== undefined && outlet) {
    zone = byCode(outlet.zones, row.zone);
    if (!zone) errors.push(problem(record, 'zone', 'unknown_zone', { value: row.zone }));
  }
  if (errors.length > 0 || !outlet || !programId) return { errors };

  let startsAt: string;
  let endsAt: string;
  let startMs: number;
  let endMs: number;
  if ('startsAt' in row) {
    startsAt = row.startsAt;
    endsAt = row.endsAt;
    startMs = Date.parse(startsAt);
    endMs = Date.parse(endsAt);
    const conflict = conflictingLocalTimes(record, { startMs, endMs, startsAt, endsAt }, outlet.timezone);
    if (conflict) return { errors: [conflict] };
  } else {
    const start = localTimestamp(row.date, row.startTime, outlet.timezone);
    const end = localTimestamp(row.date, row.endTime, outlet.timezone);
    startMs = start.epochMs;
    endMs = end.epochMs;
    startsAt = start.text;
    endsAt = end.text;
    const skipped = start.nonexistent ? 'start_time' : end.nonexistent ? 'end_time' : undefined;
    if (skipped) {
      const value = skipped === 'start_time' ? row.startTime : row.endTime;
      return { errors: [problem(record, skipped, 'nonexistent_time', { value, zone: outlet.timezone })] };
    }
    if (endMs <= startMs) {
      // A wall-clock range that a DST switch turns inside out.
      return { errors: [problem(record, 'end_time', 'ends_before_start', { value: row.endTime })] };
    }
  }
  const session: ResolvedSession['session'] = {
    externalId: row.externalId,
    outletId: outlet.id,
    programId,
    startsAt,
    endsAt,
    capacity: row.capacity,
  };
  if (zone) session.zoneId = zone.id;
  if (coachId) session.coachId = coachId;
  if (row.title !== undefined) session.title = row.title;
  if (row.waitlist !== undefined) session.waitlistCapacity = row.waitlist;
  if (row.status !== undefined) session.status = row.status;
  const seriesKey = record.seriesKey ?? row.seriesKey;
  if (seriesKey) session.seriesKey = seriesKey;
  return { ok: { session, startMs, endMs, zoneCapacity: zone?.capacity ?? null } };
}

type LocalColumn = 'date' | 'start_time' | 'end_time';

/** How `schedules export` wrote instants before 2026-11-29: `toISOString()`, milliseconds and `Z`. */
const UTC_EXPORT_INSTANT = /T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * A row of a CSV exported before 2026-11-29, untouched: that export wrote date/start_time/end_time in UTC
 * beside its `…:00.000Z` instants. Such a row is taken as it is, by its instants, so re-importing an
 * older export does not reject every row whose UTC date or time differs from the outlet's; an edit to
 * its readable columns still disagrees with the instants and is refused.
 */
function exportedInUtc(
  record: SourceRecord,
  local: Partial<Record<LocalColumn, { parsed: string }>>,
  instants: { startMs: number; endMs: number },
): boolean {
  const cell = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  if (
    !UTC_EXPORT_INSTANT.test(cell(record.input.startsAt)) ||
    !UTC_EXPORT_INSTANT.test(cell(record.input.endsAt))
  ) {
    return false;
  }
  const start = localDateTime(instants.startMs, 'UTC');
  const utc: Record<LocalColumn, string> = {
    date: start.date,
    start_time: start.time,
    end_time: localDateTime(instants.endMs, 'UTC').time,
  };
  return LOCAL_COLUMNS.every((column) => local[column] === undefined || local[column].parsed === utc[column]);
}
const LOCAL_COLUMNS = ['date', 'start_time', 'end_time'] as const;
const LOCAL_FIELD = { date: 'date', start_time: 'startTime', end_time: 'endTime' } as const;

/**
 * A row with `starts_at`/`ends_at` (which are used) and local `date`/`start_time`/`end_time` cells
 * too, as `schedules export` writes it: every local cell that is filled must say what the instants say
 * in the outlet's zone, so an edit to the readable columns alone is refused, never silently ignored.
 * `end_time` is the end's time of day (the end may be the next day).
 */
function conflictingLocalTimes(
  record: SourceRecord,
  instants: { startMs: number; endMs: number; startsAt: string; endsAt: string },
  timeZone: string,
): RecordError | undefined {
  const local: Partial<Record<LocalColumn, { cell: string; parsed: string }>> = {};
  for (const column of LOCAL_COLUMNS) {
    const value = record.input[LOCAL_FIELD[column]];
    const cell = value === null || value === undefined ? '' : String(value).trim();
    if (cell === '') continue;
    const parsed = column === 'date' ? parseScheduleDate(cell) : parseScheduleTime(cell);
    if (parsed === null) {
      return problem(record, column, column === 'date' ? 'invalid_date' : 'invalid_time', { value: cell });
    }
    local[column] = { cell, parsed };
  }
  const { date, start_time: startTime, end_time: endTime } = local;
  if (!date && !startTime && !endTime) return undefined;
  // The usual row agrees, and the instants of its wall times are cached per zone, date and time: a
  // million exported rows cost map lookups, not two time-zone conversions each.
  if (date && startTime && endTime) {
    const start = localTimestamp(date.parsed, startTime.parsed, timeZone);
    const end = localTimestamp(date.parsed, endTime.parsed, timeZone);
    const exact = !start.nonexistent && !end.nonexistent;
    if (exact && start.epochMs === instants.startMs && end.epochMs === instants.endMs) return undefined;
  }
  if (exportedInUtc(record, local, instants)) return undefined;
  // Otherwise compare with the wall time of each instant (not the instant of the wall time), so a time
  // a DST switch repeats agrees with either occurrence, and an end on the next day with its time of day.
  const start = localDateTime(instants.startMs, timeZone);
  const expected: Record<LocalColumn, [string, ScheduleColumn, string]> = {
    date: [start.date, 'starts_at', instants.startsAt],
    start_time: [start.time, 'starts_at', instants.startsAt],
    end_time: [localDateTime(instants.endMs, timeZone).time, 'ends_at', instants.endsAt],
  };
  for (const column of LOCAL_COLUMNS) {
    const given = local[column];
    const [want, other, instant] = expected[column];
    if (given && given.parsed !== want) {
      return problem(record, column, 'conflicting_times', {
        value: given.cell,
        other: columnName(record, other),
        instant,
        expected: want,
        zone: timeZone,
      });
    }
  }
  return undefined;
}
