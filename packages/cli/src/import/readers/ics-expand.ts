import ICAL from 'ical.js';
import type { SeriesGroup, VEventEntry } from './ics-calendar.js';
import {
  addDuration,
  epochOf,
  isFloating,
  UnknownTimeZone,
  wallAt,
  type Zone,
  zoneOfProperty,
} from './ics-zone.js';
import type { ReaderErrorCode } from './types.js';
import { formatDate } from './zoned-time.js';

/*
 * One series (RFC 5545 §3.8.5) → its occurrences. ical.js expands RRULE (COUNT, UNTIL, BYDAY,
 * INTERVAL, …) and RDATE in the DTSTART's wall-clock time; EXDATE and RECURRENCE-ID matching is done
 * here on instants, so a value written in UTC still matches an occurrence in a TZID (ical.js compares
 * a floating time as if it were UTC).
 */

/** A series with more occurrences than this is cut (a COUNT typo, an UNTIL decades away). */
export const MAX_OCCURRENCES_PER_SERIES = 10_000;
const DAY = 86_400_000;

export interface Occurrence {
  kind: 'occurrence';
  /** The occurrence's original start (its RECURRENCE-ID): the key of its externalId. */
  original: number;
  /** The master, or the override that replaces this occurrence. */
  item: VEventEntry;
  master: VEventEntry | undefined;
  start: number;
  /** Undefined when the event has neither DTEND nor DURATION. */
  end: number | undefined;
  /** The zone to show the times in. */
  zone: Zone;
}

export interface ExpansionProblem {
  kind: 'problem';
  entry: VEventEntry;
  code: ReaderErrorCode;
  value: string;
  /** The property at fault, when it is not implied by `code`. */
  column?: string;
  /** Its physical line, when it is not the VEVENT's. */
  line?: number;
}

export interface ExpansionResult {
  /** Every occurrence of the series was produced (the master was present, nothing failed or was cut). */
  complete: boolean;
  /** An unbounded rule was expanded up to the horizon only. */
  bounded: boolean;
}

/** The zones a series needs besides the TZIDs it names. */
export interface SeriesZones {
  /** Floating times (neither TZID nor `Z`) are read in it. */
  floating: Zone;
  /** UTC times are shown in it: the outlet's. */
  display: Zone;
}

interface Context {
  /** Unbounded rules stop before this instant. */
  horizon: number;
  /** The zones of the series `entry` starts (its master, or an override without one). */
  zonesOf(entry: VEventEntry): SeriesZones;
}

const timeOf = (entry: VEventEntry, name: string) => entry.component.getFirstProperty(name);

/** The end of an occurrence that starts at an instant, or undefined when the event gives no end. */
type EndOf = ((start: number) => number) | undefined;

interface Times {
  start: number;
  end: number | undefined;
  /** The zone of DTSTART. */
  zone: Zone;
  /**
   * The end of another occurrence of the event (RFC 5545 §3.8.5.3): DTEND gives every occurrence the
   * same exact duration, DURATION the same nominal one.
   */
  endOf: EndOf;
}

/** Start, end and zone of one VEVENT (a master's first occurrence, or an override). */
function timesOf(entry: VEventEntry, floating: Zone): Times {
  const startProp = timeOf(entry, 'dtstart')!;
  const zone = zoneOfProperty(startProp, floating);
  const start = epochOf(startProp.getFirstValue() as ICAL.Time, zone);
  const endProp = timeOf(entry, 'dtend');
  const duration = entry.component.getFirstPropertyValue('duration') as ICAL.Duration | null;
  let endOf: EndOf;
  if (endProp) {
    const length = epochOf(endProp.getFirstValue() as ICAL.Time, zoneOfProperty(endProp, zone)) - start;
    endOf = (from) => from + length;
  } else if (duration) {
    endOf = (from) => addDuration(from, duration, zone);
  }
  return { start, end: endOf?.(start), zone, endOf };
}

// ical.js reads `2027010XT083000` as 2026-12-31 (parseInt stops at the X) and rolls month 13 into the
// next year: a value must read back exactly as written.
const DATE_TIME_VALUE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z?)?$/;

function malformedTime(entry: VEventEntry): string | undefined {
  for (const name of ['dtstart', 'dtend', 'recurrence-id']) {
    const prop = timeOf(entry, name);
    if (!prop || (prop.type !== 'date-time' && prop.type !== 'date')) continue;
    const written = String(prop.jCal[3]);
    let read: string;
    try {
      read = (prop.getFirstValue() as ICAL.Time).toString();
    } catch {
      return `${name.toUpperCase()} "${written}" is not a valid date-time`;
    }
    if (!DATE_TIME_VALUE.test(written) || read.replace(/Z$/, '') !== written.replace(/Z$/, '')) {
      return `${name.toUpperCase()} "${written}" is not a valid date-time`;
    }
  }
  return undefined;
}

