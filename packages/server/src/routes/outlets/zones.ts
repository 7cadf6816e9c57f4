import {
  type Outlet,
  type Zone,
  ZoneInputSchema,
  ZoneKindSchema,
  type ZoneUpdate,
  ZoneUpdateSchema,
} from '@sporthub/schemas';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/dialect.js';
import { recordEvents } from '../../events/record.js';
import { assertRevision, ifMatchRevision, sendRecord } from '../../http/etag.js';
import { decodeCursor, encodeCursor, pageQueryShape } from '../../http/pagination.js';
import { HttpProblem, notFound } from '../../http/problem.js';
import { parseBody, parseQuery } from '../../http/validate.js';
import { isId, newId } from '../../ids.js';
import { nowIso } from '../../time.js';
import { countFutureSessions } from './future-sessions.js';
import { byCode } from './model.js';
import { findOutletById, saveOutlets } from './queries.js';

const ListQuerySchema = z.object({ ...pageQueryShape, kind: ZoneKindSchema.optional() });

type Params = { outletId: string };
type ZoneParams = Params & { zoneId: string };

const conflict = (code: string) =>
  new HttpProblem(409, 'conflict', `This outlet already has a zone with code ${code}.`);

/**
 * Zones of an outlet: `openapi/paths/outlets.yaml` (zones, zone). A zone is part of its outlet, so
 * every zone write also bumps the outlet's revision and records `outlet.updated` (the outlet with
 * its new `zones`) after the `zone.*` event: a consumer mirroring outlets from the feed stays exact
 * without knowing about zone events. The outlet row is locked, so zone writes of one outlet queue.
 */
export async function zoneRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  // Zones of one outlet are few: they are read with the outlet and paged in memory, in the same
  // byte-wise code order the outlet shows them in (PostgreSQL collations do not sort that way).
  app.get<{ Params: Params }>(
    '/v1/outlets/:outletId/zones',
    { config: { scope: 'outlets:read' } },
    async (request) => {
      const query = parseQuery(ListQuerySchema, request.query);
      const outlet = await findOwnOutlet(db, request.auth.organizationId, request.params.outletId);
      const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
      const rows = outlet.zones.filter(
        (zone) =>
          (query.kind === undefined || zone.kind === query.kind) &&
          (after === undefined || zone.code > after),
      );
      const data = rows.slice(0, query.limit);
      const last = data.at(-1);
      return { data, nextCursor: rows.length > query.limit && last ? encodeCursor(last.code) : null };
    },
  );

  app.post<{ Params: Params }>(
    '/v1/outlets/:outletId/zones',
    { config: { scope: 'outlets:write' } },
    async (request, reply) => {
      const input = parseBody(ZoneInputSchema, request.body);
      const org = request.auth.organizationId;
      const zone = await db.transaction().execute(async (trx) => {
        const outlet = await findOwnOutlet(trx, org, request.params.outletId, true);
        if (outlet.zones.some((z) => z.code === input.code)) throw conflict(input.code);
        const now = nowIso();
        const created: Zone = {
          id: newId('zon'),
          outletId: outlet.id,
          code: input.code,
          name: input.name,
          kind: input.kind,
          capacity: input.capacity ?? null,
          createdAt: now,
          updatedAt: now,
          revision: 1,
        };
        await saveZoneChange(trx, org, outlet, [...outlet.zones, created], 'zone.created', created, now);
        return created;
      });
      return sendRecord(reply, 201, zone);
    },
  );

  app.get<{ Params: ZoneParams }>(
    '/v1/outlets/:outletId/zones/:zoneId',
    { config: { scope: 'outlets:read' } },
    async (request, reply) => {
      const outlet = await findOwnOutlet(db, request.auth.organizationId, request.params.outletId);
      return sendRecord(reply, 200, zoneOf(outlet, request.params.zoneId));
    },
  );

  app.patch<{ Params: ZoneParams }>(
    '/v1/outlets/:outletId/zones/:zoneId',
    { config: { scope: 'outlets:write' } },
    async (request, reply) => {
      const patch = parseBody(ZoneUpdateSchema, request.body);
      const expected = ifMatchRevision(request);
      const org = request.auth.organizationId;
      const zone = await db.transaction().execute(async (trx) => {
        const outlet = await findOwnOutlet(trx, org, request.params.outletId, true);
        const current = zoneOf(outlet, request.params.zoneId);
        assertRevision(current.revision, expected);
        if (patch.code !== undefined && patch.code !== current.code) {
          if (outlet.zones.some((z) => z.code === patch.code)) throw conflict(patch.code);
        }
        const now = nowIso();
        const next = applyZonePatch(current, patch, now);
        if (next === current) return current;
        const zones = outlet.zones.map((z) => (z.id === next.id ? next : z));
        await saveZoneChange(trx, org, outlet, zones, 'zone.updated', next, now);
        return next;
      });
      return sendRecord(reply, 200, zone);
    },
  );

  app.delete<{ Params: ZoneParams }>(
    '/v1/outlets/:outletId/zones/:zoneId',
    { config: { scope: 'outlets:write' } },
    async (request, reply) => {
      const expected = ifMatchRevision(request);
      const org = request.auth.organizationId;
      await db.transaction().execute(async (trx) => {
        const outlet = await findOwnOutlet(trx, org, request.params.outletId, true);
        const current = zoneOf(outlet, request.params.zoneId);
        assertRevision(current.revision, expected);
        const now = nowIso();
        const inUse = await countFutureSessions(trx, org, 'zone_id', current.id, now);
        if (inUse > 0) {
          throw new HttpProblem(
            409,
            'conflict',
            `${inUse} future scheduled session(s) use this zone; move or cancel them first.`,
          );
        }
        const zones = outlet.zones.filter((z) => z.id !== current.id);
        await saveZoneChange(trx, org, outlet, zones, 'zone.deleted', current, now);
      });
      return reply.code(204).send();
    },
  );
}

