import type { Session } from '@sporthub/sdk';
import { csvField } from '../output/csv.js';
import { formatRfc3339, offsetOfTimestamp } from './local-time.js';
import type { ScheduleReferences } from './references.js';

/*
 * `schedules export` formats (SPEC §6.2), one session at a time so any number streams:
 * - CSV with the English import columns, re-importable as is: date/start_time/end_time in the outlet's
 *   local time for people, starts_at/ends_at (which win on import) so nothing is lost across midnight.
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
] as const;

export function csvHeader(): string {
  return `${EXPORT_COLUMNS.join(',')}\r\n`;
}

function zoneCode(refs: ScheduleReferences, session: Session): string {
  const outlet = refs.outletsById.get(session.outletId);
  if (!outlet || !session.zoneId) return '';
  for (const [code, zone] of outlet.zones) if (zone.id === session.zoneId) return code;
  return '';
}

export function csvRow(session: Session, refs: ScheduleReferences): string {
  const start = session.startsAt;
  const end = session.endsAt;
  // Local wall time as the timestamp's own offset shows it (the server writes the outlet's offset).
  const local = (t: string) => formatRfc3339(Date.parse(t), offsetOfTimestamp(t));
  const [date = '', startTime = ''] = local(start).slice(0, 19).split('T');
  const endTime = local(end).slice(11, 16);
  const cells = [
    session.externalId ?? session.id,
    refs.outletsById.get(session.outletId)?.code ?? session.outletId,
    refs.programCodes.get(session.programId) ?? session.programId,
    session.title ?? '',
    date,
    startTime.slice(0, 5),
    endTime,
    start,
    end,
    session.capacity,
    session.waitlistCapacity,
    session.coachId ? (refs.staffExternalIds.get(session.coachId) ?? session.coachId) : '',
    zoneCode(refs, session),
    session.status,
  ];
  return `${cells.map((c) => csvField(String(c))).join(',')}\r\n`;
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
  if (session.externalId) lines.push(`X-SPORTHUB-EXTERNAL-ID:${icsText(session.externalId)}`);
  if (session.seriesKey) lines.push(`X-SPORTHUB-SERIES:${icsText(session.seriesKey)}`);
  lines.push('END:VEVENT');
  return lines.map(foldLine).join('');
}
