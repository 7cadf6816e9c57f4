import {
  type BatchItemResult,
  type FieldError,
  type Staff,
  StaffCreateSchema,
  StaffRoleSchema,
  StaffUpdateSchema,
} from '@sporthub/schemas';
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
import { HttpProblem, notFound, validationFailed } from '../../http/problem.js';
import { jsonPointer, parseBody, parseQuery } from '../../http/validate.js';
import { isId } from '../../ids.js';
import { nowIso } from '../../time.js';
import { countFutureSessions } from '../outlets/future-sessions.js';
import { applyStaffPatch, newStaff } from './model.js';
import {
  deleteStaff,
  existingOutletIds,
  findStaffByExternalId,
  findStaffById,
  listStaff,
  saveStaff,
} from './queries.js';

const ListQuerySchema = z.object({
  ...pageQueryShape,
  role: StaffRoleSchema.optional(),
  outletId: z.string().optional(),
  externalId: z.string().optional(),
});

const conflict = (externalId: string) =>
  new HttpProblem(409, 'conflict', `A staff member with externalId ${externalId} already exists.`);

/** `unknown_reference` errors for the ids of `outletIds` that are not outlets of the organization. */
function unknownOutlets(outletIds: readonly string[] | undefined, known: Set<string>, prefix: PropertyKey[]) {
  return (outletIds ?? []).flatMap((id, i): FieldError[] =>
    known.has(id)
      ? []
      : [
          {
            path: jsonPointer([...prefix, 'outletIds', i]),
            code: 'unknown_reference',
            message: `no outlet ${id}`,
          },
        ],
  );
}

async function assertOutletsExist(db: Db, org: string, outletIds: readonly string[] | undefined) {
  if (!outletIds?.length) return;
  const errors = unknownOutlets(outletIds, await existingOutletIds(db, org, outletIds), []);
  if (errors.length > 0) throw validationFailed(errors);
}

/**
 * Staff: `openapi/paths/staff.yaml`. `phone` is personal information: it is stored and returned to
 * tokens of the organization, but no log line of this module ever includes a body.
 */
export async function staffRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  app.get('/v1/staff', { config: { scope: 'outlets:read' } }, async (request) => {
    const query = parseQuery(ListQuerySchema, request.query);
    const page = pageRequest(query);
    return toPage(await listStaff(db, request.auth.organizationId, page, query), page.limit);
  });

  app.post('/v1/staff', { config: { scope: 'outlets:write' } }, async (request, reply) => {
    const input = parseBody(StaffCreateSchema, request.body);
    const org = request.auth.organizationId;
    const staff = await db.transaction().execute(async (trx) => {
      await assertOutletsExist(trx, org, input.outletIds);
      if ((await findStaffByExternalId(trx, org, [input.externalId])).size > 0)
        throw conflict(input.externalId);
      const created = newStaff(input, nowIso());
      await saveStaff(trx, org, [{ before: null, after: created }]);
      return created;
    });
    return sendRecord(reply, 201, staff);
  });

  app.post(
    '/v1/staff::batchUpsert',
    { config: { scope: 'outlets:write' }, bodyLimit: BATCH_BODY_LIMIT },
    async (request, reply) => {
      const { mode } = parseQuery(BatchQuerySchema, request.query);
      const org = request.auth.organizationId;
      const parsed = validateBatchItems(StaffCreateSchema, request.body, {
        field: 'externalId',
        of: (item) => item.externalId,
      });
      return batchTransaction(db, request, reply, async (trx) => {
        // References are checked for the whole batch with one lookup; an item naming an unknown
        // outlet is rejected like an invalid one.
        const known = await existingOutletIds(
          trx,
          org,
          parsed.valid.flatMap(({ item }) => item.outletIds ?? []),
        );
        const rejected: BatchItemResult[] = [...parsed.rejected];
        const valid = parsed.valid.filter(({ index, item }) => {
          const errors = unknownOutlets(item.outletIds, known, ['items', index]);
          if (errors.length > 0) rejected.push({ index, status: 'rejected', errors });
          return errors.length === 0;
        });
        const existing = await findStaffByExternalId(
          trx,
          org,
          valid.map(({ item }) => item.externalId),
          true,
        );
        const now = nowIso();
        const plan = planUpserts(valid, existing, {
          keyOf: (item) => item.externalId,
          create: (item) => newStaff(item, now),
          update: (current, item) => applyStaffPatch(current, item, now),
        });
        const result = finishBatch(mode, [...rejected, ...plan.results]);
        await saveStaff(trx, org, plan.changes);
        return result;
      });
    },
  );

  app.get<{ Params: { staffId: string } }>(
    '/v1/staff/:staffId',
    { config: { scope: 'outlets:read' } },
    async (request, reply) => {
      const staff = await findOwnStaff(db, request.auth.organizationId, request.params.staffId);
      return sendRecord(reply, 200, staff);
    },
  );

  app.patch<{ Params: { staffId: string } }>(
    '/v1/staff/:staffId',
    { config: { scope: 'outlets:write' } },
    async (request, reply) => {
      const patch = parseBody(StaffUpdateSchema, request.body);
      const expected = ifMatchRevision(request);
      const org = request.auth.organizationId;
      const staff = await db.transaction().execute(async (trx) => {
        const current = await findOwnStaff(trx, org, request.params.staffId, true);
        assertRevision(current.revision, expected);
        await assertOutletsExist(trx, org, patch.outletIds);
        if (patch.externalId !== undefined && patch.externalId !== current.externalId) {
          const taken = await findStaffByExternalId(trx, org, [patch.externalId]);
          if (taken.size > 0) throw conflict(patch.externalId);
        }
        const next = applyStaffPatch(current, patch, nowIso());
        if (next !== current) await saveStaff(trx, org, [{ before: current, after: next }]);
        return next;
      });
      return sendRecord(reply, 200, staff);
    },
  );

  app.delete<{ Params: { staffId: string } }>(
    '/v1/staff/:staffId',
    { config: { scope: 'outlets:write' } },
    async (request, reply) => {
      const expected = ifMatchRevision(request);
      const org = request.auth.organizationId;
      await db.transaction().execute(async (trx) => {
        const current = await findOwnStaff(trx, org, request.params.staffId, true);
        assertRevision(current.revision, expected);
        // Past sessions keep their coachId (history); future ones must be reassigned first.
        const coaching = await countFutureSessions(trx, org, 'coach_id', current.id, nowIso());
        if (coaching > 0) {
          throw new HttpProblem(
            409,
            'conflict',
            `This staff member coaches ${coaching} future scheduled session(s); reassign them first.`,
          );
        }
        await deleteStaff(trx, org, current);
      });
      return reply.code(204).send();
    },
  );
}

/** The staff member of this organization, or 404 for malformed, unknown and other tenants' ids alike. */
async function findOwnStaff(db: Db, org: string, id: string, forUpdate = false): Promise<Staff> {
  const staff = isId('stf', id) ? await findStaffById(db, org, id, forUpdate) : undefined;
  if (!staff) throw notFound('staff member');
  return staff;
}
