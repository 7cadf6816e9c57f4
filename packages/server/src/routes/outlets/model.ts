import type { Outlet, OutletCreate, OutletUpdate, Zone, ZoneInput } from '@sporthub/schemas';
import type { Selectable } from 'kysely';
import type { OutletsTable, ZonesTable } from '../../db/schema.js';
import { newId } from '../../ids.js';

/** Row → API shape. */
export function toZone(row: Selectable<ZonesTable>): Zone {
  return {
    id: row.id,
    outletId: row.outlet_id,
    code: row.code,
    name: row.name,
    kind: row.kind as Zone['kind'],
    capacity: row.capacity,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

export function toOutlet(row: Selectable<OutletsTable>, zones: Zone[]): Outlet {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    status: row.status as Outlet['status'],
    timezone: row.timezone,
    address: row.address === null ? null : JSON.parse(row.address),
    geo: row.geo === null ? null : JSON.parse(row.geo),
    services: JSON.parse(row.services),
    openingHours: JSON.parse(row.opening_hours),
    zones,
    partnerIds: JSON.parse(row.partner_ids),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

/** API shape → row. */
export function outletRow(organizationId: string, outlet: Outlet): Selectable<OutletsTable> {
  return {
    organization_id: organizationId,
    id: outlet.id,
    code: outlet.code,
    name: outlet.name,
    status: outlet.status,
    timezone: outlet.timezone,
    district: outlet.address?.district ?? null,
    address: outlet.address === null ? null : JSON.stringify(outlet.address),
    geo: outlet.geo === null ? null : JSON.stringify(outlet.geo),
    services: JSON.stringify(outlet.services),
    opening_hours: JSON.stringify(outlet.openingHours),
    partner_ids: JSON.stringify(outlet.partnerIds),
    created_at: outlet.createdAt,
    updated_at: outlet.updatedAt,
    revision: outlet.revision,
  };
}

export function zoneRow(organizationId: string, zone: Zone): Selectable<ZonesTable> {
  return {
    organization_id: organizationId,
    id: zone.id,
    outlet_id: zone.outletId,
    code: zone.code,
    name: zone.name,
    kind: zone.kind,
    capacity: zone.capacity,
    created_at: zone.createdAt,
    updated_at: zone.updatedAt,
    revision: zone.revision,
  };
}

/** Zones in the contract's order: by code, byte-wise (the same on both dialects' collations). */
export function byCode<T extends { code: string }>(a: T, b: T): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** A new outlet from a create body, with the contract's defaults. */
export function newOutlet(input: OutletCreate, now: string): Outlet {
  const id = newId('out');
  return {
    id,
    code: input.code,
    name: input.name,
    status: input.status ?? 'active',
    timezone: input.timezone ?? 'Asia/Shanghai',
    address: input.address ?? null,
    geo: input.geo ?? null,
    services: input.services ?? [],
    openingHours: input.openingHours ?? {},
    zones: mergeZones(id, [], input.zones ?? [], now),
    partnerIds: input.partnerIds ?? [],
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
}

/**
 * `current` with `patch` applied (merge semantics for top-level fields; `zones`, when sent, is the
 * complete set matched by code). Returns `current` itself when nothing changes, so callers can
 * tell "unchanged" without a revision bump or an event.
 */
export function applyOutletPatch(current: Outlet, patch: OutletUpdate | OutletCreate, now: string): Outlet {
  const { zones: zoneInputs, ...fields } = patch;
  const zones =
    zoneInputs === undefined ? current.zones : mergeZones(current.id, current.zones, zoneInputs, now);
  const next: Outlet = { ...current, ...stripUndefined(fields), zones };
  if (sameContent(current, next)) return current;
  return { ...next, updatedAt: now, revision: current.revision + 1 };
}

function mergeZones(outletId: string, current: Zone[], inputs: ZoneInput[], now: string): Zone[] {
  const byCodeNow = new Map(current.map((zone) => [zone.code, zone]));
  return inputs
    .map((input): Zone => {
      const existing = byCodeNow.get(input.code);
      const fields = {
        code: input.code,
        name: input.name,
        kind: input.kind,
        capacity: input.capacity ?? null,
      };
      if (!existing) {
        return { id: newId('zon'), outletId, ...fields, createdAt: now, updatedAt: now, revision: 1 };
      }
      const same =
        existing.name === fields.name &&
        existing.kind === fields.kind &&
        existing.capacity === fields.capacity;
      return same ? existing : { ...existing, ...fields, updatedAt: now, revision: existing.revision + 1 };
    })
    .sort(byCode);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function sameContent(a: Outlet, b: Outlet): boolean {
  const { updatedAt: _a, revision: _ra, ...restA } = a;
  const { updatedAt: _b, revision: _rb, ...restB } = b;
  return canonicalJson(restA) === canonicalJson(restB);
}

/** JSON with object keys sorted, so equal values give equal strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
