import { type DataSharingAgreement, DataSharingAgreementCreateSchema } from '@sporthub/schemas';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type AuditInput, recordAudit } from '../../audit/record.js';
import type { AuthContext } from '../../http/auth.js';
import { pageQueryShape, pageRequest, toPage } from '../../http/pagination.js';
import { notFound } from '../../http/problem.js';
import { parseBody, parseQuery } from '../../http/validate.js';
import { isId } from '../../ids.js';
import { nowIso } from '../../time.js';
import { newAgreement, today } from './model.js';
import {
  findAgreement,
  findOwnPartner,
  insertAgreement,
  listAgreements,
  revokeAgreements,
} from './queries.js';

const ListQuerySchema = z.object({
  ...pageQueryShape,
  active: z.enum(['true', 'false']).optional(),
});

/** The `agreement_change` audit entry of one agreement (SPEC §6.7: sharing terms are audited). */
export function agreementAudit(
  auth: AuthContext,
  agreement: DataSharingAgreement,
  change: 'created' | 'revoked',
  extra: Record<string, unknown> = {},
): AuditInput {
  return {
    organizationId: auth.organizationId,
    actor: auth.tokenId,
    action: 'agreement_change',
    partnerId: agreement.partnerId,
    memberCount: 0,
    detail: {
      agreementId: agreement.id,
      change,
      scopes: agreement.scopes,
      validFrom: agreement.validFrom,
      validTo: agreement.validTo,
      ...extra,
    },
  };
}

type PartnerParams = { Params: { partnerId: string } };
type AgreementParams = { Params: { partnerId: string; agreementId: string } };

/** `/v1/partners/{partnerId}/agreements…`: agreements are created and revoked, never edited. */
export async function agreementRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  app.get<PartnerParams>(
    '/v1/partners/:partnerId/agreements',
    { config: { scope: 'partners:read' } },
    async (request) => {
      const query = parseQuery(ListQuerySchema, request.query);
      const org = request.auth.organizationId;
      const partner = await findOwnPartner(db, org, request.params.partnerId);
      const page = pageRequest(query);
      const filter = { activeOn: query.active === 'true' ? today() : undefined };
      return toPage(await listAgreements(db, org, partner.id, page, filter), page.limit);
    },
  );

  app.post<PartnerParams>(
    '/v1/partners/:partnerId/agreements',
    { config: { scope: 'partners:write' } },
    async (request, reply) => {
      const input = parseBody(DataSharingAgreementCreateSchema, request.body);
      const org = request.auth.organizationId;
      const agreement = await db.transaction().execute(async (trx) => {
        // Locks the partner row, so a concurrent delete cannot leave an agreement of a deleted partner.
        const partner = await findOwnPartner(trx, org, request.params.partnerId, true);
        const created = newAgreement(partner.id, input, nowIso());
        await insertAgreement(trx, org, created);
        await recordAudit(trx, [agreementAudit(request.auth, created, 'created')]);
        return created;
      });
      return reply.code(201).send(agreement);
    },
  );

  app.post<AgreementParams>(
    '/v1/partners/:partnerId/agreements/:agreementId(^[^:/]+)::revoke',
    { config: { scope: 'partners:write' } },
    async (request) => {
      const org = request.auth.organizationId;
      return db.transaction().execute(async (trx) => {
        const partner = await findOwnPartner(trx, org, request.params.partnerId, true);
        const { agreementId } = request.params;
        const agreement = isId('dsa', agreementId)
          ? await findAgreement(trx, org, partner.id, agreementId)
          : undefined;
        if (!agreement) throw notFound('agreement');
        // Revoking twice is not an error: the first revocation stands, nothing is written again.
        if (agreement.revokedAt !== null) return agreement;
        const [revoked] = await revokeAgreements(trx, org, [agreement], nowIso());
        const result = revoked ?? agreement;
        await recordAudit(trx, [agreementAudit(request.auth, result, 'revoked')]);
        return result;
      });
    },
  );
}
