import { formatScheduleError, type ScheduleColumn } from '@sporthub/schemas';
import type { RowDefaults } from './header.js';
import { groupSeries, readVEvents, type VEventEntry } from './ics-calendar.js';
import { type ExpansionProblem, expandSeries, type Occurrence } from './ics-expand.js';
import { type LocationZone, seriesZonesOf, zoneOfLocation } from './ics-outlet.js';
import { readCalendarText } from './ics-text.js';
import type { Zone } from './ics-zone.js';
import { applyDefaults, checkRow } from './record.js';
import {
  type OutletInfo,
  READER_ERROR_CODES,
  type RecordWarning,
  type SeriesOccurrences,
  type SourceRecord,
} from './types.js';
import { formatBasicUtc, formatRfc3339 } from './zoned-time.js';

/*
 * iCalendar schedules (SPEC §6.2): each VEVENT occurrence → one session row. The externalId is
 * `UID@<original start in UTC>` (the RECURRENCE-ID for a moved occurrence), so a re-import updates
 * instead of duplicating; each series reports the externalIds it produced so the importer can cancel
 * the ones a re-import no longer produces.
 *
 * A VEVENT written by `sporthub schedules export --format ics` carries X-SPORTHUB-EXTERNAL-ID (and
 * X-SPORTHUB-SERIES): it is one session of a snapshot, keyed by that id and kept in its series, and
 * takes no part in the series sync (a filtered export must not cancel the sessions it left out).
 */

export interface IcsReadOptions {
  defaults?: RowDefaults | undefined;
  /**
   * The `--outlet`'s zone (Asia/Shanghai when unknown): floating times are read in it, UTC times shown
   * in it, unless the calendar's X-WR-TIMEZONE or the event's outlet (in `outlets`) says otherwise.
   */
  outletZone: Zone;
  /**
   * The outlets of the import's reference data, by code: their time zones and the zone codes a LOCATION
   * may name. Without them floating times are read in `outletZone`, and a LOCATION that looks like a
   * code is passed on as the zone.
   */
  outlets?: ReadonlyMap<string, OutletInfo> | undefined;
  /**
   * The instant rules without COUNT or UNTIL stop before, for a series whose outlet is in `zone`: the
   * end of `--until` there.
   */
  horizon: (zone: Zone) => number;
  encoding?: string | undefined;
  highWaterMark?: number | undefined;
  /** Filled with what each series produced. */
  series: Map<string, SeriesOccurrences>;
}

/** Where each row value comes from in a VEVENT, for error messages. */
const PROPERTY_OF: Partial<Record<ScheduleColumn, string>> = {
  external_id: 'UID',
  outlet_code: 'X-SPORTHUB-OUTLET',
  program_code: 'X-SPORTHUB-PROGRAM',
  title: 'SUMMARY',
  starts_at: 'DTSTART',
  ends_at: 'DTEND',
  capacity: 'X-SPORTHUB-CAPACITY',
  waitlist: 'X-SPORTHUB-WAITLIST',
  coach: 'X-SPORTHUB-COACH',
  zone: 'LOCATION',
  status: 'STATUS',
};

function text(entry: VEventEntry | undefined, name: string): string | undefined {
  const value = entry?.component.getFirstPropertyValue(name);
  if (value === null || value === undefined) return undefined;
  // ical.js unescapes the TEXT properties it knows (SUMMARY); an X- property's value comes as written.
  const raw = String(value);
  const result = (name.startsWith('x-') ? unescapeText(raw) : raw).trim();
  return result === '' ? undefined : result;
}

/** RFC 5545 §3.3.11 TEXT: `\\`, `\;`, `\,` and `\n` (or `\N`) stand for themselves and a line break. */
function unescapeText(value: string): string {
  return value.includes('\\')
    ? value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))
    : value;
}

/** An override's own value, else the master's (many clients copy only what changed). */
function property(o: Pick<Occurrence, 'item' | 'master'>, name: string): string | undefined {
  return text(o.item, name) ?? text(o.master, name);
}

function isCancelled(o: Occurrence): boolean {
  const cancelled = (e: VEventEntry | undefined) =>
    e !== undefined && (e.calendarCancels || text(e, 'status')?.toUpperCase() === 'CANCELLED');
  return cancelled(o.item) || cancelled(o.master);
}

