import ICAL from 'ical.js';
import { ScheduleFileError } from './errors.js';
import { parseCalendarLeniently, ruleProblem, UNCHECKED_RULE } from './ics-rrule.js';
import type { CalendarText } from './ics-text.js';
import { calendarZone, type Zone } from './ics-zone.js';

/*
 * An iCalendar file → its VEVENTs grouped into series by UID (RFC 5545 §3.8.4.7): one master (no
 * RECURRENCE-ID) and the overrides of single occurrences.
 */

export interface VEventEntry {
  component: ICAL.Component;
  /** Physical line of the VEVENT's BEGIN. */
  line: number;
  uid: string | undefined;
  /** The calendar says METHOD:CANCEL: every event in it is cancelled. */
  calendarCancels: boolean;
  /** The calendar's X-WR-TIMEZONE, for floating times. */
  calendarZone: Zone | undefined;
  /** The first RRULE ical.js cannot expand as written, with why and its physical line. */
  badRule: { line: number; problem: string } | undefined;
  /** Physical line of the event's first property of that name (`LOCATION`), or of the calendar's own
   * property (`X-WR-TIMEZONE`); the VEVENT's BEGIN line when there is none. */
  lineOf(property: string): number;
  /** The event's date and time properties as written (DTSTART, DTEND, RECURRENCE-ID, RDATE, EXDATE). */
  times: RawTime[];
}

/** A date or time property of a VEVENT as written: ical.js reads some malformed values as other dates. */
export interface RawTime {
  /** Upper case. */
  name: string;
  /** Its VALUE parameter, upper case, when given. */
  valueType: string | undefined;
  value: string;
  line: number;
}

const TIME_PROPERTIES = new Set(['DTSTART', 'DTEND', 'RECURRENCE-ID', 'RDATE', 'EXDATE']);

