import {
  type HealthMeasurement,
  type HealthMeasurementCreate,
  type HealthMeasurementType,
  MEASUREMENT_UNITS,
} from '@sporthub/schemas';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/dialect.js';
import type { HealthMeasurementsTable } from '../../db/tables/participation.js';
import { recordEvents } from '../../events/record.js';
import type { PageRequest } from '../../http/pagination.js';
import { newId } from '../../ids.js';
import { localDateOf, normalizeTimestamp } from '../participation/local-time.js';

export function toMeasurement(row: Selectable<HealthMeasurementsTable>): HealthMeasurement {
  return {
    id: row.id,
    memberId: row.member_id,
    outletId: row.outlet_id,
    type: row.type as HealthMeasurementType,
    value: JSON.parse(row.value),
    unit: row.unit as HealthMeasurement['unit'],
    measuredAt: row.measured_at,
    source: row.source as HealthMeasurement['source'],
    createdAt: row.created_at,
  };
}

/** A new measurement; the unit is the type's (the schema already rejected a different one). */
export function newMeasurement(input: HealthMeasurementCreate, now: string): HealthMeasurement {
  return {
    id: newId('msr'),
    memberId: input.memberId,
    outletId: input.outletId,
    type: input.type,
    value: input.value,
    unit: MEASUREMENT_UNITS[input.type],
    measuredAt: input.measuredAt === undefined ? now : normalizeTimestamp(input.measuredAt, 'measuredAt'),
    source: input.source ?? 'staff',
    createdAt: now,
  };
}

export interface MeasurementFilter {
  memberId?: string | undefined;
  outletId?: string | undefined;
  type?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export async function listMeasurements(db: Db, org: string, page: PageRequest, filter: MeasurementFilter) {
  let query = db.selectFrom('health_measurements').selectAll().where('organization_id', '=', org);
  if (page.afterId !== undefined) query = query.where('id', '>', page.afterId);
  if (filter.memberId !== undefined) query = query.where('member_id', '=', filter.memberId);
  if (filter.outletId !== undefined) query = query.where('outlet_id', '=', filter.outletId);
  if (filter.type !== undefined) query = query.where('type', '=', filter.type);
  if (filter.from !== undefined) query = query.where('local_date', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('local_date', '<=', filter.to);
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toMeasurement);
}

export async function findMeasurement(
  db: Db,
  org: string,
  id: string,
): Promise<HealthMeasurement | undefined> {
  const row = await db
    .selectFrom('health_measurements')
    .selectAll()
    .where('organization_id', '=', org)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toMeasurement(row);
}

export async function insertMeasurement(
  trx: Db,
  org: string,
  m: HealthMeasurement,
  timezone: string,
): Promise<void> {
  // The event first: its seq (commit order) is stored with the row for partner share cursors.
  const [changeSeq] = await recordEvents(trx, org, [{ type: 'health_measurement.created', data: m }]);
  await trx
    .insertInto('health_measurements')
    .values({
      organization_id: org,
      id: m.id,
      member_id: m.memberId,
      outlet_id: m.outletId,
      type: m.type,
      value: JSON.stringify(m.value),
      unit: m.unit,
      measured_at: m.measuredAt,
      local_date: localDateOf(m.measuredAt, timezone),
      source: m.source,
      created_at: m.createdAt,
      change_seq: changeSeq ?? 0,
    })
    .execute();
}

export async function deleteMeasurement(trx: Db, org: string, m: HealthMeasurement): Promise<void> {
  await trx
    .deleteFrom('health_measurements')
    .where('organization_id', '=', org)
    .where('id', '=', m.id)
    .execute();
  await recordEvents(trx, org, [{ type: 'health_measurement.deleted', data: m }]);
}
