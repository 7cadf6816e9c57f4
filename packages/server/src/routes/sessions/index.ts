import {
  type Session,
  SessionCancelSchema,
  SessionCreateSchema,
  SessionStatusSchema,
  SessionUpdateSchema,
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
} from '../../http/batch.js';
import { assertRevision, ifMatchRevision, sendRecord } from '../../http/etag.js';
import { pageQueryShape } from '../../http/pagination.js';
import { HttpProblem, notFound } from '../../http/problem.js';
import { parseBody, parseQuery } from '../../http/validate.js';
import { isId } from '../../ids.js';
import { nowIso } from '../../time.js';
import { validateSessionItems } from './batch-items.js';
import { decodeSessionCursor, toSessionPage } from './cursor.js';
import { applySessionPatch, newSession, replaceSession, toUtc } from './model.js';
import {
  deleteSession,
  findSessionById,
  findSessionsByExternalId,
  isSessionInUse,
  listSessions,
  saveSessions,
} from './queries.js';
import { loadRefs, refErrors } from './references.js';
import { capacityErrors, checkSessionWrite } from './rules.js';

const ListQuerySchema = z.object({
  ...pageQueryShape,
  outletId: z.string().optional(),
  programId: z.string().optional(),
  coachId: z.string().optional(),
  status: SessionStatusSchema.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  seriesKey: z.string().optional(),
  externalId: z.string().optional(),
  booked: z.enum(['true', 'false']).optional(),
});

const conflict = (externalId: string) =>
  new HttpProblem(409, 'conflict', `A session with externalId ${externalId} already exists.`);

