import type { FieldError } from '@sporthub/schemas';
import type { Db } from '../../db/dialect.js';
import { chunkRows } from '../../db/insert-many.js';

/** The references a session makes; each is checked against this organization's rows. */
export interface SessionRefs {
  outletId: string;
  programId: string;
  zoneId?: string | null | undefined;
  coachId?: string | null | undefined;
}

/** What exists of the referenced ids: one SELECT per table for a whole batch. */
export interface KnownRefs {
  outlets: Set<string>;
  programs: Set<string>;
  coaches: Set<string>;
  /** zone id → its outlet id. */
  zones: Map<string, string>;
}

type RefTable = 'outlets' | 'programs' | 'staff' | 'zones';

async function existing(db: Db, organizationId: string, table: RefTable, ids: Set<string>) {
  const rows: { id: string; outlet_id?: string }[] = [];
  for (const chunk of chunkRows([...ids].map((id) => ({ id })))) {
    const query = db
      .selectFrom(table as 'zones')
      .where('organization_id', '=', organizationId)
      .where(
        'id',
        'in',
        chunk.map((c) => c.id),
      );
    rows.push(
      ...(table === 'zones'
        ? await query.select(['id', 'outlet_id']).execute()
        : await query.select('id').execute()),
    );
  }
  return rows;
}

/** Looks up every outlet, program, coach and zone the items name, in this organization only. */
export async function loadRefs(db: Db, organizationId: string, items: readonly SessionRefs[]) {
  const wanted = { outlets: new Set<string>(), programs: new Set<string>(), staff: new Set<string>() };
  const zones = new Set<string>();
  for (const item of items) {
    wanted.outlets.add(item.outletId);
    wanted.programs.add(item.programId);
    if (item.coachId) wanted.staff.add(item.coachId);
    if (item.zoneId) zones.add(item.zoneId);
  }
  const ids = async (table: RefTable, set: Set<string>) =>
    new Set((set.size === 0 ? [] : await existing(db, organizationId, table, set)).map((r) => r.id));
  const zoneRows = zones.size === 0 ? [] : await existing(db, organizationId, 'zones', zones);
  return {
    outlets: await ids('outlets', wanted.outlets),
    programs: await ids('programs', wanted.programs),
    coaches: await ids('staff', wanted.staff),
    zones: new Map(zoneRows.map((r) => [r.id, r.outlet_id ?? ''])),
  } satisfies KnownRefs;
}

const unknown = (prefix: string, field: string, what: string): FieldError => ({
  path: `${prefix}/${field}`,
  code: 'unknown_reference',
  message: `no ${what} with this id in this organization`,
});

/** Field errors of one item's references; `prefix` is the item's JSON Pointer (`/items/3`) or ''. */
export function refErrors(refs: SessionRefs, known: KnownRefs, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  if (!known.outlets.has(refs.outletId)) errors.push(unknown(prefix, 'outletId', 'outlet'));
  if (!known.programs.has(refs.programId)) errors.push(unknown(prefix, 'programId', 'program'));
  if (refs.coachId && !known.coaches.has(refs.coachId))
    errors.push(unknown(prefix, 'coachId', 'staff member'));
  if (refs.zoneId) {
    const outlet = known.zones.get(refs.zoneId);
    if (outlet === undefined) errors.push(unknown(prefix, 'zoneId', 'zone'));
    else if (outlet !== refs.outletId) {
      errors.push({
        path: `${prefix}/zoneId`,
        code: 'unknown_reference',
        message: 'the zone belongs to another outlet',
      });
    }
  }
  return errors;
}
