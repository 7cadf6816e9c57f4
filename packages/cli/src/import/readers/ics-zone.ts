import ICAL from 'ical.js';
import { ianaZoneOf, offsetMinutesAt, type WallTime, wallTimeToEpoch } from './zoned-time.js';

/*
 * The time zone of an iCalendar date-time (RFC 5545 §3.2.19, §3.3.5): a VTIMEZONE in the file (ical.js
 * computes its offsets), else an IANA name Node knows, else — for floating times — the calendar's
 * X-WR-TIMEZONE or the outlet's zone.
 */

/** A time zone that turns wall-clock times into instants and back. */
export interface Zone {
  readonly name: string;
  toEpoch(wall: WallTime): number;
  /** Minutes east of UTC at the instant. */
  offsetAt(epochMs: number): number;
}

export function ianaZone(name: string): Zone {
  return {
    name,
    toEpoch: (wall) => wallTimeToEpoch(wall, name),
    offsetAt: (epochMs) => offsetMinutesAt(epochMs, name),
  };
}

export const UTC_ZONE = ianaZone('UTC');

const vtimezones = new WeakMap<ICAL.Timezone, Zone>();

function vtimezoneZone(tz: ICAL.Timezone): Zone {
  let zone = vtimezones.get(tz);
  if (!zone) {
    zone = {
      name: tz.tzid,
      toEpoch: (wall) => new ICAL.Time({ ...wall, isDate: false }, tz).toUnixTime() * 1000,
      offsetAt(epochMs) {
        const t = new ICAL.Time({ year: 1970, month: 1, day: 1, isDate: false }, ICAL.Timezone.utcTimezone);
        t.fromUnixTime(Math.floor(epochMs / 1000));
        return Math.round(t.convertToZone(tz).utcOffset() / 60);
      },
    };
    vtimezones.set(tz, zone);
  }
  return zone;
}

export const isUtc = (time: ICAL.Time) =>
  time.zone === ICAL.Timezone.utcTimezone || time.zone?.tzid === 'UTC';
/** No VTIMEZONE and not UTC: ical.js iterates it as a floating wall-clock time. */
export const isFloating = (time: ICAL.Time) => !time.zone || time.zone === ICAL.Timezone.localTimezone;

/** A TZID (or X-WR-TIMEZONE) that is neither a VTIMEZONE of the file nor a zone Node knows. */
export class UnknownTimeZone extends Error {
  constructor(
    readonly tzid: string,
    /** The property that names it. */
    readonly property: 'TZID' | 'X-WR-TIMEZONE' = 'TZID',
  ) {
    super(`unknown ${property} ${tzid}`);
  }
}

/** A zone that cannot be used: each use throws `UnknownTimeZone` (only events that need it fail). */
function unknownZone(error: UnknownTimeZone): Zone {
  const fail = (): never => {
    throw error;
  };
  return { name: error.tzid, toEpoch: fail, offsetAt: fail };
}

/**
 * The zone a calendar's X-WR-TIMEZONE names (Apple, Google and Outlook write it; RFC 7986 does not), in
 * which its floating times are read: a VTIMEZONE of the calendar, else an IANA or Windows name. An
 * unknown name gives a zone that throws `UnknownTimeZone` when a floating time needs it.
 */
export function calendarZone(calendar: ICAL.Component): Zone | undefined {
  const value = calendar.getFirstPropertyValue('x-wr-timezone');
  const name = typeof value === 'string' ? value.trim() : '';
  if (name === '') return undefined;
  const defined = calendar.getTimeZoneByID(name);
  if (defined) return vtimezoneZone(defined);
  const iana = ianaZoneOf(name);
  return iana ? ianaZone(iana) : unknownZone(new UnknownTimeZone(name, 'X-WR-TIMEZONE'));
}

/**
 * The zone of a DTSTART/DTEND/EXDATE/RDATE/RECURRENCE-ID property. `floating` is used when the value
 * has neither `Z` nor TZID. Throws `UnknownTimeZone`.
 */
export function zoneOfProperty(prop: ICAL.Property, floating: Zone): Zone {
  const time = prop.getFirstValue() as ICAL.Time;
  if (isUtc(time)) return UTC_ZONE;
  if (!isFloating(time)) return vtimezoneZone(time.zone);
  const tzid = prop.getParameter('tzid');
  if (typeof tzid !== 'string' || tzid === '') return floating;
  const iana = ianaZoneOf(tzid);
  if (!iana) throw new UnknownTimeZone(tzid);
  return ianaZone(iana);
}

/** The wall-clock fields of an ical.js time. */
export function wallOf(time: ICAL.Time): WallTime {
  const { year, month, day, hour, minute, second } = time;
  return { year, month, day, hour, minute, second };
}

/** The instant of an ical.js time; `zone` is used only when the time itself is floating. */
export function epochOf(time: ICAL.Time, zone: Zone): number {
  if (isUtc(time)) return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  if (!isFloating(time)) return time.toUnixTime() * 1000;
  return zone.toEpoch(wallOf(time));
}

/**
 * The end of a DURATION from `start` (RFC 5545 §3.3.6): weeks and days are nominal — the same
 * wall-clock time that many calendar days later in `zone`, 23 or 25 hours across a DST change — and
 * hours, minutes and seconds are exact.
 */
export function addDuration(start: number, duration: ICAL.Duration, zone: Zone): number {
  const sign = duration.isNegative ? -1 : 1;
  const days = sign * (duration.weeks * 7 + duration.days);
  const exact = sign * (duration.hours * 3600 + duration.minutes * 60 + duration.seconds) * 1000;
  if (days === 0) return start + exact;
  const wall = wallAt(start, zone);
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  const later = {
    ...wall,
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  };
  return zone.toEpoch(later) + exact;
}

/** The wall-clock time of an instant in a zone. */
export function wallAt(epochMs: number, zone: Zone): WallTime {
  const d = new Date(epochMs + zone.offsetAt(epochMs) * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}
