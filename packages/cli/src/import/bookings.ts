import { formatScheduleError } from '@sporthub/schemas';
import type { SportHub } from '@sporthub/sdk';
import { openScheduleSource, type ScheduleSourceOptions, type SourceRecord } from './readers/index.js';
import type { Reject } from './rejects.js';
import { columnName } from './session-row.js';
import type { PassOneResult } from './validate.js';

/*
 * "capacity < bookings already held" (SPEC §6.2) before anything is written: the sessions the server
 * already has in the time window of the file's rows (per outlet) are listed once, and a row whose
 * external_id matches a session holding more bookings than the row's capacity is rejected. The server
 * checks it again on write (`capacity_below_bookings`), which covers bookings made in between.
 */

/** Ordinal → bookings held, for accepted rows whose capacity is below them. */
export async function findCapacityBelowBookings(
  hub: SportHub,
  pass: PassOneResult,
): Promise<Map<number, number>> {
  const below = new Map<number, number>();
  for (const [outletId, window] of pass.windows) {
    const from = new Date(window.from).toISOString();
    const to = new Date(window.to + 1000).toISOString();
    for await (const session of hub.sessions.list({ outletId, from, to, limit: 500 })) {
      if (!session.externalId || session.bookedCount === 0) continue;
      const ordinal = pass.keys.get(session.externalId);
      if (ordinal === undefined || pass.rejected.has(ordinal)) continue;
      if (pass.capacities.get(ordinal) < session.bookedCount) below.set(ordinal, session.bookedCount);
    }
  }
  return below;
}

/** Reads the files again for the records at `ordinals` (only when some were rejected late). */
export async function* recordsAt(
  files: readonly string[],
  options: ScheduleSourceOptions,
  ordinals: ReadonlySet<number>,
): AsyncGenerator<{ record: SourceRecord; ordinal: number }> {
  let ordinal = 0;
  let left = ordinals.size;
  for (const file of files) {
    if (left === 0) return;
    for await (const record of openScheduleSource(file, options)) {
      const current = ordinal++;
      if (!ordinals.has(current)) continue;
      yield { record, ordinal: current };
      if (--left === 0) return;
    }
  }
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
