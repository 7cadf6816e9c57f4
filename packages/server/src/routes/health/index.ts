import {
  FeedbackCreateSchema,
  type FieldError,
  HealthMeasurementCreateSchema,
  HealthMeasurementTypeSchema,
  LocalDateSchema,
} from '@sporthub/schemas';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/dialect.js';
import { etagOf } from '../../http/etag.js';
import { pageQueryShape, pageRequest, toPage } from '../../http/pagination.js';
import { notFound, validationFailed } from '../../http/problem.js';
import { parseBody, parseQuery } from '../../http/validate.js';
import { isId } from '../../ids.js';
import { nowIso } from '../../time.js';
import { RFC3339_TIMESTAMP } from '../participation/local-time.js';
import { existingMembers, sessionContexts } from '../participation/queries.js';
import { findFeedback, insertFeedback, listFeedback, newFeedback } from './feedback.js';
import {
  deleteMeasurement,
  findMeasurement,
  insertMeasurement,
  listMeasurements,
  newMeasurement,
} from './measurements.js';

const MeasurementBodySchema = HealthMeasurementCreateSchema.superRefine((value, ctx) => {
  if (value.measuredAt !== undefined && !RFC3339_TIMESTAMP.test(value.measuredAt)) {
    ctx.addIssue({
      code: 'custom',
      path: ['measuredAt'],
      message: 'expected an RFC 3339 timestamp with offset',
    });
  }
});

const MeasurementListQuery = z.object({
  ...pageQueryShape,
  memberId: z.string().optional(),
  outletId: z.string().optional(),
  type: HealthMeasurementTypeSchema.optional(),
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
});

const FeedbackListQuery = z.object({
  ...pageQueryShape,
  outletId: z.string().optional(),
  sessionId: z.string().optional(),
});

/** Measurements and feedback are immutable: their ETag is always revision 1. */
const sendImmutable = (reply: FastifyReply, status: number, body: unknown) =>
  reply.code(status).header('etag', etagOf(1)).send(body);

const unknownRef = (field: string, what: string): FieldError => ({
  path: `/${field}`,
  code: `unknown_${what}`,
  message: `no ${what} with this id`,
});

async function outletZone(db: Db, org: string, outletId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('outlets')
    .select('timezone')
    .where('organization_id', '=', org)
    .where('id', '=', outletId)
    .executeTakeFirst();
  return row?.timezone;
}

/** Health measurements and feedback: `openapi/paths/health.yaml`. */
export async function healthRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  app.get('/v1/health-measurements', { config: { scope: 'participation:read' } }, async (request) => {
    const query = parseQuery(MeasurementListQuery, request.query);
    const page = pageRequest(query);
    return toPage(await listMeasurements(db, request.auth.organizationId, page, query), page.limit);
  });

  app.post(
    '/v1/health-measurements',
    { config: { scope: 'participation:write' } },
    async (request, reply) => {
      const input = parseBody(MeasurementBodySchema, request.body);
      const org = request.auth.organizationId;
      const measurement = await db.transaction().execute(async (trx) => {
        const zone = await outletZone(trx, org, input.outletId);
        const errors: FieldError[] = [];
        if (!(await existingMembers(trx, org, [input.memberId])).has(input.memberId)) {
          errors.push(unknownRef('memberId', 'member'));
        }
        if (zone === undefined) errors.push(unknownRef('outletId', 'outlet'));
        if (errors.length > 0 || zone === undefined) throw validationFailed(errors);
        const created = newMeasurement(input, nowIso());
        await insertMeasurement(trx, org, created, zone);
        return created;
      });
      return sendImmutable(reply, 201, measurement);
    },
  );

  app.get<{ Params: { measurementId: string } }>(
    '/v1/health-measurements/:measurementId',
    { config: { scope: 'participation:read' } },
    async (request, reply) => {
      const { measurementId } = request.params;
      const found = isId('msr', measurementId)
        ? await findMeasurement(db, request.auth.organizationId, measurementId)
        : undefined;
      if (!found) throw notFound('health measurement');
      return sendImmutable(reply, 200, found);
    },
  );

  app.delete<{ Params: { measurementId: string } }>(
    '/v1/health-measurements/:measurementId',
    { config: { scope: 'participation:write' } },
    async (request, reply) => {
      const { measurementId } = request.params;
      const org = request.auth.organizationId;
      await db.transaction().execute(async (trx) => {
        const found = isId('msr', measurementId) ? await findMeasurement(trx, org, measurementId) : undefined;
        if (!found) throw notFound('health measurement');
        await deleteMeasurement(trx, org, found);
      });
      return reply.code(204).send();
    },
  );

  app.get('/v1/feedback', { config: { scope: 'participation:read' } }, async (request) => {
    const query = parseQuery(FeedbackListQuery, request.query);
    const page = pageRequest(query);
    return toPage(await listFeedback(db, request.auth.organizationId, page, query), page.limit);
  });

  app.post('/v1/feedback', { config: { scope: 'participation:write' } }, async (request, reply) => {
    const input = parseBody(FeedbackCreateSchema, request.body);
    const org = request.auth.organizationId;
    const feedback = await db.transaction().execute(async (trx) => {
      const errors: FieldError[] = [];
      let outletId = input.outletId;
      if (input.sessionId !== undefined) {
        const session = (await sessionContexts(trx, org, [input.sessionId])).get(input.sessionId);
        if (!session) errors.push(unknownRef('sessionId', 'session'));
        else if (outletId !== undefined && outletId !== session.outletId) {
          errors.push({ path: '/outletId', code: 'outlet_mismatch', message: "not the session's outlet" });
        } else outletId = session.outletId;
      } else if (outletId !== undefined && (await outletZone(trx, org, outletId)) === undefined) {
        errors.push(unknownRef('outletId', 'outlet'));
      }
      if (
        input.memberId !== undefined &&
        !(await existingMembers(trx, org, [input.memberId])).has(input.memberId)
      ) {
        errors.push(unknownRef('memberId', 'member'));
      }
      if (errors.length > 0 || outletId === undefined) throw validationFailed(errors);
      const created = newFeedback(input, outletId, nowIso());
      await insertFeedback(trx, org, created);
      return created;
    });
    return sendImmutable(reply, 201, feedback);
  });

  app.get<{ Params: { feedbackId: string } }>(
    '/v1/feedback/:feedbackId',
    { config: { scope: 'participation:read' } },
    async (request, reply) => {
      const { feedbackId } = request.params;
      const found = isId('fbk', feedbackId)
        ? await findFeedback(db, request.auth.organizationId, feedbackId)
        : undefined;
      if (!found) throw notFound('feedback');
      return sendImmutable(reply, 200, found);
    },
  );
}
