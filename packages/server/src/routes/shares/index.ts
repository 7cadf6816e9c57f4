import { LocalDateSchema, PseudonymResolveSchema } from '@sporthub/schemas';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { recordAudit } from '../../audit/record.js';
import { pageQueryShape } from '../../http/pagination.js';
import { parseBody, parseQuery } from '../../http/validate.js';
import {
  HEALTH_SHARE,
  loadShareContext,
  PARTICIPATION_SHARE,
  type ShareKind,
} from '../participation/partner-share.js';
import { readAttendanceShare } from './attendance.js';
import { assertPartner, auditShareCall, parseAfter } from './context.js';
import { readHealthShare } from './health.js';
import { resolvePseudonyms } from './pseudonyms.js';
import { readStudentShare } from './students.js';

const FeedQuerySchema = z.object({ after: z.string().optional(), limit: pageQueryShape.limit });
const StudentQuerySchema = z.object({
  ...pageQueryShape,
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
});

type Params = { Params: { partnerId: string } };

/**
 * Partner shares (`openapi/paths/shares.yaml`): the server performs every share of personal data with a
 * partner — agreement in force, consent checked at the moment of the call, pseudonyms, one `share` audit
 * entry per call (SPEC §6.5–§6.7). The CLI's `sync clinic` and `sync school --export` call these.
 */
export async function shareRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  const feed = (
    path: string,
    kind: ShareKind,
    share: 'health_measurements' | 'referral_attendance',
    read: typeof readHealthShare | typeof readAttendanceShare,
  ) =>
    app.get<Params>(path, { config: { scope: 'participation:read' } }, async (request) => {
      const org = request.auth.organizationId;
      const { partnerId } = request.params;
      await assertPartner(db, org, partnerId);
      const query = parseQuery(FeedQuerySchema, request.query);
      const after = parseAfter(query.after);
      const context = await loadShareContext(db, org, partnerId, kind);
      const result = await read(db, org, context, after, query.limit);
      await auditShareCall(db, {
        org,
        actor: request.auth.tokenId,
        partnerId,
        purpose: kind.purpose,
        memberCount: result.members,
        detail: {
          share,
          count: result.page.data.length,
          after: query.after ?? null,
          nextCursor: result.page.nextCursor,
          withheld: result.page.withheld,
        },
      });
      return result.page;
    });

  feed(
    '/v1/partners/:partnerId/shares/health-measurements',
    HEALTH_SHARE,
    'health_measurements',
    readHealthShare,
  );
  feed(
    '/v1/partners/:partnerId/shares/referral-attendance',
    PARTICIPATION_SHARE,
    'referral_attendance',
    readAttendanceShare,
  );

  app.get<Params>(
    '/v1/partners/:partnerId/shares/student-participation',
    { config: { scope: 'participation:read' } },
    async (request) => {
      const org = request.auth.organizationId;
      const { partnerId } = request.params;
      await assertPartner(db, org, partnerId);
      const query = parseQuery(StudentQuerySchema, request.query);
      const context = await loadShareContext(db, org, partnerId, PARTICIPATION_SHARE);
      const result = await readStudentShare(db, org, context, query);
      await auditShareCall(db, {
        org,
        actor: request.auth.tokenId,
        partnerId,
        purpose: PARTICIPATION_SHARE.purpose,
        memberCount: result.members,
        detail: {
          share: 'student_participation',
          count: result.page.data.length,
          from: query.from ?? null,
          to: query.to ?? null,
          cursor: query.cursor ?? null,
          nextCursor: result.page.nextCursor,
          withheld: result.page.withheld,
        },
      });
      return result.page;
    },
  );

  app.post<Params>(
    '/v1/partners/:partnerId/pseudonyms::resolve',
    { config: { scope: 'members:read' } },
    async (request) => {
      const org = request.auth.organizationId;
      const { partnerId } = request.params;
      await assertPartner(db, org, partnerId);
      const body = parseBody(PseudonymResolveSchema, request.body);
      const data = await resolvePseudonyms(db, org, partnerId, body.pseudonyms);
      const matched = data.filter((m) => m.memberId !== null).length;
      // Re-identifying a pseudonym is access to personal data: recorded, counts only.
      await db.transaction().execute((trx) =>
        recordAudit(trx, [
          {
            organizationId: org,
            actor: request.auth.tokenId,
            action: 'access',
            partnerId,
            memberCount: matched,
            detail: { resolved: 'pseudonyms', requested: body.pseudonyms.length, matched },
          },
        ]),
      );
      return { data };
    },
  );
}
