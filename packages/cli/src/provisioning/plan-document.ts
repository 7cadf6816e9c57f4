import type { FieldChange } from './diff.js';
import type { RecordKind } from './manifest.js';

export const PLAN_FORMAT = 'sporthub-plan/v1';

export type PlanAction = 'create' | 'update' | 'delete' | 'unchanged';

/** One record of a plan: what `apply` does to it, and the revision the plan saw. */
export interface PlanRecord {
  kind: RecordKind;
  /** Natural key: `code`, or `externalId` for staff. */
  key: string;
  action: PlanAction;
  /** Where the manifest defines it (`network.yaml:23`); null for a record only the server has. */
  source: string | null;
  /** The server's id and revision when planned; null for a record to create. */
  id: string | null;
  revision: number | null;
  changes: FieldChange[];
  /** What apply sends (create: the whole record; update: the changed fields), references as codes. */
  body?: Record<string, unknown>;
}

export interface PlanSummary {
  create: number;
  update: number;
  delete: number;
  unchanged: number;
}

/** The plan `sporthub plan --out plan.json` saves and `sporthub apply plan.json` applies. */
export interface PlanDocument {
  format: typeof PLAN_FORMAT;
  createdAt: string;
  /** The API the plan was made against. */
  apiUrl: string;
  files: string[];
  prune: boolean;
  summary: PlanSummary;
  records: PlanRecord[];
}

export function summarize(records: readonly PlanRecord[]): PlanSummary {
  const summary: PlanSummary = { create: 0, update: 0, delete: 0, unchanged: 0 };
  for (const record of records) summary[record.action] += 1;
  return summary;
}

export function hasChanges(plan: Pick<PlanDocument, 'summary'>): boolean {
  const { create, update, delete: remove } = plan.summary;
  return create + update + remove > 0;
}

const KINDS: ReadonlySet<string> = new Set(['partner', 'program', 'outlet', 'staff']);
const ACTIONS: ReadonlySet<string> = new Set(['create', 'update', 'delete', 'unchanged']);

/** Reads a saved plan; throws a message naming what is wrong (the caller maps it to exit 65). */
export function parsePlanDocument(text: string): PlanDocument {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON: ${(error as Error).message}`);
  }
  const plan = doc as Partial<PlanDocument> | null;
  if (!plan || typeof plan !== 'object' || plan.format !== PLAN_FORMAT) {
    throw new Error(`not a sporthub plan (expected "format": "${PLAN_FORMAT}")`);
  }
  if (!Array.isArray(plan.records)) throw new Error('"records" must be an array');
  plan.records.forEach((r, i) => {
    const ok =
      r &&
      KINDS.has(r.kind) &&
      ACTIONS.has(r.action) &&
      typeof r.key === 'string' &&
      (r.revision === null || typeof r.revision === 'number') &&
      (r.id === null || typeof r.id === 'string') &&
      Array.isArray(r.changes);
    if (!ok) throw new Error(`records[${i}] is not a plan record`);
    if ((r.action === 'create' || r.action === 'update') && (typeof r.body !== 'object' || !r.body)) {
      throw new Error(`records[${i}] (${r.kind} ${r.key}) has no body`);
    }
    if (r.action !== 'create' && (r.id === null || r.revision === null)) {
      throw new Error(`records[${i}] (${r.kind} ${r.key}) has no id or revision`);
    }
  });
  return { ...(plan as PlanDocument), summary: summarize(plan.records), prune: plan.prune === true };
}
