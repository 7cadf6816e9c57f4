import { ApiTokenCreateSchema } from '@sporthub/schemas';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { recordAudit } from '../../audit/record.js';
import type { Db } from '../../db/dialect.js';
import { isPostgres } from '../../db/dialect.js';
import { pageQueryShape, pageRequest, toPage } from '../../http/pagination.js';
import { notFound, validationFailed } from '../../http/problem.js';
import { parseBody, parseQuery } from '../../http/validate.js';
import { isId } from '../../ids.js';
import { createToken } from '../../tenancy/tokens.js';
import { nowIso } from '../../time.js';
import { toApiToken } from './model.js';

const ListQuerySchema = z.object({ ...pageQueryShape });

/** Identity and API tokens: `openapi/paths/tokens.yaml`. Token management needs `admin`. */
export async function tokenRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  // Any valid token may ask who it is: the CLI's `whoami` and `login` check a token this way.
  app.get('/v1/me', { config: { authenticated: true } }, async (request) => {
    const { organizationId, tokenId } = request.auth;
    const organization = await db
      .selectFrom('organizations')
      .select(['id', 'name'])
      .where('id', '=', organizationId)
      .executeTakeFirstOrThrow();
    const token = toApiToken(await findTokenRow(db, organizationId, tokenId));
    return {
      organization,
      token: {
        id: token.id,
        name: token.name,
        prefix: token.prefix,
        scopes: token.scopes,
        expiresAt: token.expiresAt,
      },
    };
  });

  app.get('/v1/tokens', { config: { scope: 'admin' } }, async (request) => {
    const page = pageRequest(parseQuery(ListQuerySchema, request.query));
    let query = db
      .selectFrom('api_tokens')
      .selectAll()
      .where('organization_id', '=', request.auth.organizationId);
    if (page.afterId !== undefined) query = query.where('id', '>', page.afterId);
    const rows = await query
      .orderBy('id')
      .limit(page.limit + 1)
      .execute();
    return toPage(rows.map(toApiToken), page.limit);
  });

  app.post('/v1/tokens', { config: { scope: 'admin' } }, async (request, reply) => {
    const input = parseBody(ApiTokenCreateSchema, request.body);
    if (input.expiresAt !== undefined && Date.parse(input.expiresAt) <= Date.now()) {
      throw validationFailed([{ path: '/expiresAt', code: 'too_small', message: 'must be in the future' }]);
    }
    const { organizationId, tokenId: actor } = request.auth;
    const created = await db.transaction().execute(async (trx) => {
      const { id, token } = await createToken(trx, {
        organizationId,
        name: input.name,
        scopes: input.scopes,
        expiresAt: input.expiresAt,
      });
      await recordAudit(trx, [
        {
          organizationId,
          actor,
          action: 'token_change',
          memberCount: 0,
          detail: { change: 'created', tokenId: id, name: input.name, scopes: input.scopes },
        },
      ]);
      return { ...toApiToken(await findTokenRow(trx, organizationId, id)), token };
    });
    return reply.code(201).send(created);
  });

  // `::` is a literal colon; the regex keeps the id from swallowing `:revoke` (find-my-way).
  app.post<{ Params: { tokenId: string } }>(
    '/v1/tokens/:tokenId(^[^:]+)::revoke',
    { config: { scope: 'admin' } },
    async (request) => {
      const { organizationId, tokenId: actor } = request.auth;
      const { tokenId } = request.params;
      if (!isId('tok', tokenId)) throw notFound('token');
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('api_tokens')
          .selectAll()
          .where('organization_id', '=', organizationId)
          .where('id', '=', tokenId)
          .$if(isPostgres(trx), (q) => q.forUpdate())
          .executeTakeFirst();
        if (!row) throw notFound('token');
        // Revoking twice is not an error: the record answers unchanged (contract).
        if (row.revoked_at !== null) return toApiToken(row);
        const revokedAt = nowIso();
        await trx
          .updateTable('api_tokens')
          .set({ revoked_at: revokedAt })
          .where('organization_id', '=', organizationId)
          .where('id', '=', tokenId)
          .execute();
        await recordAudit(trx, [
          {
            organizationId,
            actor,
            action: 'token_change',
            memberCount: 0,
            detail: { change: 'revoked', tokenId, name: row.name },
          },
        ]);
        return toApiToken({ ...row, revoked_at: revokedAt });
      });
    },
  );
}

async function findTokenRow(db: Db, organizationId: string, id: string) {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}
