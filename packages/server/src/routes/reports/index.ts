import {
  HealthIndexPeriodLabelSchema,
  type HealthIndexReport,
  type HealthIndexScope,
} from '@sporthub/schemas';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/dialect.js';
import { notFound, validationFailed } from '../../http/problem.js';
import { parseQuery } from '../../http/validate.js';
import { isId } from '../../ids.js';
import { nowIso } from '../../time.js';
import { currentFigures, previousTotals, SUPPRESSION_THRESHOLD, windowOf } from './compute.js';
import { parsePeriod, previousPeriod } from './period.js';

const QuerySchema = z.object({
  outletId: z.string().optional(),
  district: z.string().min(1).optional(),
  period: HealthIndexPeriodLabelSchema,
});

/** A district's report reads dates in the platform's zone (the contract's rule). */
const DISTRICT_ZONE = 'Asia/Shanghai';

async function resolveScope(
  db: Db,
  org: string,
  query: z.output<typeof QuerySchema>,
): Promise<{ scope: HealthIndexScope; outletIds: string[] }> {
  if ((query.outletId === undefined) === (query.district === undefined)) {
    throw validationFailed([
      { path: 'outletId', code: 'one_of', message: 'pass exactly one of outletId and district' },
    ]);
  }
  if (query.outletId !== undefined) {
    const outlet = isId('out', query.outletId)
      ? await db
          .selectFrom('outlets')
          .select(['id', 'code', 'name', 'district', 'timezone'])
          .where('organization_id', '=', org)
          .where('id', '=', query.outletId)
          .executeTakeFirst()
      : undefined;
    if (!outlet) throw notFound('outlet');
    return {
      scope: {
        kind: 'outlet',
        outletId: outlet.id,
        outletCode: outlet.code,
        outletName: outlet.name,
        district: outlet.district,
        outletCount: 1,
        timezone: outlet.timezone,
      },
      outletIds: [outlet.id],
    };
  }
  const district = query.district ?? '';
  const outlets = await db
    .selectFrom('outlets')
    .select('id')
    .where('organization_id', '=', org)
    .where('district', '=', district)
    .execute();
  return {
    scope: {
      kind: 'district',
      outletId: null,
      outletCode: null,
      outletName: null,
      district,
      outletCount: outlets.length,
      timezone: DISTRICT_ZONE,
    },
    outletIds: outlets.map((o) => o.id),
  };
}

/** The community health-index report: `openapi/paths/health.yaml#/healthIndexReport`. Reads the replica. */
export async function reportRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/v1/reports/health-index',
    { config: { scope: 'reports:read' } },
    async (request): Promise<HealthIndexReport> => {
      const query = parseQuery(QuerySchema, request.query);
      const org = request.auth.organizationId;
      const db = app.replica;
      const { scope, outletIds } = await resolveScope(db, org, query);
      const period = parsePeriod(query.period);
      const before = previousPeriod(period);
      return {
        scope,
        period,
        previousPeriod: before,
        ...(await currentFigures(db, org, windowOf(outletIds, period, scope.timezone))),
        previous: await previousTotals(db, org, windowOf(outletIds, before, scope.timezone)),
        suppressionThreshold: SUPPRESSION_THRESHOLD,
        generatedAt: nowIso(),
      };
    },
  );
}
