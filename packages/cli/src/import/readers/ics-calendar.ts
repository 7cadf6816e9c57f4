import ICAL from 'ical.js';
import { ScheduleFileError } from './errors.js';

/*
 * An iCalendar file → its VEVENTs grouped into series by UID (RFC 5545 §3.8.4.7): one master (no
 * RECURRENCE-ID) and the overrides of single occurrences.
 */

export interface VEventEntry {
  component: ICAL.Component;
  /** Line of the VEVENT's BEGIN. */
  line: number;
  uid: string | undefined;
  /** The calendar says METHOD:CANCEL: every event in it is cancelled. */
  calendarCancels: boolean;
}

export interface SeriesGroup {
  uid: string;
  master: VEventEntry | undefined;
  overrides: VEventEntry[];
}

/** 1-based lines of each `BEGIN:VEVENT`, in file order (the parser keeps no positions). */
function veventLines(text: string): number[] {
  const lines: number[] = [];
  text.split(/\r\n|\n|\r/).forEach((line, i) => {
    if (/^BEGIN:VEVENT\s*$/i.test(line)) lines.push(i + 1);
  });
  return lines;
}

function parseRoots(text: string, file: string): ICAL.Component[] {
  let jcal: unknown;
  try {
    jcal = ICAL.parse(text);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new ScheduleFileError(`${file} is not valid iCalendar: ${detail}`, {
      code: 'invalid_ics',
      file,
      cause,
    });
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

/** The VEVENTs of an iCalendar text, in file order. Throws `invalid_ics`. */
export function readVEvents(text: string, file: string): VEventEntry[] {
  const lines = veventLines(text);
  const entries: VEventEntry[] = [];
  for (const root of parseRoots(text, file)) {
    const method = String(root.getFirstPropertyValue('method') ?? '').toUpperCase();
    for (const component of root.getAllSubcomponents('vevent')) {
      const uid = component.getFirstPropertyValue('uid');
      entries.push({
        component,
        line: lines[entries.length] ?? 1,
        uid: typeof uid === 'string' && uid.trim() !== '' ? uid.trim() : undefined,
        calendarCancels: method === 'CANCEL',
      });
    }
  }
  return entries;
}

const sequenceOf = (entry: VEventEntry) =>
  Number(entry.component.getFirstPropertyValue('sequence') ?? 0) || 0;

/**
 * Groups VEVENTs by UID in order of first appearance. When a UID has two masters (or two overrides of
 * the same occurrence), the higher SEQUENCE — then the later one — wins, as calendar clients do.
 */
export function groupSeries(entries: readonly VEventEntry[]): SeriesGroup[] {
  const groups = new Map<string, SeriesGroup>();
  for (const entry of entries) {
    if (entry.uid === undefined) continue;
    let group = groups.get(entry.uid);
    if (!group) {
      group = { uid: entry.uid, master: undefined, overrides: [] };
      groups.set(entry.uid, group);
    }
    if (!entry.component.hasProperty('recurrence-id')) {
      if (!group.master || sequenceOf(entry) >= sequenceOf(group.master)) group.master = entry;
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
