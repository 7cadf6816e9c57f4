import {
  type Enrollment,
  EnrollmentCreateSchema,
  EnrollmentStatusSchema,
  EnrollmentUpdateSchema,
} from '@sporthub/schemas';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/dialect.js';
import { assertRevision, ifMatchRevision, sendRecord } from '../../http/etag.js';
import { pageQueryShape, pageRequest, toPage } from '../../http/pagination.js';
import { HttpProblem, notFound } from '../../http/problem.js';
import { parseBody, parseQuery } from '../../http/validate.js';
import { isId } from '../../ids.js';
import { nowIso } from '../../time.js';
import {
  findEnrollmentById,
  isReferenceTaken,
  listEnrollments,
  saveEnrollments,
} from './enrollment-queries.js';
import { applyEnrollmentPatch, newEnrollment } from './model.js';
import { assertGroupExists, assertMembersUsable, assertProgramExists } from './references.js';

const ListQuerySchema = z.object({
  ...pageQueryShape,
  memberId: z.string().optional(),
  programId: z.string().optional(),
  groupId: z.string().optional(),
  status: EnrollmentStatusSchema.optional(),
});

const referenceConflict = (source: string) =>
  new HttpProblem(
    409,
    'conflict',
    `An enrollment with this referenceId already exists for source ${source}.`,
  );

/** Enrollments (`openapi/paths/groups.yaml`), registered by the groups plugin. */
export async function enrollmentRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  app.get('/v1/enrollments', { config: { scope: 'members:read' } }, async (request) => {
    const query = parseQuery(ListQuerySchema, request.query);
    const page = pageRequest(query);
    return toPage(await listEnrollments(db, request.auth.organizationId, page, query), page.limit);
  });

  app.post('/v1/enrollments', { config: { scope: 'members:write' } }, async (request, reply) => {
    const input = parseBody(EnrollmentCreateSchema, request.body);
    const org = request.auth.organizationId;
    const enrollment = await db.transaction().execute(async (trx) => {
      await assertMembersUsable(trx, org, [input.memberId], () => '/memberId');
      await assertProgramExists(trx, org, input.programId);
      await assertGroupExists(trx, org, input.groupId);
      if (input.referenceId != null && (await isReferenceTaken(trx, org, input.source, input.referenceId))) {
        throw referenceConflict(input.source);
      }
      const created = newEnrollment(input, nowIso());
      await saveEnrollments(trx, org, [{ before: null, after: created }]);
      return created;
    });
    return sendRecord(reply, 201, enrollment);
  });

  app.get<{ Params: { enrollmentId: string } }>(
    '/v1/enrollments/:enrollmentId',
    { config: { scope: 'members:read' } },
    async (request, reply) => {
      const enrollment = await findOwnEnrollment(
        db,
        request.auth.organizationId,
        request.params.enrollmentId,
      );
      return sendRecord(reply, 200, enrollment);
    },
  );

  app.patch<{ Params: { enrollmentId: string } }>(
    '/v1/enrollments/:enrollmentId',
    { config: { scope: 'members:write' } },
    async (request, reply) => {
      const patch = parseBody(EnrollmentUpdateSchema, request.body);
      const expected = ifMatchRevision(request);
      const org = request.auth.organizationId;
      const enrollment = await db.transaction().execute(async (trx) => {
        const current = await findOwnEnrollment(trx, org, request.params.enrollmentId, true);
        assertRevision(current.revision, expected);
        if (patch.groupId !== undefined && patch.groupId !== current.groupId) {
          await assertGroupExists(trx, org, patch.groupId);
        }
        if (
          patch.referenceId != null &&
          patch.referenceId !== current.referenceId &&
          (await isReferenceTaken(trx, org, current.source, patch.referenceId))
        ) {
          throw referenceConflict(current.source);
        }
        const next = applyEnrollmentPatch(current, patch, nowIso());
        if (next !== current) await saveEnrollments(trx, org, [{ before: current, after: next }]);
        return next;
      });
      return sendRecord(reply, 200, enrollment);
    },
  );
}

/** The enrollment of this organization, or 404 for malformed, unknown and other tenants' ids alike. */
async function findOwnEnrollment(
  db: Db,
  organizationId: string,
  id: string,
  forUpdate = false,
): Promise<Enrollment> {
  const found = isId('enr', id) ? await findEnrollmentById(db, organizationId, id, { forUpdate }) : undefined;
  if (!found) throw notFound('enrollment');
  return found;
}
