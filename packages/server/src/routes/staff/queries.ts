import type { Staff, StaffRole } from '@sporthub/schemas';
import { sql } from 'kysely';
import { type Db, isPostgres } from '../../db/dialect.js';
import { chunkRows } from '../../db/insert-many.js';
import { type NewEvent, recordEvents } from '../../events/record.js';
import type { Change } from '../../http/batch.js';
import type { PageRequest } from '../../http/pagination.js';
import { staffRow, toStaff } from './model.js';

export interface StaffFilter {
  role?: StaffRole | undefined;
  outletId?: string | undefined;
  externalId?: string | undefined;
}

/** `value` as a LIKE pattern matching itself only (`_` and `%` escaped with `\`). */
function likeLiteral(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** One page (plus one row) of staff in id order. */
export async function listStaff(db: Db, organizationId: string, page: PageRequest, filter: StaffFilter) {
  let query = db.selectFrom('staff').selectAll().where('organization_id', '=', organizationId);
  if (page.afterId !== undefined) query = query.where('id', '>', page.afterId);
  if (filter.role !== undefined) query = query.where('role', '=', filter.role);
  if (filter.externalId !== undefined) query = query.where('external_id', '=', filter.externalId);
  if (filter.outletId !== undefined) {
    // outlet_ids is a JSON array of ids: the quoted id occurs in it exactly when it is a member.
    const pattern = `%${likeLiteral(JSON.stringify(filter.outletId))}%`;
    query = query.where(sql<boolean>`outlet_ids like ${pattern} escape '\\'`);
  }
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toStaff);
}

export async function findStaffById(
  db: Db,
  organizationId: string,
  id: string,
  forUpdate = false,
): Promise<Staff | undefined> {
  const row = await db
    .selectFrom('staff')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .$if(forUpdate && isPostgres(db), (q) => q.forUpdate())
    .executeTakeFirst();
  return row && toStaff(row);
}

/** Staff by natural key, for upserts. */
export async function findStaffByExternalId(
  db: Db,
  organizationId: string,
  externalIds: string[],
  forUpdate = false,
): Promise<Map<string, Staff>> {
  const found = new Map<string, Staff>();
  for (const chunk of chunkRows(externalIds.map((externalId) => ({ externalId })))) {
    const rows = await db
      .selectFrom('staff')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where(
        'external_id',
        'in',
        chunk.map((c) => c.externalId),
      )
      .$if(forUpdate && isPostgres(db), (q) => q.forUpdate())
      .execute();
    for (const row of rows) found.set(row.external_id, toStaff(row));
  }
  return found;
}

/** Which of these ids are outlets of the organization: one SELECT per chunk for a whole batch. */
export async function existingOutletIds(db: Db, organizationId: string, ids: Iterable<string>) {
  const found = new Set<string>();
  for (const chunk of chunkRows([...new Set(ids)].map((id) => ({ id })))) {
    const rows = await db
      .selectFrom('outlets')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where(
        'id',
        'in',
        chunk.map((c) => c.id),
      )
      .execute();
    for (const row of rows) found.add(row.id);
  }
  return found;
}

/** Writes staff and their events with one multi-row upsert per chunk. Call inside a transaction. */
export async function saveStaff(trx: Db, organizationId: string, changes: readonly Change<Staff>[]) {
  if (changes.length === 0) return;
  for (const chunk of chunkRows(changes.map((c) => staffRow(organizationId, c.after)))) {
    await trx
      .insertInto('staff')
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['organization_id', 'id']).doUpdateSet((eb) => ({
          external_id: eb.ref('excluded.external_id'),
          name: eb.ref('excluded.name'),
          role: eb.ref('excluded.role'),
          certifications: eb.ref('excluded.certifications'),
          outlet_ids: eb.ref('excluded.outlet_ids'),
          phone: eb.ref('excluded.phone'),
          updated_at: eb.ref('excluded.updated_at'),
          revision: eb.ref('excluded.revision'),
        })),
      )
      .execute();
  }
  await recordEvents(
    trx,
    organizationId,
    changes.map((c): NewEvent => ({ type: c.before ? 'staff.updated' : 'staff.created', data: c.after })),
  );
}

export async function deleteStaff(trx: Db, organizationId: string, staff: Staff): Promise<void> {
  await trx
    .deleteFrom('staff')
    .where('organization_id', '=', organizationId)
    .where('id', '=', staff.id)
    .execute();
  await recordEvents(trx, organizationId, [{ type: 'staff.deleted', data: staff }]);
}