/** Sessions: `openapi/paths/sessions.yaml`. */
export async function sessionRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  app.get('/v1/sessions', { config: { scope: 'schedules:read' } }, async (request) => {
    const { limit, cursor, from, to, booked, ...filter } = parseQuery(ListQuerySchema, request.query);
    const after = cursor === undefined ? undefined : decodeSessionCursor(cursor);
    const window = { from: from && toUtc(from), to: to && toUtc(to) };
    const rows = await listSessions(db, request.auth.organizationId, limit, after, {
      ...filter,
      ...window,
      booked: booked === undefined ? undefined : booked === 'true',
    });
    return toSessionPage(rows, limit);
  });

  app.post('/v1/sessions', { config: { scope: 'schedules:write' } }, async (request, reply) => {
    const input = parseBody(SessionCreateSchema, request.body);
    const org = request.auth.organizationId;
    const session = await db.transaction().execute(async (trx) => {
      await checkSessionWrite(trx, org, input, null);
      const { externalId } = input;
      if (externalId !== undefined && (await findSessionsByExternalId(trx, org, [externalId])).size > 0) {
        throw conflict(externalId);
      }
      const now = nowIso();
      const created = newSession(input, now);
      await saveSessions(trx, org, [{ before: null, after: created }], now);
      return created;
    });
    return sendRecord(reply, 201, session);
  });

  app.post(
    '/v1/sessions::batchUpsert',
    { config: { scope: 'schedules:write' }, bodyLimit: BATCH_BODY_LIMIT },
    async (request, reply) => {
      const { mode } = parseQuery(BatchQuerySchema, request.query);
      const org = request.auth.organizationId;
      const { valid, rejected: invalid } = validateSessionItems(request.body);
      return batchTransaction(db, request, reply, async (trx) => {
        const rejected = [...invalid];
        const items = valid.map(({ item }) => item);
        const known = await loadRefs(trx, org, items);
        const keys = items.map((item) => item.externalId);
        const existing = await findSessionsByExternalId(trx, org, keys, { forUpdate: true });
        const accepted = valid.filter(({ index, item }) => {
          const prefix = `/items/${index}`;
          const errors = [
            ...refErrors(item, known, prefix),
            ...capacityErrors(existing.get(item.externalId), item, prefix),
          ];
          if (errors.length > 0) rejected.push({ index, status: 'rejected', errors });
          return errors.length === 0;
        });
        const now = nowIso();
        const plan = planUpserts(accepted, existing, {
          keyOf: (item) => item.externalId,
          create: (item) => newSession(item, now),
          update: (current, item) => replaceSession(current, item, now),
        });
        const result = finishBatch(mode, [...rejected, ...plan.results]);
        await saveSessions(trx, org, plan.changes, now);
        return result;
      });
    },
  );

  app.get<{ Params: { sessionId: string } }>(
    '/v1/sessions/:sessionId',
    { config: { scope: 'schedules:read' } },
    async (request, reply) => {
      const session = await findOwnSession(db, request.auth.organizationId, request.params.sessionId);
      return sendRecord(reply, 200, session);
    },
  );

  app.patch<{ Params: { sessionId: string } }>(
    '/v1/sessions/:sessionId',
    { config: { scope: 'schedules:write' } },
    async (request, reply) => {
      const patch = parseBody(SessionUpdateSchema, request.body);
      const expected = ifMatchRevision(request);
      const org = request.auth.organizationId;
      const session = await db.transaction().execute(async (trx) => {
        const current = await findOwnSession(trx, org, request.params.sessionId, true);
        assertRevision(current.revision, expected);
        const now = nowIso();
        const next = applySessionPatch(current, patch, now);
        if (next === current) return current;
        await checkSessionWrite(trx, org, next, current);
        if (next.externalId !== null && next.externalId !== current.externalId) {
          if ((await findSessionsByExternalId(trx, org, [next.externalId])).size > 0) {
            throw conflict(next.externalId);
          }
        }
        await saveSessions(trx, org, [{ before: current, after: next }], now);
        return next;
      });
      return sendRecord(reply, 200, session);
    },
  );

  app.delete<{ Params: { sessionId: string } }>(
    '/v1/sessions/:sessionId',
    { config: { scope: 'schedules:write' } },
    async (request, reply) => {
      const expected = ifMatchRevision(request);
      const org = request.auth.organizationId;
      await db.transaction().execute(async (trx) => {
        const current = await findOwnSession(trx, org, request.params.sessionId, true);
        assertRevision(current.revision, expected);
        if (await isSessionInUse(trx, org, current.id)) {
          throw new HttpProblem(
            409,
            'conflict',
            'The session has bookings or participation records; cancel it instead (:cancel).',
          );
        }
        await deleteSession(trx, org, current);
      });
      return reply.code(204).send();
    },
  );

  app.post<{ Params: { sessionId: string } }>(
    // Plain `:sessionId::cancel` would be ONE parameter named `sessionId::cancel` (find-my-way), matching
    // any POST; the pattern ends the parameter at the colon, then `::` is the literal `:`.
    '/v1/sessions/:sessionId(^[^:/]+)::cancel',
    { config: { scope: 'schedules:write' } },
    async (request, reply) => {
      const { reason } = parseBody(SessionCancelSchema, request.body ?? {});
      const expected = ifMatchRevision(request);
      const org = request.auth.organizationId;
      const session = await db.transaction().execute(async (trx) => {
        const current = await findOwnSession(trx, org, request.params.sessionId, true);
        assertRevision(current.revision, expected);
        if (current.status === 'cancelled') return current;
        if (current.status === 'completed') {
          throw new HttpProblem(409, 'conflict', 'A completed session cannot be cancelled.');
        }
        const now = nowIso();
        const next = applySessionPatch(current, { status: 'cancelled' }, now);
        const extra = reason === undefined ? {} : { cancellationReason: reason };
        await saveSessions(trx, org, [{ before: current, after: next }], now, extra);
        return next;
      });
      return sendRecord(reply, 200, session);
    },
  );
}

/** The session of this organization, or 404 for malformed, unknown and other tenants' ids alike. */
async function findOwnSession(
  db: Db,
  organizationId: string,
  id: string,
  forUpdate = false,
): Promise<Session> {
  const session = isId('ses', id) ? await findSessionById(db, organizationId, id, { forUpdate }) : undefined;
  if (!session) throw notFound('session');
  return session;
}
