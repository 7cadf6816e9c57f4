import { LocalDateSchema, type Participation } from '@sporthub/schemas';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  BATCH_BODY_LIMIT,
  BatchQuerySchema,
  batchTransaction,
  finishBatch,
  validateBatchItems,
} from '../../http/batch.js';
import { sendRecord } from '../../http/etag.js';
import { pageQueryShape, pageRequest, toPage } from '../../http/pagination.js';
import { HttpProblem, notFound, validationFailed } from '../../http/problem.js';
import { parseBody, parseQuery } from '../../http/validate.js';
import { isId } from '../../ids.js';
import { nowIso } from '../../time.js';
import { currentWatermark, exportStream, formatWatermark, parseWatermark } from './export.js';
import { pairKey } from './model.js';
import { auditShare, loadShareContext } from './partner-share.js';
import { type CheckIn, CheckInSchema, planCheckIns } from './plan.js';
import { findParticipationById, listParticipation, saveParticipation } from './queries.js';

const ListQuerySchema = z.object({
  ...pageQueryShape,
  sessionId: z.string().optional(),
  memberId: z.string().optional(),
  outletId: z.string().optional(),
  externalId: z.string().optional(),
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
});

const ExportQuerySchema = z.object({
  format: z.enum(['ndjson', 'csv']).default('ndjson'),
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
  outletId: z.string().optional(),
  district: z.string().optional(),
  programId: z.string().optional(),
  partnerId: z.string().optional(),
  afterWatermark: z.string().optional(),
});

const CONTENT_TYPES = { ndjson: 'application/x-ndjson; charset=utf-8', csv: 'text/csv; charset=utf-8' };

/** Participation: `openapi/paths/participation.yaml`. */
export async function participationRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  app.get('/v1/participation', { config: { scope: 'participation:read' } }, async (request) => {
    const query = parseQuery(ListQuerySchema, request.query);
    const page = pageRequest(query);
    return toPage(await listParticipation(db, request.auth.organizationId, page, query), page.limit);
  });

  app.post('/v1/participation', { config: { scope: 'participation:write' } }, async (request, reply) => {
    const input = parseBody(CheckInSchema, request.body);
    const org = request.auth.organizationId;
    const record = await db.transaction().execute(async (trx) => {
      const now = nowIso();
      const plan = await planCheckIns(trx, org, [{ index: 0, item: input }], now, 'create');
      const [result] = plan.results;
      if (result?.status === 'rejected') {
        const conflict = result.errors?.find((e) => e.code === 'conflict');
        if (conflict) throw new HttpProblem(409, 'conflict', conflict.message);
        throw validationFailed(
          (result.errors ?? []).map((e) => ({ ...e, path: e.path.replace(/^\/items\/0/, '') })),
        );
      }
      await saveParticipation(trx, org, plan.changes, plan.sessions, now);
      return plan.changes[0]?.after as Participation;
    });
    return sendRecord(reply, 201, record);
  });

  app.post(
    '/v1/participation::batchUpsert',
    { config: { scope: 'participation:write' }, bodyLimit: BATCH_BODY_LIMIT },
    async (request, reply) => {
      const { mode } = parseQuery(BatchQuerySchema, request.query);
      const org = request.auth.organizationId;
      const { valid, rejected } = validateBatchItems(CheckInSchema, request.body, {
        field: 'externalId',
        of: (item: CheckIn) =>
          item.externalId !== undefined
            ? `x:${item.externalId}`
            : `p:${pairKey(item.sessionId, item.memberId)}`,
      });
      return batchTransaction(db, request, reply, async (trx) => {
        const now = nowIso();
        const plan = await planCheckIns(trx, org, valid, now, 'upsert');
        const result = finishBatch(mode, [...rejected, ...plan.results]);
        await saveParticipation(trx, org, plan.changes, plan.sessions, now);
        return result;
      });
    },
  );

  app.get(
    '/v1/participation::export',
    { config: { scope: 'participation:read' } },
    async (request, reply) => {
      const query = parseQuery(ExportQuerySchema, request.query);
      const org = request.auth.organizationId;
      const afterWatermark =
        query.afterWatermark === undefined ? undefined : parseWatermark(query.afterWatermark);
      const share =
        query.partnerId === undefined ? undefined : await loadShareContext(db, org, query.partnerId);
      // Fixed before the first page is read: rows written later are above it and come with the next export.
      const watermark = await currentWatermark(app.replica, org);
      if (share) {
        await auditShare(db, app.replica, {
          org,
          actor: request.auth.tokenId,
          share,
          detail: {
            export: 'participation',
            format: query.format,
            watermark: formatWatermark(watermark),
            filters: query,
          },
        });
      }
      const stream = exportStream({
        db: app.replica,
        org,
        watermark,
        format: query.format,
        share,
        filter: { ...query, afterWatermark },
      });
      return reply
        .code(200)
        .header('sporthub-watermark', formatWatermark(watermark))
        .type(CONTENT_TYPES[query.format])
        .send(stream);
    },
  );

  app.get<{ Params: { participationId: string } }>(
    '/v1/participation/:participationId',
    { config: { scope: 'participation:read' } },
    async (request, reply) => {
      const { participationId } = request.params;
      const record = isId('par', participationId)
        ? await findParticipationById(db, request.auth.organizationId, participationId)
        : undefined;
      if (!record) throw notFound('participation record');
      return sendRecord(reply, 200, record);
    },
  );
}
