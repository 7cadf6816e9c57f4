import type { Session, SessionCreate, SportHub } from '@sporthub/sdk';
import type { SeriesOccurrences } from './readers/index.js';

/*
 * Re-importing a calendar is a sync of each series (SPEC §6.2): a session of the series that the file
 * no longer produces (a new EXDATE, a shortened rule) is cancelled. Only for series the reader saw whole
 * (`complete`), and for unbounded rules only up to where they were expanded (`expandedUntil`).
 */

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
 */
export async function syncSeries(
  hub: SportHub,
  series: readonly SeriesOccurrences[],
  onCancelled: (total: number) => Promise<void> = async () => {},
): Promise<number> {
  const items: Array<SessionCreate & { externalId: string }> = [];
  for (const s of series) {
    if (!s.complete) continue;
    const existing: Session[] = [];
    for await (const session of hub.sessions.list({ seriesKey: s.seriesKey, limit: 500 }))
      existing.push(session);
    for (const stale of staleSessions(s, existing)) items.push(cancellationOf(stale));
  }
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
