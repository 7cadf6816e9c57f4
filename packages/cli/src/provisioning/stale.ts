import type { RecordKind } from './manifest.js';
import type { PlanDocument, PlanRecord } from './plan-document.js';
import { type RemoteState, remoteKeyOf } from './remote.js';

/** A planned record the server changed since the plan. */
export interface StaleRecord {
  kind: RecordKind;
  key: string;
  reason: string;
}

/** The kinds a plan touches or resolves references through: what the stale check must re-read. */
export function kindsOfPlan(plan: PlanDocument): Set<RecordKind> {
  const kinds = new Set<RecordKind>(plan.records.map((r) => r.kind));
  for (const r of plan.records) {
    if (r.kind === 'staff' && r.body && 'outlets' in r.body) kinds.add('outlet');
    if (r.kind === 'outlet' && r.body && 'partners' in r.body) kinds.add('partner');
  }
  return kinds;
}

/**
 * Compares every record of the plan with the server as it is now: a record to create must still be
 * absent; every other record must still exist with the id and revision the plan saw. Called before
 * anything is written, so a stale plan changes nothing (SPEC §5 exit 7).
 */
export function findStaleRecords(records: readonly PlanRecord[], remote: RemoteState): StaleRecord[] {
  const stale: StaleRecord[] = [];
  const byKey = new Map(
    (Object.keys(remote) as RecordKind[]).flatMap((kind) =>
      remote[kind].map((r) => [`${kind}\u0000${remoteKeyOf(kind, r)}`, r] as const),
    ),
  );
  for (const record of records) {
    const now = byKey.get(`${record.kind}\u0000${record.key}`);
    const { kind, key } = record;
    if (record.action === 'create') {
      if (now) stale.push({ kind, key, reason: `was created since the plan (revision ${now.revision})` });
    } else if (!now) {
      stale.push({ kind, key, reason: 'was deleted since the plan' });
    } else if (now.id !== record.id) {
      stale.push({ kind, key, reason: 'was replaced by another record since the plan' });
    } else if (now.revision !== record.revision) {
      stale.push({
        kind,
        key,
        reason: `changed since the plan (revision ${record.revision} → ${now.revision})`,
      });
    }
  }
  return stale;
}
