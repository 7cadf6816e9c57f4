import ICAL from 'ical.js';
import { ianaZoneOf, offsetMinutesAt, type WallTime, wallTimeToEpoch } from './zoned-time.js';

/*
 * The time zone of an iCalendar date-time (RFC 5545 §3.2.19, §3.3.5): a VTIMEZONE in the file (ical.js
 * computes its offsets), else an IANA name Node knows, else — for floating times — the outlet's zone.
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

/** A TZID that is neither a VTIMEZONE of the file nor a zone Node knows. */
export class UnknownTimeZone extends Error {
  constructor(readonly tzid: string) {
    super(`unknown TZID ${tzid}`);
  }
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
