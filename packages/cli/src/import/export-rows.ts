import type { Session } from '@sporthub/sdk';
import { csvField } from '../output/csv.js';
import {
  DEFAULT_TIMEZONE,
  formatDate,
  formatRfc3339,
  type WallTime,
  wallTimeAt,
} from './readers/zoned-time.js';
import type { ScheduleReferences } from './references.js';

/*
 * `schedules export` formats (SPEC §6.2), one session at a time so any number streams:
 * - CSV with the English import columns, re-importable as is (every row unchanged): date/start_time/
 *   end_time in the outlet's time zone for people, starts_at/ends_at with the outlet's offset so nothing
 *   is lost across midnight or a DST switch (the import checks that the two forms agree), and series_key
 *   so a re-import keeps each session in its iCalendar series (§6.2's calendar sync keys on it).
 * - The same rows as JSON objects (`-o json|ndjson`, `--json`).
 * - iCalendar: one VEVENT per session, UID = externalId, X-SPORTHUB-* properties for what RFC 5545 lacks
 *   (X-SPORTHUB-EXTERNAL-ID and X-SPORTHUB-SERIES make a re-import of the file report every row unchanged).
 */

export const EXPORT_COLUMNS = [
  'external_id',
  'outlet_code',
  'program_code',
  'title',
  'date',
  'start_time',
  'end_time',
  'starts_at',
  'ends_at',
  'capacity',
  'waitlist',
  'coach',
  'zone',
  'status',
  'series_key',
] as const;

/** One exported session, keyed by the CSV columns; null where the CSV cell is empty. */
export interface ScheduleExportRow {
  external_id: string;
  outlet_code: string;
  program_code: string;
  title: string | null;
  /** `YYYY-MM-DD`, the start's date in the outlet's time zone. */
  date: string;
  /** `HH:MM` (`HH:MM:SS` when the seconds are not zero), outlet time. */
  start_time: string;
  /** The end's time of day, outlet time (on the next day for a session across midnight). */
  end_time: string;
  /** RFC 3339 with the outlet's offset then. */
  starts_at: string;
  ends_at: string;
  capacity: number;
  waitlist: number;
  /** The coach's staff externalId. */
  coach: string | null;
  /** The zone's code within the outlet. */
  zone: string | null;
  status: Session['status'];
  /** The iCalendar series (UID) the session came from. */
  series_key: string | null;
}

export function csvHeader(): string {
  return `${EXPORT_COLUMNS.join(',')}\r\n`;
}

/** The IANA time zone of the session's outlet. */
export function zoneOf(session: Session, refs: ScheduleReferences): string {
  return refs.outletsById.get(session.outletId)?.timezone ?? DEFAULT_TIMEZONE;
}