const BASIC_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const BASIC_DATE_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z?$/;
const DURATION = /^[+-]?P(\d+W|(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?)$/;

/** A DATE (RFC 5545 §3.3.4) or DATE-TIME (§3.3.5) as written, checked as a real day and time. */
function isBasicTime(value: string, type: 'DATE' | 'DATE-TIME'): boolean {
  const m = (type === 'DATE' ? BASIC_DATE : BASIC_DATE_TIME).exec(value);
  if (!m) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1).map(Number) as number[];
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month! - 1 &&
    date.getUTCDate() === day &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 60
  );
}

/** Whether one value of a date or time property is what its VALUE type (or the default) says. */
function isTimeValue(name: string, valueType: string | undefined, value: string): boolean {
  if (valueType === 'DATE') return isBasicTime(value, 'DATE');
  if (valueType === 'PERIOD' && name === 'RDATE') {
    const [start = '', end = '', ...rest] = value.split('/');
    return (
      rest.length === 0 &&
      isBasicTime(start, 'DATE-TIME') &&
      (isBasicTime(end, 'DATE-TIME') || (DURATION.test(end) && end !== 'P' && !end.endsWith('T')))
    );
  }
  return isBasicTime(value, 'DATE-TIME');
}

/**
 * The first date or time property whose value is not one RFC 5545 allows, as written. ical.js reads
 * some of them as other instants without a word: `RDATE:2028-02-05` as a day in 2027, an offset suffix
 * (`20280210T090000-0500`) as a local time; a bare date without VALUE=DATE makes it throw.
 */
function malformedValue(entry: VEventEntry): ExpansionProblem | undefined {
  for (const time of entry.times) {
    const values = time.name === 'RDATE' || time.name === 'EXDATE' ? time.value.split(',') : [time.value];
    const bad = values.find((value) => !isTimeValue(time.name, time.valueType, value.trim()));
    if (bad === undefined) continue;
    const expected =
      time.valueType === 'DATE'
        ? 'a date such as 20270105'
        : `a date-time such as 20270105T083000${time.valueType === 'PERIOD' ? '/20270105T093000' : ''} (local, or UTC with Z)`;
    const hint =
      time.valueType === undefined && isBasicTime(bad.trim(), 'DATE')
        ? `; for a date alone write ${time.name};VALUE=DATE:${bad.trim()}`
        : '';
    const value = `${time.name} "${bad.trim()}" is not ${expected}${hint}`;
    return { kind: 'problem', entry, code: 'invalid_event', value, column: time.name, line: time.line };
  }
  return undefined;
}

/** What stops a VEVENT from becoming sessions at all, if anything. */
function unusable(entry: VEventEntry): ExpansionProblem | undefined {
  const start = timeOf(entry, 'dtstart');
  if (!start) return { kind: 'problem', entry, code: 'invalid_event', value: 'DTSTART is missing' };
  const written = malformedValue(entry);
  if (written) return written;
  const malformed = malformedTime(entry);
  if (malformed) return { kind: 'problem', entry, code: 'invalid_event', value: malformed };
  if (entry.badRule) {
    const { problem, line } = entry.badRule;
    return { kind: 'problem', entry, code: 'invalid_rrule', value: problem, column: 'RRULE', line };
  }
  if ((start.getFirstValue() as ICAL.Time).isDate) {
    return { kind: 'problem', entry, code: 'all_day_event', value: String(start.getFirstValue()) };
  }
  return undefined;
}

/** EXDATEs as instants (and days, for EXDATE;VALUE=DATE); removed from the component so ical.js skips none. */
function takeExdates(master: VEventEntry, zone: Zone): (original: number) => boolean {
  const instants = new Set<number>();
  const days = new Set<string>();
  for (const prop of master.component.getAllProperties('exdate')) {
    const propZone = zoneOfProperty(prop, zone);
    for (const value of prop.getValues() as ICAL.Time[]) {
      if (value.isDate) days.add(formatDate(value));
      else instants.add(epochOf(value, propZone));
    }
  }
  master.component.removeAllProperties('exdate');
  return (original) => instants.has(original) || days.has(formatDate(wallAt(original, zone)));
}

/**
 * UNTIL as ical.js should compare it with this series' occurrences: a DATE (invalid with a DATE-TIME
 * DTSTART but common) means the end of that day; for a floating DTSTART (a TZID without VTIMEZONE, or
 * none) ical.js compares wall times, so a UTC or zoned UNTIL becomes the series' wall-clock time.
 */
