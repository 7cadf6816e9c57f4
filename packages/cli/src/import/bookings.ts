import { formatScheduleError } from '@sporthub/schemas';
import type { SportHub } from '@sporthub/sdk';
import type { SourceRecord } from './readers/index.js';
import type { Reject } from './rejects.js';
import { columnName } from './session-row.js';
import type { PassOneResult } from './validate.js';

/*
 * "capacity < bookings already held" (SPEC §6.2) before anything is written: the sessions the server
 * already has with bookings are listed once (`booked=true`, so a re-import of a large schedule does not
 * page through every session it already holds), and a row whose external_id matches a session holding
 * more bookings than the row's capacity is rejected. The list starts at the file's first start or
 * yesterday, whichever is earlier, and has no end: a row may move its session, so the session's
 * current start is not where the row says (bookings are held for sessions to come; a session that
 * started before both and is moved by the file is still checked by the server). The
 * server checks it again on write (`capacity_below_bookings`), which covers bookings made in between.
 * Pass 1 keeps no capacities (4 MB at a million rows): the rows that match a booked session are read
 * again, and `belowBookings` compares their capacity.
 */

const DAY_MS = 86_400_000;

/** Ordinal → bookings held, for accepted rows that update a session holding bookings. */
export async function findBookedSessions(
  hub: SportHub,
  pass: PassOneResult,
  now = Date.now(),
): Promise<Map<number, number>> {
  const booked = new Map<number, number>();
  if (pass.accepted === 0) return booked;
  const from = new Date(Math.min(now - DAY_MS, pass.firstStart)).toISOString();
  for await (const session of hub.sessions.list({ from, booked: true, limit: 500 })) {
    if (!session.externalId || session.bookedCount === 0) continue;
    const ordinal = pass.keys.get(session.externalId);
    if (ordinal === undefined || pass.rejected.has(ordinal)) continue;
    booked.set(ordinal, session.bookedCount);
  }
  return booked;
}

/** The row's capacity is below the bookings its session holds. */
export function belowBookings(record: SourceRecord, booked: number): boolean {
  return record.row !== undefined && record.row.capacity < booked;
}

/** The reject of a row whose capacity is below the bookings its session holds. */
export function capacityReject(record: SourceRecord, booked: number): Reject {
  const value = String(record.row?.capacity ?? '');
  return {
    file: record.file,
    line: record.line,
    raw: record.raw,
    errors: [
      {
        column: columnName(record, 'capacity'),
        code: 'capacity_below_bookings',
        message: formatScheduleError('capacity_below_bookings', { value, booked }),
      },
    ],
  };
}
