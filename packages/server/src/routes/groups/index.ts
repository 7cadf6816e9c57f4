import { type Group, GroupCreateSchema, GroupKindSchema, GroupUpdateSchema } from '@sporthub/schemas';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/dialect.js';
import { assertRevision, ifMatchRevision, sendRecord } from '../../http/etag.js';
import { pageQueryShape, pageRequest, toPage } from '../../http/pagination.js';
import { HttpProblem, notFound } from '../../http/problem.js';
import { parseBody, parseQuery } from '../../http/validate.js';
import { isId } from '../../ids.js';
import { nowIso } from '../../time.js';
import { assertPartnerExists } from '../members/references.js';
import { enrollmentRoutes } from './enrollments.js';
import { applyGroupPatch, newGroup } from './model.js';
import {
  deleteGroup,
  findGroupById,
  isGroupCodeTaken,
  listGroups,
  type ReadOptions,
  saveGroups,
} from './queries.js';
import { assertMembersUsable } from './references.js';

const ListQuerySchema = z.object({
  ...pageQueryShape,
  kind: GroupKindSchema.optional(),
  partnerId: z.string().optional(),
  memberId: z.string().optional(),
  code: z.string().optional(),
});

const conflict = (code: string) =>
  new HttpProblem(409, 'conflict', `A group with code ${code} already exists.`);

/** Groups: `openapi/paths/groups.yaml`; enrollments, in the same file, are registered from here. */
export async function groupRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  app.get('/v1/groups', { config: { scope: 'members:read' } }, async (request) => {
    const query = parseQuery(ListQuerySchema, request.query);
    const page = pageRequest(query);
    return toPage(await listGroups(db, request.auth.organizationId, page, query), page.limit);
  });

  app.post('/v1/groups', { config: { scope: 'members:write' } }, async (request, reply) => {
    const input = parseBody(GroupCreateSchema, request.body);
    const org = request.auth.organizationId;
    const group = await db.transaction().execute(async (trx) => {
      if (await isGroupCodeTaken(trx, org, input.code)) throw conflict(input.code);
      await assertPartnerExists(trx, org, input.partnerId, '/partnerId');
      await assertMembersUsable(trx, org, input.memberIds ?? [], (i) => `/memberIds/${i}`);
      const created = newGroup(input, nowIso());
      await saveGroups(trx, org, [{ before: null, after: created }]);
      return created;
    });
    return sendRecord(reply, 201, group);
  });

  app.get<{ Params: { groupId: string } }>(
    '/v1/groups/:groupId',
    { config: { scope: 'members:read' } },
    async (request, reply) => {
      const group = await findOwnGroup(db, request.auth.organizationId, request.params.groupId);
      return sendRecord(reply, 200, group);
    },
  );

  app.patch<{ Params: { groupId: string } }>(
    '/v1/groups/:groupId',
    { config: { scope: 'members:write' } },
    async (request, reply) => {
      const patch = parseBody(GroupUpdateSchema, request.body);
      const expected = ifMatchRevision(request);
      const org = request.auth.organizationId;
      const group = await db.transaction().execute(async (trx) => {
        const current = await findOwnGroup(trx, org, request.params.groupId, { forUpdate: true });
        assertRevision(current.revision, expected);
        if (patch.code !== undefined && patch.code !== current.code) {
          if (await isGroupCodeTaken(trx, org, patch.code)) throw conflict(patch.code);
        }
        if (patch.partnerId !== current.partnerId) {
          await assertPartnerExists(trx, org, patch.partnerId, '/partnerId');
        }
        if (patch.memberIds !== undefined) {
          // Only members being added are checked: a kept member may since have been erased.
          const kept = new Set(current.memberIds);
          const added = patch.memberIds.map((id, index) => ({ id, index })).filter((m) => !kept.has(m.id));
          await assertMembersUsable(
            trx,
            org,
            added.map((m) => m.id),
            (i) => `/memberIds/${added[i]?.index ?? i}`,
          );
        }
        const next = applyGroupPatch(current, patch, nowIso());
        if (next !== current) await saveGroups(trx, org, [{ before: current, after: next }]);
        return next;
      });
      return sendRecord(reply, 200, group);
    },
  );

  app.delete<{ Params: { groupId: string } }>(
    '/v1/groups/:groupId',
    { config: { scope: 'members:write' } },
    async (request, reply) => {
      const expected = ifMatchRevision(request);
      const org = request.auth.organizationId;
      await db.transaction().execute(async (trx) => {
        const current = await findOwnGroup(trx, org, request.params.groupId, { forUpdate: true });
        assertRevision(current.revision, expected);
        await deleteGroup(trx, org, current, nowIso());
      });
      return reply.code(204).send();
    },
  );

  await enrollmentRoutes(app);
}

/** The group of this organization, or 404 for malformed, unknown and other tenants' ids alike. */
async function findOwnGroup(
  db: Db,
  organizationId: string,
  id: string,
  options?: ReadOptions,
): Promise<Group> {
  const group = isId('grp', id) ? await findGroupById(db, organizationId, id, options) : undefined;
  if (!group) throw notFound('group');
  return group;
}
