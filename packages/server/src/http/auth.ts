import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/dialect.js';
import { grants, type Scope } from '../tenancy/scopes.js';
import { hashToken, TOKEN_PATTERN } from '../tenancy/tokens.js';
import { addMs, nowIso } from '../time.js';
import { HttpProblem } from './problem.js';

/** Who is calling: set on every route that declares `config.scope`. */
export interface AuthContext {
  organizationId: string;
  tokenId: string;
  scopes: string[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The scope this route needs. Routes without one (health, contract) are public. */
    scope?: Scope;
    /** Any valid token, whatever its scopes (`GET /v1/me`); ignored when `scope` is set. */
    authenticated?: boolean;
  }
  interface FastifyRequest {
    auth: AuthContext;
  }
}

const LAST_USED_GRANULARITY_MS = 60_000;

const unauthorized = (detail: string) =>
  new HttpProblem(401, 'unauthorized', detail, undefined, undefined, { 'www-authenticate': 'Bearer' });

/** Resolves a bearer token to its organization and scopes, or throws 401. */
export async function authenticate(db: Db, header: string | undefined): Promise<AuthContext> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  if (!token) throw unauthorized('Send Authorization: Bearer <token>.');
  if (!TOKEN_PATTERN.test(token))
    throw unauthorized('The bearer token is missing, unknown, expired or revoked.');
  const hash = hashToken(token);
  const row = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst();
  const now = nowIso();
  // The lookup is by hash already; the constant-time compare guards against a future index change.
  const matches = row !== undefined && timingSafeEqual(Buffer.from(row.token_hash), Buffer.from(hash));
  if (!row || !matches || row.revoked_at !== null || (row.expires_at !== null && row.expires_at <= now)) {
    throw unauthorized('The bearer token is missing, unknown, expired or revoked.');
  }
  if (row.last_used_at === null || addMs(row.last_used_at, LAST_USED_GRANULARITY_MS) <= now) {
    // At most one write a minute per token; on a busy SQLite file the write may wait, so it is not awaited.
    void db
      .updateTable('api_tokens')
      .set({ last_used_at: now })
      .where('organization_id', '=', row.organization_id)
      .where('id', '=', row.id)
      .execute()
      .catch(() => undefined);
  }
  return { organizationId: row.organization_id, tokenId: row.id, scopes: JSON.parse(row.scopes) as string[] };
}

export function requireScope(request: FastifyRequest, scope: Scope): void {
  if (!grants(request.auth.scopes, scope)) {
    throw new HttpProblem(403, 'forbidden', `This operation needs the scope ${scope}.`);
  }
}

/** Authenticates every route that declares `config.scope`, before its body is read. */
export function registerAuth(app: FastifyInstance, db: Db): void {
  app.decorateRequest('auth', null as unknown as AuthContext);
  app.addHook('onRequest', async (request) => {
    const { scope, authenticated } = request.routeOptions.config;
    if (scope === undefined && authenticated !== true) return;
    request.auth = await authenticate(db, request.headers.authorization);
    if (scope !== undefined) requireScope(request, scope);
  });
}
