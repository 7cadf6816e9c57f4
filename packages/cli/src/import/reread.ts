import { openScheduleSource, type ScheduleSourceOptions, type SourceRecord } from './readers/index.js';

/*
 * The original records of a few rows, read again from the sources: the rejects file needs a row's cells
 * as the file wrote them, which the spool does not keep. Only for rows rejected after pass 1 (capacity
 * below bookings, or the server's answer), which are rare.
 */

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
