import type { RecordKind } from './manifest.js';
import type { PlanRecord } from './plan-document.js';
import type { RemoteRecordOf, RemoteState, ResourceApi } from './remote.js';

export interface ApplySummary {
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

/** What happened to one record. */
export interface AppliedRecord {
  kind: RecordKind;
  key: string;
  action: 'created' | 'updated' | 'deleted' | 'unchanged';
  id: string;
  revision: number | null;
}

/** A write the server refused because the record changed underneath (412): the apply stops there. */
export class ApplyConflict extends Error {
  override readonly name = 'ApplyConflict';
  constructor(
    readonly record: PlanRecord,
    readonly applied: number,
    override readonly cause: unknown,
  ) {
    super(`${record.kind} ${record.key} changed on the server during apply`);
  }
}

/** An outlet delete the server refused (409: future sessions) without `force`. */
export interface RefusedDelete {
  record: PlanRecord;
  cause: unknown;
}

export interface ApplyOptions {
  /** Pass `force=true` to outlet deletes (cancel their future sessions). */
  force: boolean;
  /** One line per write, for the operator (stderr). */
  progress: (line: string) => void;
}

export interface ApplyOutcome {
  summary: ApplySummary;
  records: AppliedRecord[];
  refused: RefusedDelete[];
}

type Apis = { [K in RecordKind]: ResourceApi<RemoteRecordOf[K]> };

const WRITE_ORDER: readonly RecordKind[] = ['partner', 'program', 'outlet', 'staff'];

/**
 * Applies a fresh (already stale-checked) plan: creates and updates in dependency order — partners,
 * programs, outlets with zones, staff (which point at outlet ids) — every update with If-Match of the
 * revision the plan saw; then deletes in reverse order. References (codes) become ids here, from the
 * server's records and the ones just created.
 */
export async function applyPlan(
  records: readonly PlanRecord[],
  remote: RemoteState,
  apis: Apis,
  options: ApplyOptions,
): Promise<ApplyOutcome> {
  const ids = {
    outlet: new Map(remote.outlet.map((o) => [o.code, o.id])),
    partner: new Map(remote.partner.map((p) => [p.code, p.id])),
  };
  const outcome: ApplyOutcome = {
    summary: { created: 0, updated: 0, deleted: 0, unchanged: 0 },
    records: [],
    refused: [],
  };
  let writes = 0;
  const write = async (record: PlanRecord, run: () => Promise<void>) => {
    try {
      await run();
      writes += 1;
    } catch (error) {
      if (statusOf(error) === 412) throw new ApplyConflict(record, writes, error);
      throw error;
    }
  };

  for (const kind of WRITE_ORDER) {
    for (const record of records.filter((r) => r.kind === kind)) {
      if (record.action === 'unchanged') {
        outcome.summary.unchanged += 1;
        outcome.records.push({
          kind,
          key: record.key,
          action: 'unchanged',
          id: record.id ?? '',
          revision: record.revision,
        });
        continue;
      }
      if (record.action !== 'create' && record.action !== 'update') continue;
      const body = toApiBody(record, ids);
      const api = apis[kind] as ResourceApi<{ id: string; revision: number }>;
      await write(record, async () => {
        const saved =
          record.action === 'create'
            ? await api.create(body)
            : await api.update(record.id as string, body, record.revision as number);
        if (kind === 'outlet' || kind === 'partner') ids[kind].set(record.key, saved.id);
        const action = record.action === 'create' ? 'created' : 'updated';
        outcome.summary[action] += 1;
        outcome.records.push({ kind, key: record.key, action, id: saved.id, revision: saved.revision });
        options.progress(
          `${record.action === 'create' ? '+' : '~'} ${kind} ${record.key} ${action} (revision ${saved.revision})`,
        );
      });
    }
  }

  for (const kind of [...WRITE_ORDER].reverse()) {
    for (const record of records.filter((r) => r.kind === kind && r.action === 'delete')) {
      const api = apis[kind] as ResourceApi<unknown>;
      try {
        await write(record, () =>
          api.remove(record.id as string, { revision: record.revision as number, force: options.force }),
        );
      } catch (error) {
        if (kind === 'outlet' && statusOf(error) === 409 && !options.force) {
          outcome.refused.push({ record, cause: error });
          options.progress(
            `! outlet ${record.key} not deleted: the server refused (409), it has future sessions`,
          );
          continue;
        }
        throw error;
      }
      outcome.summary.deleted += 1;
      outcome.records.push({
        kind,
        key: record.key,
        action: 'deleted',
        id: record.id as string,
        revision: null,
      });
      options.progress(`- ${kind} ${record.key} deleted`);
    }
  }
  return outcome;
}

/** The API body of a planned write: outlet `partners` and staff `outlets` codes become ids. */
export function toApiBody(
  record: PlanRecord,
  ids: { outlet: Map<string, string>; partner: Map<string, string> },
): Record<string, unknown> {
  const { partners, outlets, ...rest } = record.body ?? {};
  const resolve = (target: 'outlet' | 'partner', codes: unknown) =>
    (codes as string[]).map((code) => {
      const id = ids[target].get(code);
      if (!id) throw new Error(`${record.kind} ${record.key}: no ${target} with code ${code}`);
      return id;
    });
  if (record.kind === 'outlet' && partners !== undefined)
    return { ...rest, partnerIds: resolve('partner', partners) };
  if (record.kind === 'staff' && outlets !== undefined)
    return { ...rest, outletIds: resolve('outlet', outlets) };
  return record.body ?? {};
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
