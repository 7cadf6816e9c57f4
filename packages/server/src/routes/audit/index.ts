import { AuditActionSchema } from '@sporthub/schemas';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listAudit } from '../../audit/record.js';
import { pageQueryShape, pageRequest, toPage } from '../../http/pagination.js';
import { parseQuery } from '../../http/validate.js';

const ListQuerySchema = z.object({
  ...pageQueryShape,
  action: AuditActionSchema.optional(),
  partnerId: z.string().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

/** The audit log: `GET /v1/audit` (openapi/paths/events.yaml#/audit). */
export async function auditRoutes(app: FastifyInstance): Promise<void> {
  app.get('/v1/audit', { config: { scope: 'audit:read' } }, async (request) => {
    const query = parseQuery(ListQuerySchema, request.query);
    const page = pageRequest(query);
    return toPage(await listAudit(app.db, request.auth.organizationId, page, query), page.limit);
  });
}
