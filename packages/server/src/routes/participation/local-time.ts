import { HttpProblem } from '../../http/problem.js';

/** RFC 3339 date-time with a required offset (`Z` or `±hh:mm`). */
export const RFC3339_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * A client timestamp normalized to the stored form (UTC `…Z`, milliseconds), so stored timestamps
 * compare as strings; 422 naming `field` when it is not RFC 3339.
 */
export function normalizeTimestamp(value: string, field: string): string {
  const ms = Date.parse(value);
  if (!RFC3339_TIMESTAMP.test(value) || Number.isNaN(ms)) {
    throw new HttpProblem(422, 'validation_failed', `${field} is not an RFC 3339 timestamp.`, [
      { path: `/${field}`, code: 'invalid_format', message: 'expected e.g. 2026-09-05T07:58:12+08:00' },
    ]);
  }
  return new Date(ms).toISOString();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const DAY = 86_400_000;
const QUARTER_HOUR = 15 * 60 * 1000;
/** Offsets per zone and UTC day; null marks a day with a transition (then looked up per quarter hour). */
const dayOffsets = new Map<string, number | null>();

function offsetAt(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterOf(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const local = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return Math.round((local - Math.floor(ms / 1000) * 1000) / 60_000);
}

/**
 * The zone's UTC offset in minutes at instant `ms`. Intl is slow (an export converts a million
 * timestamps), and offsets change at most a few times a year: cache per UTC day, and only on a day
 * with a transition look up each quarter hour.
 */
export function offsetMinutes(ms: number, timeZone: string): number {
  const day = Math.floor(ms / DAY);
  const key = `${timeZone}|${day}`;
  let offset = dayOffsets.get(key);
  if (offset === undefined) {
    const start = offsetAt(day * DAY, timeZone);
    offset = offsetAt((day + 1) * DAY - 1, timeZone) === start ? start : null;
    if (dayOffsets.size > 50_000) dayOffsets.clear();
    dayOffsets.set(key, offset);
  }
  return offset ?? offsetAt(Math.floor(ms / QUARTER_HOUR) * QUARTER_HOUR, timeZone);
}

function offsetSuffix(offset: number): string {
  const abs = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Zone + UTC hour (`2026-09-05T07`) → [local `YYYY-MM-DDTHH`, offset suffix], for whole-hour offsets. */
const hourShifts = new Map<string, [string, string] | null>();
const STORED_FORM = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * `2026-09-05T07:58:12+08:00`: a stored UTC timestamp shown with the zone's offset (milliseconds kept
 * only when not zero). The export converts every row, so the stored form (`toISOString`) takes a fast
 * path: with a whole-hour offset only the date and hour change, looked up once per UTC hour.
 */
export function withZoneOffset(iso: string, timeZone: string): string {
  if (iso.length === 24 && STORED_FORM.test(iso)) {
    const key = `${timeZone}|${iso.slice(0, 13)}`;
    let shift = hourShifts.get(key);
    if (shift === undefined) {
      const ms = Date.parse(`${iso.slice(0, 13)}:00:00.000Z`);
      const offset = offsetMinutes(ms, timeZone);
      // A whole-hour offset that holds for the entire hour (no transition inside it).
      const constant = offset % 60 === 0 && offsetMinutes(ms + 3_599_999, timeZone) === offset;
      shift = constant
        ? [new Date(ms + offset * 60_000).toISOString().slice(0, 13), offsetSuffix(offset)]
        : null;
      if (hourShifts.size > 100_000) hourShifts.clear();
      hourShifts.set(key, shift);
    }
    if (shift) {
      const rest = iso.endsWith('.000Z') ? iso.slice(13, 19) : iso.slice(13, 23);
      return shift[0] + rest + shift[1];
    }
  }
  const ms = Date.parse(iso);
  const offset = offsetMinutes(ms, timeZone);
  const local = new Date(ms + offset * 60_000).toISOString();
  const seconds = local.endsWith('.000Z') ? local.slice(0, 19) : local.slice(0, 23);
  return seconds + offsetSuffix(offset);
}

/** The `YYYY-MM-DD` date of instant `iso` in the zone. */
export function localDateOf(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  return new Date(ms + offsetMinutes(ms, timeZone) * 60_000).toISOString().slice(0, 10);
}

/** The UTC instant (stored form) at which local date `date` (`YYYY-MM-DD`) begins in the zone. */
export function startOfLocalDay(date: string, timeZone: string): string {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  // Two rounds settle the offset even when midnight is near a transition.
  let guess = midnightUtc - offsetMinutes(midnightUtc, timeZone) * 60_000;
  guess = midnightUtc - offsetMinutes(guess, timeZone) * 60_000;
  return new Date(guess).toISOString();
}

/** The day after `date`. */
export function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
