import { PartnerCreateSchema, PartnerKindSchema, PartnerUpdateSchema } from '@sporthub/schemas';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { recordAudit } from '../../audit/record.js';
import type { Db } from '../../db/dialect.js';
import { assertRevision, ifMatchRevision, sendRecord } from '../../http/etag.js';
import { pageQueryShape, pageRequest, toPage } from '../../http/pagination.js';
import { HttpProblem, validationFailed } from '../../http/problem.js';
import { parseBody, parseQuery } from '../../http/validate.js';
import { nowIso } from '../../time.js';
import { disableEndpoint } from '../../webhooks/attempt.js';
import { agreementAudit, agreementRoutes } from './agreements.js';
import { applyPartnerPatch, newPartner, today } from './model.js';
import {
  codeTaken,
  deletePartnerRow,
  findOwnPartner,
  listPartners,
  revokeAgreements,
  savePartner,
  unendedAgreements,
  unknownOutletIds,
} from './queries.js';

const ListQuerySchema = z.object({
  ...pageQueryShape,
  kind: PartnerKindSchema.optional(),
  code: z.string().optional(),
});

const DeleteQuerySchema = z.object({ force: z.enum(['true', 'false']).default('false') });

const conflict = (code: string) =>
  new HttpProblem(409, 'conflict', `A partner with code ${code} already exists.`);

/** Unknown outlet ids are the client's mistake: 422 naming each (the contract says so). */
async function assertOutlets(db: Db, org: string, outletIds: string[] | undefined): Promise<void> {
  if (!outletIds?.length) return;
  const unknown = await unknownOutletIds(db, org, outletIds);
  if (unknown.length === 0) return;
  throw validationFailed(
    unknown.map((id) => ({
      path: `/outletIds/${outletIds.indexOf(id)}`,
      code: 'unknown_reference',
      message: `no outlet ${id}`,
    })),
  );
}

/** Partners and their agreements: `openapi/paths/partners.yaml`. */
export async function partnerRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  app.get('/v1/partners', { config: { scope: 'partners:read' } }, async (request) => {
    const query = parseQuery(ListQuerySchema, request.query);
    const page = pageRequest(query);
    return toPage(await listPartners(db, request.auth.organizationId, page, query), page.limit);
  });

  app.post('/v1/partners', { config: { scope: 'partners:write' } }, async (request, reply) => {
    const input = parseBody(PartnerCreateSchema, request.body);
    const org = request.auth.organizationId;
    const partner = await db.transaction().execute(async (trx) => {
      await assertOutlets(trx, org, input.outletIds);
      if (await codeTaken(trx, org, input.code)) throw conflict(input.code);
      const created = newPartner(input, nowIso());
      await savePartner(trx, org, created, true);
      return created;
    });
    return sendRecord(reply, 201, partner);
  });

  app.get<{ Params: { partnerId: string } }>(
    '/v1/partners/:partnerId',
    { config: { scope: 'partners:read' } },
    async (request, reply) =>
      sendRecord(reply, 200, await findOwnPartner(db, request.auth.organizationId, request.params.partnerId)),
  );

  app.patch<{ Params: { partnerId: string } }>(
    '/v1/partners/:partnerId',
    { config: { scope: 'partners:write' } },
    async (request, reply) => {
      const patch = parseBody(PartnerUpdateSchema, request.body);
      const expected = ifMatchRevision(request);
      const org = request.auth.organizationId;
      const partner = await db.transaction().execute(async (trx) => {
        const current = await findOwnPartner(trx, org, request.params.partnerId, true);
        assertRevision(current.revision, expected);
        await assertOutlets(trx, org, patch.outletIds);
        if (
          patch.code !== undefined &&
          patch.code !== current.code &&
          (await codeTaken(trx, org, patch.code))
        ) {
          throw conflict(patch.code);
        }
        const next = applyPartnerPatch(current, patch, nowIso());
        if (next !== current) await savePartner(trx, org, next, false);
        return next;
      });
      return sendRecord(reply, 200, partner);
    },
  );

  app.delete<{ Params: { partnerId: string } }>(
    '/v1/partners/:partnerId',
    { config: { scope: 'partners:write' } },
    async (request, reply) => {
      const { force } = parseQuery(DeleteQuerySchema, request.query);
      const expected = ifMatchRevision(request);
      const org = request.auth.organizationId;
      await db.transaction().execute(async (trx) => {
        const partner = await findOwnPartner(trx, org, request.params.partnerId, true);
        assertRevision(partner.revision, expected);
        // Agreements not yet ended (in force, or starting later) block a plain delete.
        const open = await unendedAgreements(trx, org, partner.id, today());
        if (open.length > 0 && force !== 'true') {
          throw new HttpProblem(
            409,
            'conflict',
            `The partner has ${open.length} agreement(s) in force; revoke them or delete with force=true.`,
          );
        }
        const now = nowIso();
        const revoked = await revokeAgreements(trx, org, open, now);
        await recordAudit(
          trx,
          revoked.map((agreement) =>
            agreementAudit(request.auth, agreement, 'revoked', { reason: 'partner_deleted' }),
          ),
        );
        // Its endpoints stop receiving (kept, disabled, so their history stays readable).
        const endpoints = await trx
          .selectFrom('webhook_endpoints')
          .select('id')
          .where('organization_id', '=', org)
          .where('partner_id', '=', partner.id)
          .execute();
        for (const endpoint of endpoints) await disableEndpoint(trx, org, endpoint.id, now);
        await deletePartnerRow(trx, org, partner);
      });
      return reply.code(204).send();
    },
  );

  await app.register(agreementRoutes);
}