function normalizeUntil(master: VEventEntry, dtstart: ICAL.Time, zone: Zone): void {
  for (const prop of master.component.getAllProperties('rrule')) {
    const rule = prop.getFirstValue() as ICAL.Recur;
    const until = rule.until;
    if (!until) continue;
    if (until.isDate) {
      const { year, month, day } = until;
      rule.until = new ICAL.Time(
        { year, month, day, hour: 23, minute: 59, second: 59, isDate: false },
        dtstart.zone,
      );
    } else if (isFloating(dtstart) && !isFloating(until)) {
      const wall = wallAt(epochOf(until, zone), zone);
      rule.until = new ICAL.Time({ ...wall, isDate: false }, ICAL.Timezone.localTimezone);
    }
  }
}

function indexOverrides(group: SeriesGroup, zone: Zone): [Map<number, VEventEntry>, ExpansionProblem[]] {
  const byOriginal = new Map<number, VEventEntry>();
  const problems: ExpansionProblem[] = [];
  for (const entry of group.overrides) {
    try {
      const prop = timeOf(entry, 'recurrence-id')!;
      byOriginal.set(epochOf(prop.getFirstValue() as ICAL.Time, zoneOfProperty(prop, zone)), entry);
    } catch (cause) {
      problems.push(problemOf(cause, entry));
    }
  }
  return [byOriginal, problems];
}

/** What an occurrence takes from its series when it does not say it itself. */
interface Fallback {
  endOf: EndOf;
  /** The zone the series' own occurrences are shown in. */
  zone: Zone;
  /** Floating times of an override are read in it. */
  floating: Zone;
  /** An RDATE;VALUE=PERIOD occurrence brings its own end. */
  periodEnd?: number | undefined;
}

function occurrenceOf(
  original: number,
  item: VEventEntry,
  master: VEventEntry | undefined,
  fallback: Fallback,
  display: Zone,
): Occurrence {
  if (item === master) {
    const end = fallback.periodEnd ?? fallback.endOf?.(original);
    return { kind: 'occurrence', original, item, master, start: original, end, zone: fallback.zone };
  }
  const times = timesOf(item, fallback.floating);
  const end = times.end ?? fallback.endOf?.(times.start);
  const zone = times.zone.name === 'UTC' ? display : times.zone;
  return { kind: 'occurrence', original, item, master, start: times.start, end, zone };
}

/**
 * The recurrence set's start times in order (RFC 5545 §3.8.5): ical.js leaves DTSTART out when there
 * are RDATEs but no RRULE, though DTSTART is always the first instance.
 */
function* startTimes(master: VEventEntry, dtstart: ICAL.Time): Generator<ICAL.Time | ICAL.Period> {
  const component = master.component;
  if (component.hasProperty('rdate') && !component.hasProperty('rrule')) yield dtstart.clone();
  const expansion = new ICAL.RecurExpansion({ component, dtstart });
  for (let next = expansion.next(); next; next = expansion.next()) yield next;
}

function problemOf(cause: unknown, entry: VEventEntry): ExpansionProblem {
  if (cause instanceof UnknownTimeZone) {
    return { kind: 'problem', entry, code: 'unknown_timezone', value: cause.tzid, column: cause.property };
  }
  const detail = cause instanceof Error ? cause.message : String(cause);
  return { kind: 'problem', entry, code: 'invalid_event', value: detail };
}

/** An occurrence, or the problem of the override that was to replace it (the rest of the series goes on). */
function safeOccurrence(...args: Parameters<typeof occurrenceOf>): Occurrence | ExpansionProblem {
  const [, item, master] = args;
  if (item !== master) {
    const problem = unusable(item);
    if (problem) return problem;
  }
  try {
    return occurrenceOf(...args);
  } catch (cause) {
    return problemOf(cause, item);
  }
}

/** Overrides whose master is not in the file (an invitation to one occurrence): each stands alone. */
function* orphans(group: SeriesGroup, context: Context): Generator<Occurrence | ExpansionProblem> {
  for (const entry of group.overrides) {
    const zones = context.zonesOf(entry);
    let original: number;
    try {
      const prop = timeOf(entry, 'recurrence-id')!;
      original = epochOf(prop.getFirstValue() as ICAL.Time, zoneOfProperty(prop, zones.floating));
    } catch (cause) {
      yield problemOf(cause, entry);
      continue;
    }
    yield safeOccurrence(
      original,
      entry,
      undefined,
      { endOf: undefined, zone: zones.floating, floating: zones.floating },
      zones.display,
    );
  }
}