/** The event's own `x-sporthub-zone` as is, else the zone its LOCATION names. */
function zoneOf(
  o: Occurrence,
  outletCode: string | undefined,
  outlets: IcsReadOptions['outlets'],
): LocationZone {
  const explicit = property(o, 'x-sporthub-zone');
  if (explicit) return { zone: explicit };
  const location = property(o, 'location');
  return location ? zoneOfLocation(location, outletCode, outlets) : {};
}

/** The session an exported VEVENT stands for (X-SPORTHUB-EXTERNAL-ID), else undefined. */
function exportedSession(o: Occurrence): { externalId: string; seriesKey: string } | undefined {
  const written = [o.item, o.master].some((e) => e?.component.hasProperty('x-sporthub-external-id'));
  if (!written) return undefined;
  // Empty for a session that had none: the row is then refused (external_id is required).
  const externalId = property(o, 'x-sporthub-external-id') ?? '';
  // An empty series key still marks the record as read from a calendar (for column names).
  return { externalId, seriesKey: property(o, 'x-sporthub-series') ?? '' };
}

function occurrenceRecord(
  file: string,
  uid: string,
  o: Occurrence,
  options: Pick<IcsReadOptions, 'outlets'> & { defaults: RowDefaults },
): SourceRecord {
  const exported = exportedSession(o);
  const outletCode = property(o, 'x-sporthub-outlet');
  const location = zoneOf(o, outletCode ?? options.defaults.outlet, options.outlets);
  const input: Record<string, string | number | undefined> = {
    externalId: exported?.externalId ?? `${uid}@${formatBasicUtc(o.original)}`,
    outletCode,
    programCode: property(o, 'x-sporthub-program'),
    title: property(o, 'summary'),
    startsAt: formatRfc3339(o.start, o.zone.offsetAt(o.start)),
    endsAt: o.end === undefined ? undefined : formatRfc3339(o.end, o.zone.offsetAt(o.end)),
    capacity: property(o, 'x-sporthub-capacity'),
    waitlist: property(o, 'x-sporthub-waitlist'),
    coach: property(o, 'x-sporthub-coach'),
    zone: location.zone,
    // `schedules export` keeps a completed session's status in X-SPORTHUB-STATUS (RFC 5545 has none).
    status: isCancelled(o) ? 'cancelled' : (property(o, 'x-sporthub-status') ?? 'scheduled'),
  };
  applyDefaults(input, options.defaults);
  const seriesKey = exported?.seriesKey ?? uid;
  const raw = rejectCells(input, seriesKey);
  const record = checkRow({ file, line: o.item.line, raw, seriesKey }, input, (c) => PROPERTY_OF[c] ?? c);
  for (const e of record.errors) {
    if (e.code === 'required' && e.column === 'DTEND') e.message = 'The event needs DTEND or DURATION';
    // On the property at fault, in the override or else the master that gave the value.
    const name = e.column.toLowerCase();
    const at = o.item.component.hasProperty(name)
      ? o.item
      : o.master?.component.hasProperty(name)
        ? o.master
        : undefined;
    if (at) e.line = at.lineOf(e.column);
  }
  const warnings: RecordWarning[] = [];
  if (location.warning) {
    const at = text(o.item, 'location') !== undefined ? o.item : (o.master ?? o.item);
    warnings.push({ ...location.warning, line: at.lineOf('LOCATION') });
  }
  // RFC 5545 §3.8.4.4: THISANDFUTURE would carry the change to every later occurrence; it is not applied.
  const range = o.item.component.getFirstProperty('recurrence-id')?.getParameter('range');
  if (typeof range === 'string' && range !== '') {
    warnings.push({
      column: 'RECURRENCE-ID',
      code: 'range_not_applied',
      message: formatScheduleError('range_not_applied', { value: range.toUpperCase() }),
      line: o.item.lineOf('RECURRENCE-ID'),
    });
  }
  return warnings.length === 0 ? record : { ...record, warnings };
}

/**
 * An occurrence as a schedule CSV row (`raw`, what a rejects file holds): the same columns for every
 * record of a calendar, so its rejects are one CSV, and one that imports as it is once its cells are
 * fixed — `series_key` included, so the sessions stay in the calendar's series.
 */
