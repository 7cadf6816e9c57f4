import type { Member, MemberPersonalData, MemberRecordSet } from '@sporthub/schemas';
import type { FastifyInstance } from 'fastify';
import type { Transaction } from 'kysely';
import { recordAudit } from '../../audit/record.js';
import type { DB } from '../../db/schema.js';
import { recordEvents } from '../../events/record.js';
import { sendRecord } from '../../http/etag.js';
import { nowIso } from '../../time.js';
import { listEnrollments } from '../groups/enrollment-queries.js';
import { groupIdsOfMember } from '../groups/queries.js';
import { allConsentsOf } from './consent-queries.js';
import { erasedKeyHash, erasedMember } from './model.js';
import { findOwnMember } from './own-member.js';
import { erasePersonalDataHooks, type MemberRecordKind, memberRecordSources } from './personal-data-hooks.js';
import { saveMembers } from './queries.js';

/**
 * PIPL erasure (SPEC §6.7): blanks the member's personal fields, then lets every registered hook
 * remove what other tables hold (consents revoked, groups left, future bookings cancelled, …),
 * all in one transaction with its events and an `erase` audit entry. Participation records stay.
 * Returns the member unchanged when it was already erased.
 */
export async function eraseMember(
  trx: Transaction<DB>,
  organizationId: string,
  current: Member,
  actor: string,
): Promise<Member> {
  if (current.erasedAt !== null) return current;
  const now = nowIso();
  const erased = erasedMember(current, now);
  // Emitted as `member.updated` (the record changed, as the contract says), then `member.erased`.
  await saveMembers(trx, organizationId, [{ before: current, after: erased }]);
  await recordEvents(trx, organizationId, [{ type: 'member.erased', data: erased }]);
  if (current.externalId !== null) {
    await trx
      .updateTable('members')
      .set({ erased_key_hash: erasedKeyHash(organizationId, current.externalId) })
      .where('organization_id', '=', organizationId)
      .where('id', '=', current.id)
      .execute();
  }
  const removed: Record<string, number> = {};
  const context = { organizationId, memberId: current.id, now };
  for (const hook of erasePersonalDataHooks) removed[hook.name] = await hook.erase(trx, context);
  await recordAudit(trx, [
    {
      organizationId,
      actor,
      action: 'erase',
      partnerId: null,
      memberCount: 1,
      detail: { memberId: current.id, removed },
    },
  ]);
  return erased;
}

async function recordSet(
  trx: Transaction<DB>,
  kind: MemberRecordKind,
  organizationId: string,
  memberId: string,
): Promise<MemberRecordSet> {
  const source = memberRecordSources[kind];
  const ids = source ? await source(trx, organizationId, memberId) : [];
  return { count: ids.length, ids };
}

/** `:erase` and `:personalData` (`openapi/paths/members.yaml`). */
export async function privacyRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  // `([^:]+)` ends the id at the literal colon; `:memberId::erase` alone would clash with `:memberId`.
  app.post<{ Params: { memberId: string } }>(
    '/v1/members/:memberId([^:]+)::erase',
    { config: { scope: 'members:write' } },
    async (request, reply) => {
      const org = request.auth.organizationId;
      const member = await db.transaction().execute(async (trx) => {
        const current = await findOwnMember(trx, org, request.params.memberId, { forUpdate: true });
        return eraseMember(trx, org, current, request.auth.tokenId);
      });
      return sendRecord(reply, 200, member);
    },
  );

  app.get<{ Params: { memberId: string } }>(
    '/v1/members/:memberId([^:]+)::personalData',
    { config: { scope: 'members:read' } },
    async (request): Promise<MemberPersonalData> => {
      const org = request.auth.organizationId;
      // One transaction: a consistent snapshot, and the `access` audit entry exists iff it was served.
      return db.transaction().execute(async (trx) => {
        const member = await findOwnMember(trx, org, request.params.memberId);
        const answer: MemberPersonalData = {
          generatedAt: nowIso(),
          member,
          consents: await allConsentsOf(trx, org, member.id),
          groupIds: await groupIdsOfMember(trx, org, member.id),
          enrollments: await listEnrollments(trx, org, null, { memberId: member.id }),
          bookings: await recordSet(trx, 'bookings', org, member.id),
          participation: await recordSet(trx, 'participation', org, member.id),
          healthMeasurements: await recordSet(trx, 'healthMeasurements', org, member.id),
          feedback: await recordSet(trx, 'feedback', org, member.id),
        };
        await recordAudit(trx, [
          {
            organizationId: org,
            actor: request.auth.tokenId,
            action: 'access',
            partnerId: null,
            memberCount: 1,
            detail: { memberId: member.id },
          },
        ]);
        return answer;
      });
    },
  );
}
