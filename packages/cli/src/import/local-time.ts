import { formatRfc3339, offsetMinutesAt, wallTimeAt, wallTimeToEpoch } from './readers/zoned-time.js';

/*
 * Local schedule times → instants in the outlet's IANA zone (SPEC §3). Intl lookups cost microseconds
 * each and a 100k-row import converts 200k times, so the offset is cached per zone and date: when the
 * day starts and ends on the same offset (every day but a DST switch), every time that day has it;
 * otherwise each time goes through `wallTimeToEpoch`, which handles gaps and repeats (RFC 5545 §3.3.5).
 */

const MINUTE = 60_000;
/**
 * Entries each cache keeps before it starts over. A schedule's rows cluster by date, so a few thousand
 * suffice; at 100k entries the timestamp cache alone held ~25 MB of a million-row import's heap.
 */
const CACHE_ENTRIES = 8192;
const dayOffsets = new Map<string, number | null>();

function parts(date: string, time: string) {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0, second = 0] = time.split(':').map(Number);
  return { year, month, day, hour, minute, second };
}

function uniformOffset(date: string, timeZone: string): number | null {
  const key = `${timeZone}|${date}`;
  let offset = dayOffsets.get(key);
  if (offset === undefined) {
    const start = wallTimeToEpoch(parts(date, '00:00:00'), timeZone);
    const end = wallTimeToEpoch(parts(date, '23:59:59'), timeZone);
    const a = offsetMinutesAt(start, timeZone);
    offset = a === offsetMinutesAt(end, timeZone) ? a : null;
    if (dayOffsets.size >= CACHE_ENTRIES) dayOffsets.clear();
    dayOffsets.set(key, offset);
  }
  return offset;
}

/** A local instant: epoch milliseconds and the zone's offset then, in minutes east of UTC. */
export interface ZonedInstant {
  epochMs: number;
  offsetMinutes: number;
  /** The wall time does not exist in the zone (clocks skip it at a DST switch); `epochMs` is shifted past the gap. */
  nonexistent?: true;
}

/** `date` (`YYYY-MM-DD`) at `time` (`HH:MM[:SS]`) in `timeZone`. */
export function localInstant(date: string, time: string, timeZone: string): ZonedInstant {
  const wall = parts(date, time);
  const offset = uniformOffset(date, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  if (offset !== null) return { epochMs: asUtc - offset * MINUTE, offsetMinutes: offset };
  const epochMs = wallTimeToEpoch(wall, timeZone);
  const instant: ZonedInstant = { epochMs, offsetMinutes: offsetMinutesAt(epochMs, timeZone) };
  // Only on a switch day: does the instant read back as the wall time written?
  const back = wallTimeAt(epochMs, timeZone);
  if (back.hour !== wall.hour || back.minute !== wall.minute || back.day !== wall.day)
    instant.nonexistent = true;
  return instant;
}

/** A local time as the API takes it: epoch milliseconds and RFC 3339 text with the zone's offset. */
export interface LocalTimestamp {
  epochMs: number;
  text: string;
  /** The wall time falls in a DST gap: it does not exist in the zone. */
  nonexistent?: true;
}

// A schedule repeats a few hundred dates and a few dozen times: most rows hit this cache.
const timestamps = new Map<string, LocalTimestamp>();

/** `localInstant` formatted as RFC 3339, cached per zone, date and time. */
export function localTimestamp(date: string, time: string, timeZone: string): LocalTimestamp {
  const key = `${timeZone}\u0000${date}\u0000${time}`;
  let found = timestamps.get(key);
  if (found === undefined) {
    const { epochMs, offsetMinutes, nonexistent } = localInstant(date, time, timeZone);
    found = { epochMs, text: formatRfc3339(epochMs, offsetMinutes) };
    if (nonexistent) found.nonexistent = true;
    if (timestamps.size >= CACHE_ENTRIES) timestamps.clear();
    timestamps.set(key, found);
  }
  return found;
}

export { formatRfc3339 } from './readers/zoned-time.js';
