import {
  type Program,
  ProgramAgeGroupSchema,
  ProgramCreateSchema,
  ProgramKindSchema,
  ProgramUpdateSchema,
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
import { HttpProblem, notFound } from '../../http/problem.js';
import { parseBody, parseQuery } from '../../http/validate.js';
import { isId } from '../../ids.js';
import { nowIso } from '../../time.js';
import { applyProgramPatch, newProgram } from './model.js';
import {
  deleteProgram,
  findProgramById,
  findProgramsByCode,
  listPrograms,
  programReferences,
  savePrograms,
} from './queries.js';

const ListQuerySchema = z.object({
  ...pageQueryShape,
  kind: ProgramKindSchema.optional(),
  category: z.string().optional(),
  ageGroup: ProgramAgeGroupSchema.optional(),
  code: z.string().optional(),
});

const conflict = (code: string) =>
  new HttpProblem(409, 'conflict', `A program with code ${code} already exists.`);

/** Programs: `openapi/paths/programs.yaml`. */
export async function programRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  app.get('/v1/programs', { config: { scope: 'outlets:read' } }, async (request) => {
    const query = parseQuery(ListQuerySchema, request.query);
    const page = pageRequest(query);
    return toPage(await listPrograms(db, request.auth.organizationId, page, query), page.limit);
  });

  app.post('/v1/programs', { config: { scope: 'outlets:write' } }, async (request, reply) => {
    const input = parseBody(ProgramCreateSchema, request.body);
    const org = request.auth.organizationId;
    const program = await db.transaction().execute(async (trx) => {
      if ((await findProgramsByCode(trx, org, [input.code])).size > 0) throw conflict(input.code);
      const created = newProgram(input, nowIso());
      await savePrograms(trx, org, [{ before: null, after: created }]);
      return created;
    });
    return sendRecord(reply, 201, program);
  });

  app.post(
    '/v1/programs::batchUpsert',
    { config: { scope: 'outlets:write' }, bodyLimit: BATCH_BODY_LIMIT },
    async (request, reply) => {
      const { mode } = parseQuery(BatchQuerySchema, request.query);
      const org = request.auth.organizationId;
      const { valid, rejected } = validateBatchItems(ProgramCreateSchema, request.body, {
        field: 'code',
        of: (item) => item.code,
      });
      return batchTransaction(db, request, reply, async (trx) => {
        const codes = valid.map(({ item }) => item.code);
        const existing = await findProgramsByCode(trx, org, codes, true);
        const now = nowIso();
        const plan = planUpserts(valid, existing, {
          keyOf: (item) => item.code,
          create: (item) => newProgram(item, now),
          update: (current, item) => applyProgramPatch(current, item, now),
        });
        const result = finishBatch(mode, [...rejected, ...plan.results]);
        await savePrograms(trx, org, plan.changes);
        return result;
      });
    },
  );

  app.get<{ Params: { programId: string } }>(
    '/v1/programs/:programId',
    { config: { scope: 'outlets:read' } },
    async (request, reply) => {
      const program = await findOwnProgram(db, request.auth.organizationId, request.params.programId);
      return sendRecord(reply, 200, program);
    },
  );

  app.patch<{ Params: { programId: string } }>(
    '/v1/programs/:programId',
    { config: { scope: 'outlets:write' } },
    async (request, reply) => {
      const patch = parseBody(ProgramUpdateSchema, request.body);
      const expected = ifMatchRevision(request);
      const org = request.auth.organizationId;
      const program = await db.transaction().execute(async (trx) => {
        const current = await findOwnProgram(trx, org, request.params.programId, true);
        assertRevision(current.revision, expected);
        if (patch.code !== undefined && patch.code !== current.code) {
          if ((await findProgramsByCode(trx, org, [patch.code])).size > 0) throw conflict(patch.code);
        }
        const next = applyProgramPatch(current, patch, nowIso());
        if (next !== current) await savePrograms(trx, org, [{ before: current, after: next }]);
        return next;
      });
      return sendRecord(reply, 200, program);
    },
  );

  app.delete<{ Params: { programId: string } }>(
    '/v1/programs/:programId',
    { config: { scope: 'outlets:write' } },
    async (request, reply) => {
      const expected = ifMatchRevision(request);
      const org = request.auth.organizationId;
      await db.transaction().execute(async (trx) => {
        const current = await findOwnProgram(trx, org, request.params.programId, true);
        assertRevision(current.revision, expected);
        // Participation history points at programs through sessions, so any reference blocks it.
        const refs = await programReferences(trx, org, current.id);
        if (refs.sessions > 0 || refs.enrollments > 0) {
          throw new HttpProblem(
            409,
            'conflict',
            `${refs.sessions} session(s) and ${refs.enrollments} enrollment(s) refer to this program.`,
          );
        }
        await deleteProgram(trx, org, current);
      });
      return reply.code(204).send();
    },
  );
}

/** The program of this organization, or 404 for malformed, unknown and other tenants' ids alike. */
async function findOwnProgram(db: Db, org: string, id: string, forUpdate = false): Promise<Program> {
  const program = isId('prg', id) ? await findProgramById(db, org, id, forUpdate) : undefined;
  if (!program) throw notFound('program');
  return program;
}
