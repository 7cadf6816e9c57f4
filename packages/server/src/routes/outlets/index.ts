import { type Outlet, OutletCreateSchema, OutletStatusSchema, OutletUpdateSchema } from '@sporthub/schemas';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/dialect.js';
import {
  BATCH_BODY_LIMIT,
  BatchQuerySchema,
  batchTransaction,
  finishBatch,
  planUpserts,
  validateBatchItems,
} from '../../http/batch.js';
import { assertRevision, ifMatchRevision, sendRecord } from '../../http/etag.js';
import { pageQueryShape, pageRequest, toPage } from '../../http/pagination.js';
import { HttpProblem, notFound } from '../../http/problem.js';
import { parseBody, parseQuery } from '../../http/validate.js';
import { isId } from '../../ids.js';
import { nowIso } from '../../time.js';
import { refuseOrCancelFutureSessions } from './future-sessions.js';
import { applyOutletPatch, newOutlet } from './model.js';
import {
  deleteOutlet,
  findOutletById,
  findOutletsByCode,
  listOutlets,
  type ReadOptions,
  saveOutlets,
} from './queries.js';
import { zoneRoutes } from './zones.js';

/** Zone codes are unique within an outlet: a repeated one is the client's mistake (422), not a 409. */
function uniqueZoneCodes(value: { zones?: { code: string }[] | undefined }, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  value.zones?.forEach((zone, index) => {
    if (seen.has(zone.code)) {
      ctx.addIssue({
        code: 'custom',
        path: ['zones', index, 'code'],
        message: `zone code ${zone.code} repeats`,
      });
    }
    seen.add(zone.code);
  });
}

const CreateBodySchema = OutletCreateSchema.superRefine(uniqueZoneCodes);
const UpdateBodySchema = OutletUpdateSchema.superRefine(uniqueZoneCodes);

const ListQuerySchema = z.object({
  ...pageQueryShape,
  status: OutletStatusSchema.optional(),
  district: z.string().optional(),
  code: z.string().optional(),
});

const DeleteQuerySchema = z.object({ force: z.enum(['true', 'false']).default('false') });

const conflict = (code: string) =>
  new HttpProblem(409, 'conflict', `An outlet with code ${code} already exists.`);

/** Outlets: `openapi/paths/outlets.yaml`. */
export async function outletRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;
  await app.register(zoneRoutes);

  app.get('/v1/outlets', { config: { scope: 'outlets:read' } }, async (request) => {
    const query = parseQuery(ListQuerySchema, request.query);
    const page = pageRequest(query);
    return toPage(await listOutlets(db, request.auth.organizationId, page, query), page.limit);
  });

  app.post('/v1/outlets', { config: { scope: 'outlets:write' } }, async (request, reply) => {
    const input = parseBody(CreateBodySchema, request.body);
    const org = request.auth.organizationId;
    const outlet = await db.transaction().execute(async (trx) => {
      if ((await findOutletsByCode(trx, org, [input.code])).size > 0) throw conflict(input.code);
      const created = newOutlet(input, nowIso());
      await saveOutlets(trx, org, [{ before: null, after: created }]);
      return created;
    });
    return sendRecord(reply, 201, outlet);
  });

  app.post(
    '/v1/outlets::batchUpsert',
    { config: { scope: 'outlets:write' }, bodyLimit: BATCH_BODY_LIMIT },
    async (request, reply) => {
      const { mode } = parseQuery(BatchQuerySchema, request.query);
      const org = request.auth.organizationId;
      const { valid, rejected } = validateBatchItems(CreateBodySchema, request.body, {
        field: 'code',
        of: (item) => item.code,
      });
      return batchTransaction(db, request, reply, async (trx) => {
        const codes = valid.map(({ item }) => item.code);
        const existing = await findOutletsByCode(trx, org, codes, { forUpdate: true });
        const now = nowIso();
        const plan = planUpserts(valid, existing, {
          keyOf: (item) => item.code,
          create: (item) => newOutlet(item, now),
          update: (current, item) => applyOutletPatch(current, item, now),
        });
        const result = finishBatch(mode, [...rejected, ...plan.results]);
        await saveOutlets(trx, org, plan.changes);
        return result;
      });
    },
  );

  app.get<{ Params: { outletId: string } }>(
    '/v1/outlets/:outletId',
    { config: { scope: 'outlets:read' } },
    async (request, reply) => {
      const outlet = await findOwnOutlet(db, request.auth.organizationId, request.params.outletId);
      return sendRecord(reply, 200, outlet);
    },
  );

  app.patch<{ Params: { outletId: string } }>(
    '/v1/outlets/:outletId',
    { config: { scope: 'outlets:write' } },
    async (request, reply) => {
      const patch = parseBody(UpdateBodySchema, request.body);
      const expected = ifMatchRevision(request);
      const org = request.auth.organizationId;
      const outlet = await db.transaction().execute(async (trx) => {
        const current = await findOwnOutlet(trx, org, request.params.outletId, { forUpdate: true });
        assertRevision(current.revision, expected);
        if (patch.code !== undefined && patch.code !== current.code) {
          if ((await findOutletsByCode(trx, org, [patch.code])).size > 0) throw conflict(patch.code);
        }
        const next = applyOutletPatch(current, patch, nowIso());
        if (next !== current) await saveOutlets(trx, org, [{ before: current, after: next }]);
        return next;
      });
      return sendRecord(reply, 200, outlet);
    },
  );

  app.delete<{ Params: { outletId: string } }>(
    '/v1/outlets/:outletId',
    { config: { scope: 'outlets:write' } },
    async (request, reply) => {
      const { force } = parseQuery(DeleteQuerySchema, request.query);
      const expected = ifMatchRevision(request);
      const org = request.auth.organizationId;
      await db.transaction().execute(async (trx) => {
        const current = await findOwnOutlet(trx, org, request.params.outletId, { forUpdate: true });
        assertRevision(current.revision, expected);
        // Future scheduled sessions: refuse (409), or with force=true cancel them (and their bookings)
        // in this transaction; past sessions keep their outletId as history.
        await refuseOrCancelFutureSessions(trx, org, current.id, force === 'true');
        await deleteOutlet(trx, org, current);
      });
      return reply.code(204).send();
    },
  );
}

/** The outlet of this organization, or 404 for malformed, unknown and other tenants' ids alike. */
async function findOwnOutlet(
  db: Db,
  organizationId: string,
  id: string,
  options?: ReadOptions,
): Promise<Outlet> {
  const outlet = isId('out', id) ? await findOutletById(db, organizationId, id, options) : undefined;
  if (!outlet) throw notFound('outlet');
  return outlet;
}