function zoneCode(refs: ScheduleReferences, session: Session): string | null {
  const outlet = refs.outletsById.get(session.outletId);
  if (!outlet || !session.zoneId) return null;
  for (const [code, zone] of outlet.zones) if (zone.id === session.zoneId) return code;
  return null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

const timeOf = (wall: WallTime) =>
  `${pad2(wall.hour)}:${pad2(wall.minute)}${wall.second === 0 ? '' : `:${pad2(wall.second)}`}`;

/** An instant as the wall clock of `timeZone` shows it: `YYYY-MM-DD` and `HH:MM[:SS]`. */
export function localDateTime(epochMs: number, timeZone: string): { date: string; time: string } {
  const wall = wallTimeAt(epochMs, timeZone);
  return { date: formatDate(wall), time: timeOf(wall) };
}

/**
 * The local date and time of an instant, and the instant in RFC 3339 with the zone's offset then
 * (milliseconds kept when there are any): one time-zone lookup for all three.
 */
function zoned(epochMs: number, timeZone: string): { date: string; time: string; instant: string } {
  const wall = wallTimeAt(epochMs, timeZone);
  const ms = ((epochMs % 1000) + 1000) % 1000;
  const wallMs = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const text = formatRfc3339(epochMs, Math.round((wallMs - (epochMs - ms)) / 60_000));
  const instant = ms === 0 ? text : `${text.slice(0, 19)}.${String(ms).padStart(3, '0')}${text.slice(19)}`;
  return { date: formatDate(wall), time: timeOf(wall), instant };
}

/** The session as an export row: codes for ids, times in its outlet's time zone. */
export function exportRow(session: Session, refs: ScheduleReferences): ScheduleExportRow {
  const zone = zoneOf(session, refs);
  const start = zoned(Date.parse(session.startsAt), zone);
  const end = zoned(Date.parse(session.endsAt), zone);
  return {
    // A session created through the API without one: its id is no key an import could update it by.
    external_id: session.externalId ?? '',
    outlet_code: refs.outletsById.get(session.outletId)?.code ?? session.outletId,
    program_code: refs.programCodes.get(session.programId) ?? session.programId,
    title: session.title,
    date: start.date,
    start_time: start.time,
    end_time: end.time,
    starts_at: start.instant,
    ends_at: end.instant,
    capacity: session.capacity,
    waitlist: session.waitlistCapacity,
    coach: session.coachId ? (refs.staffExternalIds.get(session.coachId) ?? session.coachId) : null,
    zone: zoneCode(refs, session),
    status: session.status,
    series_key: session.seriesKey,
  };
}

/** One CSV line (CRLF) of an export row, in `EXPORT_COLUMNS` order. */
export function csvLine(row: ScheduleExportRow): string {
  return `${EXPORT_COLUMNS.map((column) => csvField(String(row[column] ?? ''))).join(',')}\r\n`;
}

function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return `${out.join('\r\n ')}\r\n`;
}

const basicUtc = (t: string) => `${new Date(Date.parse(t)).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

export function icsHeader(): string {
  return 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//sporthub//schedules export//EN\r\nCALSCALE:GREGORIAN\r\n';
}

export function icsFooter(): string {
  return 'END:VCALENDAR\r\n';
}

export function icsEvent(session: Session, refs: ScheduleReferences, now = new Date()): string {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${icsText(session.externalId ?? session.id)}`,
    `DTSTAMP:${basicUtc(now.toISOString())}`,
    `DTSTART:${basicUtc(session.startsAt)}`,
    `DTEND:${basicUtc(session.endsAt)}`,
  ];
  if (session.title) lines.push(`SUMMARY:${icsText(session.title)}`);
  const zone = zoneCode(refs, session);
  if (zone) lines.push(`LOCATION:${icsText(zone)}`);
  if (session.status === 'cancelled') lines.push('STATUS:CANCELLED');
  else if (session.status === 'completed') lines.push('X-SPORTHUB-STATUS:completed');
  lines.push(
    `X-SPORTHUB-OUTLET:${icsText(refs.outletsById.get(session.outletId)?.code ?? session.outletId)}`,
  );
  lines.push(`X-SPORTHUB-PROGRAM:${icsText(refs.programCodes.get(session.programId) ?? session.programId)}`);
  lines.push(`X-SPORTHUB-CAPACITY:${session.capacity}`);
  if (session.coachId) {
    lines.push(`X-SPORTHUB-COACH:${icsText(refs.staffExternalIds.get(session.coachId) ?? session.coachId)}`);
  }
  lines.push(`X-SPORTHUB-WAITLIST:${session.waitlistCapacity}`);
  // What a re-import keys on: the session's own external id, not `UID@start` (readers/ics.ts).
  // Empty for a session without one, so a re-import refuses it rather than create a copy.
  lines.push(`X-SPORTHUB-EXTERNAL-ID:${icsText(session.externalId ?? '')}`);
  if (session.seriesKey) lines.push(`X-SPORTHUB-SERIES:${icsText(session.seriesKey)}`);
  lines.push('END:VEVENT');
  return lines.map(foldLine).join('');
}
