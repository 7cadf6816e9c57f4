import {
  type Consent,
  ConsentGrantSchema,
  ConsentPurposeSchema,
  ConsentRevokeSchema,
  isMinorForSharing,
  type Member,
} from '@sporthub/schemas';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { recordAudit } from '../../audit/record.js';
import { pageQueryShape, pageRequest, toPage } from '../../http/pagination.js';
import { HttpProblem } from '../../http/problem.js';
import { parseBody, parseQuery } from '../../http/validate.js';
import { newId } from '../../ids.js';
import { nowIso } from '../../time.js';
import { findActiveConsent, insertConsent, listConsents, revokeConsents } from './consent-queries.js';
import { assertNotErased, findOwnMember } from './own-member.js';
import { assertPartnerExists } from './references.js';

const ListQuerySchema = z.object({
  ...pageQueryShape,
  purpose: ConsentPurposeSchema.optional(),
  active: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});

/**
 * PIPL (SPEC §6.7): a member under 14, or of unknown age, consents only through a guardian, and
 * the member record must name that guardian.
 */
function assertGuardianRule(member: Member, grantedBy: Consent['grantedBy'], now: string): void {
  if (!isMinorForSharing(member, now)) return;
  const errors = [];
  if (grantedBy !== 'guardian') {
    errors.push({
      path: '/grantedBy',
      code: 'guardian_required',
      message: 'a member under 14 or of unknown age consents through a guardian',
    });
  }
  if (member.guardian === null) {
    errors.push({
      path: '/grantedBy',
      code: 'guardian_required',
      message: 'the member has no guardian contact; add one first',
    });
  }
  if (errors.length > 0) {
    throw new HttpProblem(
      422,
      'guardian_required',
      'Consent for a member under 14 or of unknown age must be given by a recorded guardian.',
      errors,
    );
  }
}

/** Consents of a member: list, grant, revoke (`openapi/paths/members.yaml`). */
export async function consentRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  app.get<{ Params: { memberId: string } }>(
    '/v1/members/:memberId/consents',
    { config: { scope: 'members:read' } },
    async (request) => {
      const query = parseQuery(ListQuerySchema, request.query);
      const org = request.auth.organizationId;
      const member = await findOwnMember(db, org, request.params.memberId);
      const page = pageRequest(query);
      return toPage(await listConsents(db, org, member.id, page, query), page.limit);
    },
  );

  app.post<{ Params: { memberId: string } }>(
    '/v1/members/:memberId/consents',
    { config: { scope: 'members:write' } },
    async (request, reply) => {
      const input = parseBody(ConsentGrantSchema, request.body);
      const org = request.auth.organizationId;
      const partnerId = input.partnerId ?? null;
      const { status, consent } = await db.transaction().execute(async (trx) => {
        // The member row lock serializes grants, so two concurrent grants record one consent.
        const member = await findOwnMember(trx, org, request.params.memberId, { forUpdate: true });
        assertNotErased(member);
        await assertPartnerExists(trx, org, partnerId, '/partnerId');
        const now = nowIso();
        assertGuardianRule(member, input.grantedBy, now);
        const existing = await findActiveConsent(trx, org, member.id, partnerId, input.purpose);
        if (existing) return { status: 200, consent: existing };
        const created: Consent = {
          id: newId('cns'),
          memberId: member.id,
          partnerId,
          purpose: input.purpose,
          grantedBy: input.grantedBy,
          grantedAt: now,
          revokedAt: null,
        };
        await insertConsent(trx, org, created);
        await recordAudit(trx, [
          {
            organizationId: org,
            actor: request.auth.tokenId,
            action: 'consent_change',
            partnerId,
            memberCount: 1,
            detail: {
              change: 'granted',
              memberId: member.id,
              consentId: created.id,
              purpose: created.purpose,
            },
          },
        ]);
        return { status: 201, consent: created };
      });
      return reply.code(status).send(consent);
    },
  );

  app.post<{ Params: { memberId: string } }>(
    '/v1/members/:memberId/consents::revoke',
    { config: { scope: 'members:write' } },
    async (request) => {
      const input = parseBody(ConsentRevokeSchema, request.body);
      const org = request.auth.organizationId;
      const partnerId = input.partnerId ?? null;
      return db.transaction().execute(async (trx) => {
        const member = await findOwnMember(trx, org, request.params.memberId, { forUpdate: true });
        assertNotErased(member);
        const active = await findActiveConsent(trx, org, member.id, partnerId, input.purpose);
        if (!active) {
          throw new HttpProblem(
            404,
            'not_found',
            'The member has no active consent for this partner and purpose.',
          );
        }
        const [revoked] = await revokeConsents(trx, org, member.id, nowIso(), [active.id]);
        await recordAudit(trx, [
          {
            organizationId: org,
            actor: request.auth.tokenId,
            action: 'consent_change',
            partnerId,
            memberCount: 1,
            detail: { change: 'revoked', memberId: member.id, consentId: active.id, purpose: active.purpose },
          },
        ]);
        return revoked;
      });
    },
  );
}