/** `current` with `patch` applied, or `current` itself when nothing changes (no bump, no event). */
function applyZonePatch(current: Zone, patch: ZoneUpdate, now: string): Zone {
  const next: Zone = {
    ...current,
    code: patch.code ?? current.code,
    name: patch.name ?? current.name,
    kind: patch.kind ?? current.kind,
    capacity: patch.capacity === undefined ? current.capacity : patch.capacity,
  };
  const same =
    next.code === current.code &&
    next.name === current.name &&
    next.kind === current.kind &&
    next.capacity === current.capacity;
  return same ? current : { ...next, updatedAt: now, revision: current.revision + 1 };
}

/** Writes the outlet with its new zone set (revision + 1), the `zone.*` event, then `outlet.updated`. */
async function saveZoneChange(
  trx: Db,
  org: string,
  outlet: Outlet,
  zones: Zone[],
  type: 'zone.created' | 'zone.updated' | 'zone.deleted',
  zone: Zone,
  now: string,
): Promise<void> {
  const after: Outlet = {
    ...outlet,
    zones: [...zones].sort(byCode),
    updatedAt: now,
    revision: outlet.revision + 1,
  };
  await recordEvents(trx, org, [{ type, data: zone }]);
  await saveOutlets(trx, org, [{ before: outlet, after }]);
}

/** The outlet of this organization (locked for a write), or 404 for malformed, unknown and other tenants' ids. */
async function findOwnOutlet(db: Db, org: string, id: string, forUpdate = false): Promise<Outlet> {
  const outlet = isId('out', id) ? await findOutletById(db, org, id, { forUpdate }) : undefined;
  if (!outlet) throw notFound('outlet');
  return outlet;
}

/** A zone of this outlet; a zone of another outlet answers 404 like an unknown one. */
function zoneOf(outlet: Outlet, zoneId: string): Zone {
  const zone = isId('zon', zoneId) ? outlet.zones.find((z) => z.id === zoneId) : undefined;
  if (!zone) throw notFound('zone');
  return zone;
}