/** A content line's name, VALUE parameter and value; the value starts at the first `:` outside quotes. */
function rawTime(line: string, name: string, at: number): RawTime {
  let quoted = false;
  let colon = -1;
  for (let i = name.length; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  const params = colon === -1 ? '' : line.slice(name.length, colon);
  const valueType = /;VALUE=([A-Za-z-]+)/i.exec(params)?.[1]?.toUpperCase();
  return { name, valueType, value: colon === -1 ? '' : line.slice(colon + 1).trim(), line: at };
}

export interface SeriesGroup {
  uid: string;
  /**
   * The events without RECURRENCE-ID of the highest SEQUENCE: normally one. Several are several events
   * that share a UID; each is expanded.
   */
  masters: VEventEntry[];
  overrides: VEventEntry[];
}

/** Where a VEVENT, its RRULEs and its other properties are in the file (the parser keeps no positions). */
interface EventLines {
  begin: number;
  rules: number[];
  /** The first line of each property name (upper case). */
  properties: Map<string, number>;
  times: RawTime[];
}

/** A component left open, by name and the physical line of its BEGIN. */
interface OpenComponent {
  name: string;
  at: number;
}

/**
 * Each VEVENT's lines, in file order, and the lines of the calendar's own properties (outside any
 * component but VCALENDAR); `text` is unfolded, `physicalLine` maps its lines to the file's.
 * `unclosed` is the innermost component whose END never came (a file cut short), if any.
 */
function eventLines(
  text: string,
  physicalLine: (line: number) => number,
  file: string,
): { events: EventLines[]; calendar: Map<string, number>; unclosed: OpenComponent | undefined } {
  const events: EventLines[] = [];
  const calendar = new Map<string, number>();
  // The components open at each line, innermost last.
  const stack: OpenComponent[] = [];
  let open: EventLines | undefined;
  text.split('\n').forEach((line, i) => {
    const name = /^([A-Za-z0-9-]+)[;:]/.exec(line)?.[1]?.toUpperCase();
    if (name === undefined) return;
    const at = physicalLine(i + 1);
    const component = /^(?:BEGIN|END):([A-Za-z0-9-]+)\s*$/i.exec(line)?.[1]?.toUpperCase();
    if (name === 'BEGIN' && component !== undefined) {
      stack.push({ name: component, at });
      if (component === 'VEVENT') {
        open = { begin: at, rules: [], properties: new Map(), times: [] };
        events.push(open);
      }
    } else if (name === 'END' && component !== undefined) {
      // ical.js closes the innermost component at any END: `END:VTODO` would close a VEVENT unnoticed.
      const innermost = stack.pop();
      if (innermost?.name !== component) {
        const opened = innermost ? `BEGIN:${innermost.name} of line ${innermost.at}` : 'no BEGIN';
        throw new ScheduleFileError(
          `${file}:${at} is not valid iCalendar: END:${component} closes ${opened}`,
          {
            code: 'invalid_ics',
            file,
            line: at,
          },
        );
      }
      if (component === 'VEVENT') open = undefined;
    } else if (open) {
      if (name === 'RRULE') open.rules.push(at);
      // The event's own times, not those of a VALARM inside it.
      if (stack.at(-1)?.name === 'VEVENT' && TIME_PROPERTIES.has(name))
        open.times.push(rawTime(line, name, at));
      if (!open.properties.has(name)) open.properties.set(name, at);
    } else if ((stack.at(-1)?.name ?? 'VCALENDAR') === 'VCALENDAR' && !calendar.has(name)) {
      calendar.set(name, at);
    }
  });
  return { events, calendar, unclosed: stack.at(-1) };
}

/**
 * Where in the file ical.js's parser stopped, and why in words: it quotes the offending line, or says
 * a component "began but did not end" (then `unclosed`, the innermost BEGIN left open, is the culprit).
 */
function parseFailure(
  calendar: CalendarText,
  detail: string,
  unclosed: OpenComponent | undefined,
): { line?: number; detail: string } {
  const quoted = /^invalid line \(.*?\) "(.*)"$/s.exec(detail) ?? / in '(.*)'$/s.exec(detail);
  const text = quoted?.[1];
  if (text !== undefined) {
    const at = calendar.text.split('\n').findIndex((line) => line.replace(/\r$/, '').endsWith(text));
    if (at !== -1) return { line: calendar.physicalLine(at + 1), detail };
  }
  if (/began but did not end/.test(detail) && unclosed) {
    const { name, at } = unclosed;
    return { line: at, detail: `BEGIN:${name} has no END:${name} (is the file cut short?)` };
  }
  return { detail };
}

function parseRoots(
  calendar: CalendarText,
  file: string,
  unclosed: OpenComponent | undefined,
): ICAL.Component[] {
  let jcal: unknown;
  try {
    jcal = parseCalendarLeniently(calendar.text);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const { line, detail } = parseFailure(calendar, message, unclosed);
    throw new ScheduleFileError(
      `${file}${line === undefined ? '' : `:${line}`} is not valid iCalendar: ${detail}`,
      {
        code: 'invalid_ics',
        file,
        line,
        cause,
      },
    );
  }
  const list = Array.isArray(jcal) && Array.isArray(jcal[0]) ? (jcal as unknown[][]) : [jcal as unknown[]];
  const roots = list.map((j) => new ICAL.Component(j));
  if (roots.length === 0 || roots.some((root) => root.name !== 'vcalendar')) {
    throw new ScheduleFileError(`${file} is not an iCalendar file: it must start with BEGIN:VCALENDAR`, {
      code: 'invalid_ics',
      file,
      line: 1,
    });
  }
  return roots;
}

function badRule(component: ICAL.Component, lines: EventLines | undefined): VEventEntry['badRule'] {
  const rules = component.getAllProperties('rrule');
  const index = rules.findIndex((rule) => rule.type === UNCHECKED_RULE);
  if (index === -1) return undefined;
  const value = String(rules[index]?.getFirstValue() ?? '');
  return {
    line: lines?.rules[index] ?? lines?.begin ?? 1,
    problem: ruleProblem(value) ?? `RRULE "${value}" is not valid`,
  };
}

/**
 * The VEVENTs of an unfolded iCalendar text, in file order. Throws `invalid_ics`, and `no_events` when
 * there is no VEVENT at all: a calendar with nothing to import is the wrong file, not an import of 0 rows.
 */
export function readVEvents(calendar: CalendarText, file: string): VEventEntry[] {
  const {
    events: lines,
    calendar: calendarLines,
    unclosed,
  } = eventLines(calendar.text, calendar.physicalLine, file);
  const entries: VEventEntry[] = [];
  for (const root of parseRoots(calendar, file, unclosed)) {
    const method = String(root.getFirstPropertyValue('method') ?? '').toUpperCase();
    const zone = calendarZone(root);
    for (const component of root.getAllSubcomponents('vevent')) {
      const uid = component.getFirstPropertyValue('uid');
      const at = lines[entries.length];
      const begin = at?.begin ?? 1;
      entries.push({
        component,
        line: begin,
        lineOf: (property) => {
          const name = property.toUpperCase();
          return at?.properties.get(name) ?? calendarLines.get(name) ?? begin;
        },
        uid: typeof uid === 'string' && uid.trim() !== '' ? uid.trim() : undefined,
        calendarCancels: method === 'CANCEL',
        calendarZone: zone,
        badRule: badRule(component, at),
        times: at?.times ?? [],
      });
    }
  }
  if (entries.length === 0) {
    throw new ScheduleFileError(
      `${file} has no events: the calendar holds no VEVENT to import as sessions (is it the right file?)`,
      { code: 'no_events', file },
    );
  }
  return entries;
}

const sequenceOf = (entry: VEventEntry) =>
  Number(entry.component.getFirstPropertyValue('sequence') ?? 0) || 0;

/**
 * Groups VEVENTs by UID in order of first appearance. Of the masters of a UID, those of the highest
 * SEQUENCE are kept (a lower one is an older copy of the event); of two overrides of the same
 * occurrence, the higher SEQUENCE — then the later one — wins, as calendar clients do.
 */
export function groupSeries(entries: readonly VEventEntry[]): SeriesGroup[] {
  const groups = new Map<string, SeriesGroup>();
  for (const entry of entries) {
    if (entry.uid === undefined) continue;
    let group = groups.get(entry.uid);
    if (!group) {
      group = { uid: entry.uid, masters: [], overrides: [] };
      groups.set(entry.uid, group);
    }
    if (!entry.component.hasProperty('recurrence-id')) {
      const kept = group.masters[0];
      if (!kept || sequenceOf(entry) > sequenceOf(kept)) group.masters = [entry];
      else if (sequenceOf(entry) === sequenceOf(kept)) group.masters.push(entry);
      continue;
    }
    const id = String(entry.component.getFirstPropertyValue('recurrence-id'));
    const same = group.overrides.findIndex(
      (o) => String(o.component.getFirstPropertyValue('recurrence-id')) === id,
    );
    if (same === -1) group.overrides.push(entry);
    else if (sequenceOf(entry) >= sequenceOf(group.overrides[same]!)) group.overrides[same] = entry;
  }
  return [...groups.values()];
}
