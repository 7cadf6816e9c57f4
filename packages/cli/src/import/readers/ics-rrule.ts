import ICAL from 'ical.js';

/*
 * RRULE values (RFC 5545 §3.3.10) checked one event at a time. ical.js parses a rule while it parses the
 * file, so one bad rule would make the whole calendar unreadable; and it accepts rules it cannot expand
 * (no FREQ: a TypeError later), or quietly changes them (INTERVAL=0 becomes 1, COUNT=0 never ends,
 * COUNT with UNTIL keeps COUNT). The file is parsed with VEVENT rules left as text; each is then checked
 * and handed to ical.js's own recur parser, and an event whose rule fails is rejected, with the reason.
 */

/** The jCal type of an RRULE that was not parsed (a bad rule of a VEVENT keeps it). */
export const UNCHECKED_RULE = 'x-sporthub-unchecked-recur';

type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];
type JCalComponent = [string, JCalProperty[], JCalComponent[]];

const icalendar = ICAL.design.icalendar;
/** ical.js's iCalendar design, except that RRULE values stay text. */
const RULES_AS_TEXT = {
  ...icalendar,
  property: { ...icalendar.property, rrule: { defaultType: UNCHECKED_RULE } },
};

/** Parses the text of a recur value into jCal as ical.js's parser does; throws what it throws. */
function parseRule(value: string): unknown {
  return icalendar.value.recur.fromICAL(value, false);
}

const DATE_OR_DATE_TIME = /^\d{8}(T\d{6}Z?)?$/;
const POSITIVE = /^[1-9]\d*$/;

/** What is wrong with an RRULE value, in words; undefined when ical.js can expand it as written. */
export function ruleProblem(value: string): string | undefined {
  const rule = `RRULE "${value}"`;
  const parts = new Map<string, string>();
  for (const part of value.split(';')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq <= 0) return `${rule}: "${part}" is not NAME=VALUE`;
    parts.set(part.slice(0, eq).toUpperCase(), part.slice(eq + 1));
  }
  if (!parts.has('FREQ')) return `${rule} has no FREQ: add FREQ=DAILY, WEEKLY, MONTHLY or YEARLY`;
  if (parts.has('COUNT') && parts.has('UNTIL')) {
    return `${rule} has both COUNT and UNTIL, which RFC 5545 forbids: keep one of them`;
  }
  const count = parts.get('COUNT');
  if (count !== undefined && !POSITIVE.test(count)) {
    return `${rule}: COUNT "${count}" must be a whole number of at least 1`;
  }
  const interval = parts.get('INTERVAL');
  if (interval !== undefined && !POSITIVE.test(interval)) {
    return `${rule}: INTERVAL "${interval}" must be a whole number of at least 1`;
  }
  const until = parts.get('UNTIL');
  const untilProblem = `${rule}: UNTIL "${until}" is not a date (20270601) or date-time (20270601T000000Z)`;
  if (until !== undefined && !DATE_OR_DATE_TIME.test(until)) return untilProblem;
  let data: { until?: string };
  try {
    data = parseRule(value) as { until?: string };
  } catch (cause) {
    return `${rule} is not valid: ${cause instanceof Error ? cause.message : String(cause)}`;
  }
  // ical.js rolls 20271345 over into 2028-02-14: the value must read back as written.
  if (data.until !== undefined && ICAL.Time.fromString(data.until, null).toString() !== data.until) {
    return untilProblem;
  }
  return undefined;
}

/**
 * Every RRULE of a parsed calendar back to a recur value, except the bad ones of VEVENTs, which keep
 * the `UNCHECKED_RULE` type for `ruleProblem` to explain. A bad rule elsewhere (a VTIMEZONE's) throws.
 */
function restoreRules(component: JCalComponent): void {
  const lenient = component[0] === 'vevent';
  for (const property of component[1]) {
    if (property[0] !== 'rrule' || property[2] !== UNCHECKED_RULE) continue;
    const value = String(property[3]);
    if (lenient && ruleProblem(value) !== undefined) continue;
    property[3] = parseRule(value);
    property[2] = 'recur';
  }
  for (const child of component[2]) restoreRules(child);
}

/**
 * `ICAL.parse`, with each VEVENT's RRULE checked on its own afterwards. Throws what `ICAL.parse` throws.
 */
export function parseCalendarLeniently(text: string): unknown {
  // The parser takes a top-level component's design from `ICAL.design.components`; the swap holds
  // only while this synchronous call runs.
  const components = ICAL.design.components as Record<string, unknown>;
  const had = Object.hasOwn(components, 'vcalendar');
  const previous = components.vcalendar;
  components.vcalendar = RULES_AS_TEXT;
  let jcal: unknown;
  try {
    jcal = ICAL.parse(text);
  } finally {
    if (had) components.vcalendar = previous;
    else delete components.vcalendar;
  }
  const roots = Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal : [jcal];
  for (const root of roots as unknown[]) {
    if (Array.isArray(root) && Array.isArray(root[1]) && Array.isArray(root[2])) {
      restoreRules(root as JCalComponent);
    }
  }
  return jcal;
}
