import type { components, Outlet, SportHub } from '@sporthub/sdk';
import type { RecordKind } from './manifest.js';

type Schemas = components['schemas'];
export type Program = Schemas['Program'];
export type Staff = Schemas['Staff'];
export type Partner = Schemas['Partner'];
export type { Outlet };

export interface RemoteRecordOf {
  partner: Partner;
  program: Program;
  outlet: Outlet;
  staff: Staff;
}

/** What the server holds now, per kind (only the kinds that were fetched). */
export type RemoteState = { [K in RecordKind]: RemoteRecordOf[K][] };

/** The writes `apply` makes, per kind: bodies are API-shaped (ids, not codes). */
export interface ResourceApi<T> {
  listAll(): Promise<T[]>;
  create(body: Record<string, unknown>): Promise<T>;
  update(id: string, body: Record<string, unknown>, revision: number): Promise<T>;
  remove(id: string, options: { revision: number; force: boolean }): Promise<void>;
}

/** The largest page the API serves: one request per 500 records. */
const PAGE = 500;

async function drain<T>(
  fetchPage: (cursor: string | undefined) => Promise<{ data: T[]; nextCursor: string | null }>,
) {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    all.push(...page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/**
 * The four resources behind one shape, so `plan` and `apply` treat every kind alike. Bodies are built by
 * the planner from schema-validated manifests, hence the casts to the SDK's body types.
 */
export function resourceApis(hub: SportHub): { [K in RecordKind]: ResourceApi<RemoteRecordOf[K]> } {
  return {
    outlet: {
      listAll: () => drain((cursor) => hub.outlets.list({ limit: PAGE }).page(cursor)),
      create: (body) => hub.outlets.create(body as Schemas['OutletCreate']),
      update: (id, body, ifMatch) => hub.outlets.update(id, body as Schemas['OutletUpdate'], { ifMatch }),
      remove: (id, { revision, force }) => hub.outlets.delete(id, { ifMatch: revision, force }),
    },
    program: {
      listAll: () => drain((cursor) => hub.programs.list({ limit: PAGE }).page(cursor)),
      create: (body) => hub.programs.create(body as Schemas['ProgramCreate']),
      update: (id, body, ifMatch) => hub.programs.update(id, body as Schemas['ProgramUpdate'], { ifMatch }),
      remove: (id, { revision }) => hub.programs.delete(id, { ifMatch: revision }),
    },
    staff: {
      listAll: () => drain((cursor) => hub.staff.list({ limit: PAGE }).page(cursor)),
      create: (body) => hub.staff.create(body as Schemas['StaffCreate']),
      update: (id, body, ifMatch) => hub.staff.update(id, body as Schemas['StaffUpdate'], { ifMatch }),
      remove: (id, { revision }) => hub.staff.delete(id, { ifMatch: revision }),
    },
    partner: {
      listAll: () => drain((cursor) => hub.partners.list({ limit: PAGE }).page(cursor)),
      create: (body) => hub.partners.create(body as Schemas['PartnerCreate']),
      update: (id, body, ifMatch) => hub.partners.update(id, body as Schemas['PartnerUpdate'], { ifMatch }),
      remove: (id, { revision }) => hub.partners.delete(id, { ifMatch: revision }),
    },
  };
}

/** Reads every record of the given kinds, each kind once (kinds not asked for stay empty). */
export async function fetchRemoteState(
  apis: ReturnType<typeof resourceApis>,
  kinds: ReadonlySet<RecordKind>,
): Promise<RemoteState> {
  const [partner, program, outlet, staff] = await Promise.all([
    kinds.has('partner') ? apis.partner.listAll() : [],
    kinds.has('program') ? apis.program.listAll() : [],
    kinds.has('outlet') ? apis.outlet.listAll() : [],
    kinds.has('staff') ? apis.staff.listAll() : [],
  ]);
  return { partner, program, outlet, staff };
}

export function remoteKeyOf(kind: RecordKind, record: RemoteRecordOf[RecordKind]): string {
  return kind === 'staff' ? (record as Staff).externalId : (record as { code: string }).code;
}