/** The overrides of a series by the instant they replace, shared by its masters; taken as matched. */
type Overrides = Map<number, VEventEntry>;

/** What the overrides no master produced need: the first master's view of the series. */
interface Leftovers {
  fallback: Fallback;
  display: Zone;
  excluded: (original: number) => boolean;
  unbounded: boolean;
}

/**
 * One master's occurrences in time order, overrides in place of the occurrences they move. The first
 * master of a series indexes the overrides (`overrides` is undefined then) and returns what the
 * overrides no master matched need.
 */
function* expandMaster(
  master: VEventEntry,
  group: SeriesGroup,
  context: Context,
  shared: { overrides?: Overrides; leftovers?: Leftovers },
): Generator<Occurrence | ExpansionProblem, ExpansionResult> {
  const problem = unusable(master);
  if (problem) {
    yield problem;
    return { complete: false, bounded: false };
  }
  let produced = 0;
  try {
    const zones = context.zonesOf(master);
    const first = timesOf(master, zones.floating);
    const utc = first.zone.name === 'UTC';
    const fallback: Fallback = {
      endOf: first.endOf,
      zone: utc ? zones.display : first.zone,
      floating: utc ? zones.floating : first.zone,
    };
    const seriesZone = first.zone;
    const excluded = takeExdates(master, seriesZone);
    const dtstart = master.component.getFirstPropertyValue('dtstart') as ICAL.Time;
    normalizeUntil(master, dtstart, seriesZone);
    if (!shared.overrides) {
      const [overrides, overrideProblems] = indexOverrides(group, seriesZone);
      shared.overrides = overrides;
      yield* overrideProblems;
    }
    const overrides = shared.overrides;
    const rules = master.component.getAllProperties('rrule').map((p) => p.getFirstValue() as ICAL.Recur);
    const unbounded = rules.some((rule) => !rule.isFinite());
    shared.leftovers ??= { fallback, display: zones.display, excluded, unbounded };
    const seen = new Set<number>();
    for (const next of startTimes(master, dtstart)) {
      // An RDATE;VALUE=PERIOD occurrence brings its own end.
      const period = next instanceof ICAL.Period ? next : undefined;
      const original = epochOf(period?.start ?? (next as ICAL.Time), seriesZone);
      // An RDATE may repeat an RRULE instance: the set has it once.
      if (seen.has(original)) continue;
      seen.add(original);
      if (unbounded && original >= context.horizon) {
        // RDATEs in another zone may come slightly out of order: look a little past the horizon.
        if (original > context.horizon + 2 * DAY) break;
        continue;
      }
      if (excluded(original)) continue;
      if (++produced > MAX_OCCURRENCES_PER_SERIES) {
        yield {
          kind: 'problem',
          entry: master,
          code: 'too_many_occurrences',
          value: String(MAX_OCCURRENCES_PER_SERIES),
        };
        return { complete: false, bounded: unbounded };
      }
      const override = overrides.get(original);
      overrides.delete(original);
      const periodEnd = period ? epochOf(period.getEnd(), seriesZone) : undefined;
      yield safeOccurrence(original, override ?? master, master, { ...fallback, periodEnd }, zones.display);
    }
    return { complete: true, bounded: unbounded };
  } catch (cause) {
    yield problemOf(cause, master);
    return { complete: false, bounded: false };
  }
}

/**
 * The occurrences of a series: each master's in time order (overrides in place of the occurrences they
 * move), then overrides that match no occurrence. A UID with several masters of the same SEQUENCE is
 * several events (some tools give every event of a timetable one UID): each is expanded, and two that
 * start at the same time are duplicates for the importer's cross-row check, not one silently dropped.
 * Problems are yielded, never thrown.
 */
export function* expandSeries(
  group: SeriesGroup,
  context: Context,
): Generator<Occurrence | ExpansionProblem, ExpansionResult> {
  if (group.masters.length === 0) {
    yield* orphans(group, context);
    return { complete: false, bounded: false };
  }
  const shared: { overrides?: Overrides; leftovers?: Leftovers } = {};
  const result: ExpansionResult = { complete: true, bounded: false };
  for (const master of group.masters) {
    const one = yield* expandMaster(master, group, context, shared);
    result.complete &&= one.complete;
    result.bounded ||= one.bounded;
  }
  const tail = shared.leftovers;
  if (!tail) return result;
  for (const [original, override] of shared.overrides ?? []) {
    if ((tail.unbounded && original >= context.horizon) || tail.excluded(original)) continue;
    yield safeOccurrence(original, override, group.masters[0], tail.fallback, tail.display);
  }
  return result;
}
