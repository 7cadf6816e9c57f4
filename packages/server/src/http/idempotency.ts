import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/dialect.js';
import { addMs, nowIso } from '../time.js';
import { HttpProblem } from './problem.js';

const TTL_MS = 24 * 60 * 60 * 1000;
/**
 * How long a claim whose request has not answered yet holds its key. A process killed mid-request
 * (crash, OOM, SIGKILL) never stores or frees its claim; without a lease the key would answer 409
 * `idempotency_key_in_use` for the whole TTL and the client's retry — a resumed import re-sending a
 * batch with its journaled key — could never get through. Batch writes answer in well under a second,
 * so a claim this old belongs to a request that is gone; a retry then takes the key over.
 */
const CLAIM_LEASE_MS = 10_000;
/** Headers a replay repeats besides the body. */
const REPLAYED_HEADERS = ['content-type', 'etag', 'location'];

interface Claim {
  organization_id: string;
  method: string;
  path: string;
  key: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyClaim: Claim | null;
  }
}

/**
 * What "the same request" means for a key: the query (`?mode=partial`; the path is part of the key) and
 * the body byte for byte, as received. Clients resend the same bytes when they retry (the SDK
 * serializes a body once per call, the CLI's resumed import re-sends its spooled batches).
 */
function requestHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(request.url)
    .update('\n')
    .update(request.rawBody ?? 'null')
    .digest('hex');
}

/** Claims `key` for this request, replays the stored response, or throws 409/422 (SPEC §4). */
async function claimOrReplay(db: Db, request: FastifyRequest, reply: FastifyReply, key: string) {
  const claim: Claim = {
    organization_id: request.auth.organizationId,
    method: request.method,
    path: request.url.split('?')[0] ?? request.url,
    key,
  };
  const hash = requestHash(request);
  const now = nowIso();
  const byClaim = db
    .deleteFrom('idempotency_keys')
    .where('organization_id', '=', claim.organization_id)
    .where('method', '=', claim.method)
    .where('path', '=', claim.path)
    .where('key', '=', claim.key);
  await byClaim.where('expires_at', '<=', now).execute();
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({ ...claim, request_hash: hash, created_at: now, expires_at: addMs(now, CLAIM_LEASE_MS) })
    .onConflict((oc) => oc.columns(['organization_id', 'method', 'path', 'key']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) {
    request.idempotencyClaim = claim;
    return;
  }
  const stored = await db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('organization_id', '=', claim.organization_id)
    .where('method', '=', claim.method)
    .where('path', '=', claim.path)
    .where('key', '=', claim.key)
    .executeTakeFirst();
  if (!stored)
    throw new HttpProblem(409, 'idempotency_key_in_use', 'Retry: this Idempotency-Key just expired.');
  if (stored.request_hash !== hash) {
    throw new HttpProblem(
      422,
      'idempotency_key_reused',
      'This Idempotency-Key was used with a different request; use a new key.',
    );
  }
  if (stored.status_code === null) {
    // Retry-After: when the claim's lease ends, so a retry lands after an abandoned claim expired.
    const leaseLeftMs = Math.max(0, Date.parse(stored.expires_at) - Date.now());
    throw new HttpProblem(
      409,
      'idempotency_key_in_use',
      'A request with this Idempotency-Key is still running.',
      undefined,
      undefined,
      { 'retry-after': String(Math.max(1, Math.ceil(leaseLeftMs / 1000))) },
    );
  }
  const headers = JSON.parse(stored.response_headers ?? '{}') as Record<string, string>;
  return reply
    .code(stored.status_code)
    .headers({ ...headers, 'idempotent-replayed': 'true' })
    .send(stored.response_body ?? '');
}

/** The stored row of a claim. */
function claimRow(db: Db, claim: Claim) {
  return db
    .updateTable('idempotency_keys')
    .where('organization_id', '=', claim.organization_id)
    .where('method', '=', claim.method)
    .where('path', '=', claim.path)
    .where('key', '=', claim.key);
}

/** Saves the answer a claim replays; the lease ends and the answer is kept for the TTL (SPEC §4: 24 h). */
async function saveReplay(
  db: Db,
  claim: Claim,
  statusCode: number,
  headers: Record<string, string>,
  body: string,
): Promise<void> {
  await claimRow(db, claim)
    .set({
      status_code: statusCode,
      response_headers: JSON.stringify(headers),
      response_body: body,
      expires_at: addMs(nowIso(), TTL_MS),
    })
    .execute();
}

/**
 * Saves a claimed request's answer inside the transaction that makes its changes, so both commit or
 * neither does. Stored after the commit instead (the `onSend` hook), a server killed in between leaves
 * the changes without their answer: the client's retry with the same key then runs the request again,
 * and a batch that created its rows reports them unchanged. Call `answeredWithin` after the commit.
 */
export async function saveReplayWithin(
  trx: Db,
  request: FastifyRequest,
  statusCode: number,
  contentType: string,
  body: string,
): Promise<void> {
  const claim = request.idempotencyClaim;
  if (claim) await saveReplay(trx, claim, statusCode, { 'content-type': contentType }, body);
}

/** After the transaction of `saveReplayWithin` committed: the answer is stored, `onSend` has nothing to do. */
export function answeredWithin(request: FastifyRequest): void {
  request.idempotencyClaim = null;
}

/** Stores the response of a claimed request, or frees the key after a server error. */
async function storeResponse(db: Db, request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  const claim = request.idempotencyClaim;
  if (!claim) return;
  request.idempotencyClaim = null;
  if (reply.statusCode >= 500 || typeof payload !== 'string') {
    // Not a result worth replaying: let the client retry with the same key.
    await db
      .deleteFrom('idempotency_keys')
      .where('organization_id', '=', claim.organization_id)
      .where('method', '=', claim.method)
      .where('path', '=', claim.path)
      .where('key', '=', claim.key)
      .execute();
    return;
  }
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = reply.getHeader(name);
    if (value !== undefined) headers[name] = String(value);
  }
  await saveReplay(db, claim, reply.statusCode, headers, payload);
}

/**
 * `Idempotency-Key` on POST and PATCH of authenticated routes, kept in a table so any instance
 * can replay what another one answered (SPEC §8).
 */
export function registerIdempotency(app: FastifyInstance, db: Db): void {
  app.decorateRequest('idempotencyClaim', null);
  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || (request.method !== 'POST' && request.method !== 'PATCH')) return;
    if (request.routeOptions.config.scope === undefined) return;
    if (key.length === 0 || key.length > 255) {
      throw new HttpProblem(422, 'validation_failed', 'Idempotency-Key must be 1–255 characters.', [
        { path: 'Idempotency-Key', code: 'too_big', message: 'must be 1–255 characters' },
      ]);
    }
    return claimOrReplay(db, request, reply, key);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    await storeResponse(db, request, reply, payload);
    return payload;
  });
}
