import { AgeGroupSchema, MemberCreateSchema, MemberUpdateSchema } from '@sporthub/schemas';
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
import { HttpProblem } from '../../http/problem.js';
import { parseBody, parseQuery } from '../../http/validate.js';
import { nowIso } from '../../time.js';
import { consentRoutes } from './consents.js';
import { applyMemberPatch, newMember } from './model.js';
import { assertNotErased, findOwnMember, memberErased } from './own-member.js';
import { privacyRoutes } from './privacy.js';
import { findErasedExternalIds, findMembersByExternalId, listMembers, saveMembers } from './queries.js';

/** The current calendar year where the platform's dates are reckoned (SPEC §3: Asia/Shanghai). */
function currentYear(): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format());
}

/** `birthYear` may not be in the future (the contract: "not later than the current year"). */
function pastBirthYear(value: { birthYear?: number | null | undefined }, ctx: z.RefinementCtx): void {
  if (typeof value.birthYear === 'number' && value.birthYear > currentYear()) {
    ctx.addIssue({
      code: 'custom',
      path: ['birthYear'],
      message: 'birthYear is later than the current year',
    });
  }
}

const CreateBodySchema = MemberCreateSchema.superRefine(pastBirthYear);
const UpdateBodySchema = MemberUpdateSchema.superRefine(pastBirthYear);
/** A batch item must carry its match key (a missing one is `required`). */
const BatchItemSchema = MemberCreateSchema.extend({ externalId: z.string().min(1).max(64) }).superRefine(
  pastBirthYear,
);

const ListQuerySchema = z.object({
  ...pageQueryShape,
  ageGroup: AgeGroupSchema.optional(),
  externalId: z.string().optional(),
  groupId: z.string().optional(),
});

const conflict = (externalId: string) =>
  new HttpProblem(409, 'conflict', `A member with externalId ${externalId} already exists.`);

/** Refuses an external id that is taken, or that belonged to an erased member. */
async function assertExternalIdFree(db: Db, org: string, externalId: string): Promise<void> {
  if ((await findMembersByExternalId(db, org, [externalId])).size > 0) throw conflict(externalId);
  if ((await findErasedExternalIds(db, org, [externalId])).size > 0) throw memberErased();
}

/** Members: `openapi/paths/members.yaml` (consents and PIPL routes in their own files). */
export async function memberRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  app.get('/v1/members', { config: { scope: 'members:read' } }, async (request) => {
    const query = parseQuery(ListQuerySchema, request.query);
    const page = pageRequest(query);
    return toPage(await listMembers(db, request.auth.organizationId, page, query), page.limit);
  });

  app.post('/v1/members', { config: { scope: 'members:write' } }, async (request, reply) => {
    const input = parseBody(CreateBodySchema, request.body);
    const org = request.auth.organizationId;
    const member = await db.transaction().execute(async (trx) => {
      if (input.externalId != null) await assertExternalIdFree(trx, org, input.externalId);
      const created = newMember(input, nowIso());
      await saveMembers(trx, org, [{ before: null, after: created }]);
      return created;
    });
    return sendRecord(reply, 201, member);
  });

  app.post(
    '/v1/members::batchUpsert',
    { config: { scope: 'members:write' }, bodyLimit: BATCH_BODY_LIMIT },
    async (request, reply) => {
      const { mode } = parseQuery(BatchQuerySchema, request.query);
      const org = request.auth.organizationId;
      const { valid, rejected: invalid } = validateBatchItems(BatchItemSchema, request.body, {
        field: 'externalId',
        of: (item) => item.externalId,
      });
      return batchTransaction(db, request, reply, async (trx) => {
        const rejected = [...invalid];
        const keys = valid.map(({ item }) => item.externalId);
        const erased = await findErasedExternalIds(trx, org, keys);
        for (const { index, item } of valid.filter(({ item }) => erased.has(item.externalId))) {
          const message = `externalId ${item.externalId} belonged to a member who has been erased`;
          rejected.push({
            index,
            status: 'rejected',
            errors: [{ path: `/items/${index}/externalId`, code: 'member_erased', message }],
          });
        }
        const existing = await findMembersByExternalId(trx, org, keys, { forUpdate: true });
        const now = nowIso();
        const plan = planUpserts(
          valid.filter(({ item }) => !erased.has(item.externalId)),
          existing,
          {
            keyOf: (item) => item.externalId,
            create: (item) => newMember(item, now),
            update: (current, item) => applyMemberPatch(current, item, now),
          },
        );
        const result = finishBatch(mode, [...rejected, ...plan.results]);
        await saveMembers(trx, org, plan.changes);
        return result;
      });
    },
  );

  app.get<{ Params: { memberId: string } }>(
    '/v1/members/:memberId',
    { config: { scope: 'members:read' } },
    async (request, reply) => {
      const member = await findOwnMember(db, request.auth.organizationId, request.params.memberId);
      return sendRecord(reply, 200, member);
    },
  );

  app.patch<{ Params: { memberId: string } }>(
    '/v1/members/:memberId',
    { config: { scope: 'members:write' } },
    async (request, reply) => {
      const patch = parseBody(UpdateBodySchema, request.body);
      const expected = ifMatchRevision(request);
      const org = request.auth.organizationId;
      const member = await db.transaction().execute(async (trx) => {
        const current = await findOwnMember(trx, org, request.params.memberId, { forUpdate: true });
        assertNotErased(current);
        assertRevision(current.revision, expected);
        if (patch.externalId != null && patch.externalId !== current.externalId) {
          await assertExternalIdFree(trx, org, patch.externalId);
        }
        const next = applyMemberPatch(current, patch, nowIso());
        if (next !== current) await saveMembers(trx, org, [{ before: current, after: next }]);
        return next;
      });
      return sendRecord(reply, 200, member);
    },
  );

  await consentRoutes(app);
  await privacyRoutes(app);
}