function rejectCells(input: Record<string, string | number | undefined>, seriesKey: string | undefined) {
  const cell = (value: string | number | undefined) => (value === undefined ? '' : String(value));
  return {
    external_id: cell(input.externalId),
    outlet_code: cell(input.outletCode),
    program_code: cell(input.programCode),
    title: cell(input.title),
    starts_at: cell(input.startsAt),
    ends_at: cell(input.endsAt),
    capacity: cell(input.capacity),
    waitlist: cell(input.waitlist),
    coach: cell(input.coach),
    zone: cell(input.zone),
    status: cell(input.status),
    series_key: cell(seriesKey),
  };
}

function problemRecord(
  file: string,
  uid: string | undefined,
  problem: Omit<ExpansionProblem, 'kind'>,
  defaults: RowDefaults = {},
): SourceRecord {
  // The event could not be expanded into occurrences: its row has what the event says, and no times
  // (fill in starts_at and ends_at to import one session from it, or fix the calendar).
  const input: Record<string, string | number | undefined> = {
    externalId: uid,
    outletCode: text(problem.entry, 'x-sporthub-outlet'),
    programCode: text(problem.entry, 'x-sporthub-program'),
    title: text(problem.entry, 'summary'),
    capacity: text(problem.entry, 'x-sporthub-capacity'),
    waitlist: text(problem.entry, 'x-sporthub-waitlist'),
    coach: text(problem.entry, 'x-sporthub-coach'),
  };
  applyDefaults(input, defaults);
  const raw = rejectCells(input, uid);
  const column =
    problem.column ??
    { all_day_event: 'DTSTART', unknown_timezone: 'TZID' }[problem.code as string] ??
    'VEVENT';
  // `unknown_timezone` names the property that gave the zone: TZID, or the calendar's X-WR-TIMEZONE.
  const message = READER_ERROR_CODES[problem.code as keyof typeof READER_ERROR_CODES]
    .replace(/^TZID\b/, column)
    .replace('{value}', problem.value);
  return {
    file,
    // On the property at fault: DTSTART of an all-day event, the TZID's property, X-WR-TIMEZONE…
    line: problem.line ?? problem.entry.lineOf(column === 'TZID' ? 'DTSTART' : column),
    raw,
    input: {},
    errors: [{ column, code: problem.code, message }],
    ...(uid === undefined ? {} : { seriesKey: uid }),
  };
}

/**
 * The occurrences of every VEVENT of an iCalendar file, one record each. Throws `ScheduleFileError`
 * (`invalid_ics`, `no_events`, `empty_file`, encoding codes); events that
 * cannot become sessions are records with errors.
 */
export async function* readIcsRecords(file: string, options: IcsReadOptions): AsyncGenerator<SourceRecord> {
  const entries = readVEvents(await readCalendarText(file, options), file);
  const defaults = options.defaults ?? {};
  for (const entry of entries) {
    if (entry.uid === undefined) {
      yield problemRecord(
        file,
        undefined,
        { entry, code: 'invalid_event', value: 'UID is missing' },
        defaults,
      );
    }
  }
  const zonesOf = seriesZonesOf(options.outlets, defaults.outlet, options.outletZone);
  for (const group of groupSeries(entries)) {
    const externalIds = new Set<string>();
    let snapshot = false;
    // `--until` is a day of the series' outlet, wherever the outlet comes from (flag or X-SPORTHUB-OUTLET).
    const display = zonesOf((group.masters[0] ?? group.overrides[0])!).display;
    const context = { horizon: options.horizon(display), zonesOf };
    const expansion = expandSeries(group, context);
    let step = expansion.next();
    for (; !step.done; step = expansion.next()) {
      const value = step.value;
      if (value.kind === 'problem') {
        yield problemRecord(file, group.uid, value, defaults);
        continue;
      }
      const record = occurrenceRecord(file, group.uid, value, { defaults, outlets: options.outlets });
      externalIds.add(String(record.input.externalId));
      snapshot ||= exportedSession(value) !== undefined;
      yield record;
    }
    if (snapshot) continue;
    const occurrences: SeriesOccurrences = {
      seriesKey: group.uid,
      externalIds,
      complete: step.value.complete,
      file,
    };
    if (group.masters[0]) occurrences.line = group.masters[0].lineOf('RRULE');
    if (step.value.bounded) {
      occurrences.expandedUntil = formatRfc3339(context.horizon, display.offsetAt(context.horizon));
    }
    options.series.set(group.uid, occurrences);
  }
}
