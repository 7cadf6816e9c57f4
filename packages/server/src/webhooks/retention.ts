import type { Db } from '../db/dialect.js';
import { addMs, nowIso } from '../time.js';

/** Events, and the deliveries of them, are kept 30 days (SPEC §3 Event). */
export const RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** The oldest instant still retained. */
export function retentionCutoff(now: string = nowIso()): string {
  return addMs(now, -RETENTION_MS);
}

/**
 * Deletes events and webhook deliveries older than the retention, one organization at a time (every
 * query filters by tenant, SPEC §8). Safe to run from several processes at once.
 */
export async function deleteExpired(db: Db, now: string = nowIso()): Promise<void> {
  const cutoff = retentionCutoff(now);
  const organizations = await db.selectFrom('organizations').select('id').execute();
  for (const { id } of organizations) {
    await db
      .deleteFrom('events')
      .where('organization_id', '=', id)
      .where('occurred_at', '<', cutoff)
      .execute();
    await db
      .deleteFrom('webhook_outbox')
      .where('organization_id', '=', id)
      .where('due_at', '<', cutoff)
      .execute();
    await db
      .deleteFrom('webhook_deliveries')
      .where('organization_id', '=', id)
      .where('created_at', '<', cutoff)
      .execute();
  }
}
