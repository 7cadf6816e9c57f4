import type { Outlet, OutletStatus, Zone } from '@sporthub/schemas';
import { type Db, isPostgres } from '../../db/dialect.js';
import { chunkRows } from '../../db/insert-many.js';
import { type NewEvent, recordEvents } from '../../events/record.js';
import type { PageRequest } from '../../http/pagination.js';
import { byCode, outletRow, toOutlet, toZone, zoneRow } from './model.js';

export interface OutletFilter {
  status?: OutletStatus | undefined;
  district?: string | undefined;
  code?: string | undefined;
}

/** One page (plus one row) of outlets in id order, zones included. */
export async function listOutlets(db: Db, organizationId: string, page: PageRequest, filter: OutletFilter) {
  let query = db.selectFrom('outlets').selectAll().where('organization_id', '=', organizationId);
  if (page.afterId !== undefined) query = query.where('id', '>', page.afterId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  if (filter.district !== undefined) query = query.where('district', '=', filter.district);
  if (filter.code !== undefined) query = query.where('code', '=', filter.code);
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  const zones = await zonesOf(
    db,
    organizationId,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toOutlet(row, zones.get(row.id) ?? []));
}

/** Options of reads that precede a write. */
export interface ReadOptions {
  /** Lock the rows until the transaction ends (PostgreSQL; SQLite has a single writer anyway). */
  forUpdate?: boolean;
}

export async function findOutletById(
  db: Db,
  organizationId: string,
  id: string,
  options: ReadOptions = {},
): Promise<Outlet | undefined> {
  const row = await db
    .selectFrom('outlets')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .$if(options.forUpdate === true && isPostgres(db), (q) => q.forUpdate())
    .executeTakeFirst();
  if (!row) return undefined;
  return toOutlet(row, (await zonesOf(db, organizationId, [id])).get(id) ?? []);
}

/** Outlets by natural key, for upserts. */
export async function findOutletsByCode(
  db: Db,
  organizationId: string,
  codes: string[],
  options: ReadOptions = {},
): Promise<Map<string, Outlet>> {
  const found = new Map<string, Outlet>();
  for (const chunk of chunkRows(codes.map((code) => ({ code })))) {
    const rows = await db
      .selectFrom('outlets')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where(
        'code',
        'in',
        chunk.map((c) => c.code),
      )
      .$if(options.forUpdate === true && isPostgres(db), (q) => q.forUpdate())
      .execute();
    const zones = await zonesOf(
      db,
      organizationId,
      rows.map((row) => row.id),
    );
    for (const row of rows) found.set(row.code, toOutlet(row, zones.get(row.id) ?? []));
  }
  return found;
}

async function zonesOf(db: Db, organizationId: string, outletIds: string[]): Promise<Map<string, Zone[]>> {
  const byOutlet = new Map<string, Zone[]>();
  for (const chunk of chunkRows(outletIds.map((id) => ({ id })))) {
    const rows = await db
      .selectFrom('zones')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where(
        'outlet_id',
        'in',
        chunk.map((c) => c.id),
      )
      .execute();
    for (const row of rows) {
      const list = byOutlet.get(row.outlet_id) ?? [];
      list.push(toZone(row));
      byOutlet.set(row.outlet_id, list);
    }
  }
  for (const list of byOutlet.values()) list.sort(byCode);
  return byOutlet;
}

/** A write: `before` is null for a create. Unchanged records are filtered out by the caller. */
export interface OutletChange {
  before: Outlet | null;
  after: Outlet;
}

/**
 * Writes outlets, their zones and their events with multi-row statements (one upsert per table
 * chunk, not one statement per record). Call inside a transaction.
 */
export async function saveOutlets(
  trx: Db,
  organizationId: string,
  changes: readonly OutletChange[],
): Promise<void> {
  if (changes.length === 0) return;
  for (const chunk of chunkRows(changes.map((c) => outletRow(organizationId, c.after)))) {
    await trx
      .insertInto('outlets')
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['organization_id', 'id']).doUpdateSet((eb) => ({
          code: eb.ref('excluded.code'),
          name: eb.ref('excluded.name'),
          status: eb.ref('excluded.status'),
          timezone: eb.ref('excluded.timezone'),
          district: eb.ref('excluded.district'),
          address: eb.ref('excluded.address'),
          geo: eb.ref('excluded.geo'),
          services: eb.ref('excluded.services'),
          opening_hours: eb.ref('excluded.opening_hours'),
          partner_ids: eb.ref('excluded.partner_ids'),
          updated_at: eb.ref('excluded.updated_at'),
          revision: eb.ref('excluded.revision'),
        })),
      )
      .execute();
  }
  await saveZones(trx, organizationId, changes);
  await recordEvents(
    trx,
    organizationId,
    changes.map((c): NewEvent => ({ type: c.before ? 'outlet.updated' : 'outlet.created', data: c.after })),
  );
}

async function saveZones(trx: Db, organizationId: string, changes: readonly OutletChange[]): Promise<void> {
  const removed: string[] = [];
  const written: Zone[] = [];
  for (const { before, after } of changes) {
    const kept = new Set(after.zones.map((zone) => zone.id));
    for (const zone of before?.zones ?? []) if (!kept.has(zone.id)) removed.push(zone.id);
    const previous = new Map((before?.zones ?? []).map((zone) => [zone.id, zone.revision]));
    written.push(...after.zones.filter((zone) => previous.get(zone.id) !== zone.revision));
  }
  for (const chunk of chunkRows(removed.map((id) => ({ id })))) {
    await trx
      .deleteFrom('zones')
      .where('organization_id', '=', organizationId)
      .where(
        'id',
        'in',
        chunk.map((c) => c.id),
      )
      .execute();
  }
  // Zones are deleted first so a code freed by one zone can be taken by a new one.
  for (const chunk of chunkRows(written.map((zone) => zoneRow(organizationId, zone)))) {
    await trx
      .insertInto('zones')
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['organization_id', 'id']).doUpdateSet((eb) => ({
          code: eb.ref('excluded.code'),
          name: eb.ref('excluded.name'),
          kind: eb.ref('excluded.kind'),
          capacity: eb.ref('excluded.capacity'),
          updated_at: eb.ref('excluded.updated_at'),
          revision: eb.ref('excluded.revision'),
        })),
      )
      .execute();
  }
}

/** Deletes an outlet (its zones cascade) and records `outlet.deleted`. */
export async function deleteOutlet(trx: Db, organizationId: string, outlet: Outlet): Promise<void> {
  await trx
    .deleteFrom('zones')
    .where('organization_id', '=', organizationId)
    .where('outlet_id', '=', outlet.id)
    .execute();
  await trx
    .deleteFrom('outlets')
    .where('organization_id', '=', organizationId)
    .where('id', '=', outlet.id)
    .execute();
  await recordEvents(trx, organizationId, [{ type: 'outlet.deleted', data: outlet }]);
}
