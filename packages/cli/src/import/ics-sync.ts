import type { Session, SessionCreate, SportHub } from '@sporthub/sdk';
import type { SeriesOccurrences } from './readers/index.js';

/*
 * Re-importing a calendar is a sync of each series (SPEC §6.2): a session of the series that the file
 * no longer produces (a new EXDATE, a shortened rule) is cancelled. Only for series the reader saw whole
 * (`complete`). An unbounded rule was expanded up to `--until` only (`expandedUntil`); when the server
 * holds sessions of it beyond (imported with a later `--until`), the calendar is read again up to the
 * last of them (`extend`), so a rule changed to produce fewer occurrences cancels those too.
 */

/**
 * What `series` produce up to `untilMs` (and past it, to the end of its day): their files read again
 * with a later horizon.
 */
export type ExtendSeries = (
  series: readonly SeriesOccurrences[],
  untilMs: number,
) => Promise<SeriesOccurrences[]>;

/** The full item that cancels `session` (a batch item replaces the session, so every field is sent). */
export function cancellationOf(session: Session): SessionCreate & { externalId: string } {
  const item: SessionCreate & { externalId: string } = {
    externalId: session.externalId ?? '',
    outletId: session.outletId,
    programId: session.programId,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    capacity: session.capacity,
    waitlistCapacity: session.waitlistCapacity,
    status: 'cancelled',
  };
  if (session.zoneId) item.zoneId = session.zoneId;
  if (session.coachId) item.coachId = session.coachId;
  if (session.title) item.title = session.title;
  if (session.seriesKey) item.seriesKey = session.seriesKey;
  return item;
}

/** The sessions of a series to cancel: on the server, scheduled, not produced by the file any more. */
export function staleSessions(series: SeriesOccurrences, existing: readonly Session[]): Session[] {
  const until =
    series.expandedUntil === undefined ? Number.POSITIVE_INFINITY : Date.parse(series.expandedUntil);
  return existing.filter(
    (s) =>
      s.status === 'scheduled' &&
      s.externalId !== null &&
      !series.externalIds.has(s.externalId) &&
      Date.parse(s.startsAt) < until,
  );
}

/**
 * Cancels the stale sessions of every complete series; returns how many were cancelled, and tells
 * `onCancelled` the running total after each request (the journal keeps it for a resumed sync).
 * `onBooked` hears of the cancelled sessions that held bookings, before they are cancelled: their
 * members are not told by the import.
 */
export async function syncSeries(
  hub: SportHub,
  series: readonly SeriesOccurrences[],
  onCancelled: (total: number) => Promise<void> = async () => {},
  extend?: ExtendSeries,
  onBooked: (sessions: readonly Session[]) => void = () => {},
): Promise<number> {
  const existingOf = new Map<string, Session[]>();
  const beyond: SeriesOccurrences[] = [];
  let lastStart = Number.NEGATIVE_INFINITY;
  for (const s of series) {
    if (!s.complete) continue;
    const existing: Session[] = [];
    for await (const session of hub.sessions.list({ seriesKey: s.seriesKey, limit: 500 }))
      existing.push(session);
    existingOf.set(s.seriesKey, existing);
    if (s.expandedUntil === undefined) continue;
    const until = Date.parse(s.expandedUntil);
    for (const session of existing) {
      const start = Date.parse(session.startsAt);
      if (session.status !== 'scheduled' || start < until) continue;
      if (beyond.at(-1) !== s) beyond.push(s);
      lastStart = Math.max(lastStart, start);
    }
  }
  const extended = new Map<string, SeriesOccurrences>();
  if (extend && beyond.length > 0) {
    for (const s of await extend(beyond, lastStart)) if (s.complete) extended.set(s.seriesKey, s);
  }
  const items: Array<SessionCreate & { externalId: string }> = [];
  const staleBooked: Session[] = [];
  for (const s of series) {
    const existing = existingOf.get(s.seriesKey);
    if (!existing) continue;
    for (const stale of staleSessions(extended.get(s.seriesKey) ?? s, existing)) {
      items.push(cancellationOf(stale));
      staleBooked.push(stale);
    }
  }
  const booked = staleBooked.filter((session) => session.bookedCount > 0);
  if (booked.length > 0) onBooked(booked);
  let cancelled = 0;
  for (let i = 0; i < items.length; i += 1000) {
    const chunk = items.slice(i, i + 1000);
    // The SDK's own key per request: retries replay, and a later sync of another state is a new request.
    const answer = await hub.sessions.batchUpsert(chunk, { mode: 'partial' });
    cancelled += answer.summary.updated;
    await onCancelled(cancelled);
  }
  return cancelled;
}
