import { createRequire } from 'node:module';
/*
 * Wall-clock time ↔ instant in an IANA time zone, with the tz database Node ships (Intl). Used for
 * iCalendar TZIDs that name a zone without a VTIMEZONE in the file, for floating times (the outlet's
 * zone) and for "today" in the outlet's zone.
 */

/** A local date and time of day, months 1-12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The outlet time zone when none is given (SPEC §6.1 default). */
export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

/** True when Node knows the IANA name (`Asia/Shanghai`, `America/New_York`, `UTC`). */
export function isTimeZone(name: string): boolean {
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

const wallUtc = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** The wall-clock time an instant shows in a zone. */
export function wallTimeAt(epochMs: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(epochMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The zone's UTC offset at an instant, in minutes east of UTC. */
export function offsetMinutesAt(epochMs: number, timeZone: string): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  return Math.round((wallUtc(wallTimeAt(whole, timeZone)) - whole) / MINUTE);
}

/**
 * The instant of a wall-clock time in a zone. As RFC 5545 §3.3.5 asks, a time that falls in a DST gap
 * takes the offset from before the gap, and one that occurs twice takes its first occurrence.
 */
export function wallTimeToEpoch(wall: WallTime, timeZone: string): number {
  const asUtc = wallUtc(wall);
  const offsets = [
    ...new Set([offsetMinutesAt(asUtc - DAY, timeZone), offsetMinutesAt(asUtc + DAY, timeZone)]),
  ];
  const valid = offsets.filter((o) => offsetMinutesAt(asUtc - o * MINUTE, timeZone) === o);
  const offset = valid.length > 0 ? Math.max(...valid) : Math.min(...offsets);
  return asUtc - offset * MINUTE;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** RFC 3339 with the given offset: `2027-01-05T08:30:00+08:00` (`Z` for offset 0). */
export function formatRfc3339(epochMs: number, offsetMinutes: number): string {
  const local = new Date(epochMs + offsetMinutes * MINUTE).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${local}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** iCalendar basic UTC form: `20270105T003000Z`. */
export function formatBasicUtc(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** `YYYY-MM-DD` of a wall time. */
export function formatDate(wall: Pick<WallTime, 'year' | 'month' | 'day'>): string {
  return `${wall.year}-${pad2(wall.month)}-${pad2(wall.day)}`;
}

/**
 * The IANA zone of a Windows zone name, as Outlook and Exchange write it in TZID (usually with a
 * VTIMEZONE, not always): CLDR's mapping (windows-iana), its zone for the whole world first.
 */
function windowsZone(name: string): string | undefined {
  // Loaded on the first TZID that is not an IANA name: most imports never need its table.
  windowsIana ??= createRequire(import.meta.url)('windows-iana') as typeof import('windows-iana');
  const exact = windowsIana.findIana(name);
  const zones = exact.length > 0 ? exact : windowsIana.findIana(caseOf(name));
  return zones.find(isTimeZone);
}

let windowsIana: typeof import('windows-iana') | undefined;

/** A Windows zone name in the case CLDR writes it (`china standard time` → `China Standard Time`). */
function caseOf(name: string): string {
  const lower = name.toLowerCase();
  const entry = windowsIana?.WINDOWS_TO_IANA_MAP.find((e) => e.windowsName.toLowerCase() === lower);
  return entry?.windowsName ?? name;
}

/**
 * The IANA zone a TZID names, or undefined: an IANA name as is, a Windows name, or a prefixed one
 * (`/mozilla.org/20070129_1/Asia/Shanghai`, `/Asia/Shanghai`).
 */
export function ianaZoneOf(tzid: string): string | undefined {
  const name = tzid.trim().replace(/^"|"$/g, '');
  const segments = name.split('/').filter(Boolean);
  for (let i = 0; i < segments.length; i++) {
    const candidate = segments.slice(i).join('/');
    if (isTimeZone(candidate)) return candidate;
  }
  return windowsZone(name);
}
