import {
  WebhookEndpointCreateSchema,
  WebhookEndpointStatusSchema,
  WebhookEndpointUpdateSchema,
  type WebhookEndpointWithSecret,
} from '@sporthub/schemas';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/dialect.js';
import { assertRevision, ifMatchRevision, sendRecord } from '../../http/etag.js';
import { pageQueryShape, pageRequest, toPage } from '../../http/pagination.js';
import { validationFailed } from '../../http/problem.js';
import { parseBody, parseQuery } from '../../http/validate.js';
import { isId, newId } from '../../ids.js';
import { nowIso } from '../../time.js';
import { dropQueued } from '../../webhooks/attempt.js';
import { type EndpointRow, toEndpoint } from '../../webhooks/model.js';
import { generateSecret } from '../../webhooks/signer.js';
import { assertWebhookUrl } from '../../webhooks/url-guard.js';
import { deliveryRoutes } from './deliveries.js';
import { deleteEndpoint, findOwnEndpoint, listEndpoints, saveEndpoint } from './queries.js';

const ListQuerySchema = z.object({
  ...pageQueryShape,
  partnerId: z.string().optional(),
  status: WebhookEndpointStatusSchema.optional(),
});

/** A partner id must name a partner of this organization (422 otherwise, as the contract says). */
async function assertPartner(db: Db, org: string, partnerId: string | null | undefined): Promise<void> {
  if (partnerId === null || partnerId === undefined) return;
  const found =
    isId('prt', partnerId) &&
    (await db
      .selectFrom('partners')
      .select('id')
      .where('organization_id', '=', org)
      .where('id', '=', partnerId)
      .executeTakeFirst()) !== undefined;
  if (!found) {
    throw validationFailed([
      { path: '/partnerId', code: 'unknown_reference', message: `no partner ${partnerId}` },
    ]);
  }
}

/** Webhook endpoints: `openapi/paths/webhooks.yaml`. */
export async function webhookRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  app.get('/v1/webhook-endpoints', { config: { scope: 'webhooks:read' } }, async (request) => {
    const query = parseQuery(ListQuerySchema, request.query);
    const page = pageRequest(query);
    return toPage(await listEndpoints(db, request.auth.organizationId, page, query), page.limit);
  });

  app.post('/v1/webhook-endpoints', { config: { scope: 'webhooks:write' } }, async (request, reply) => {
    const input = parseBody(WebhookEndpointCreateSchema, request.body);
    const org = request.auth.organizationId;
    // DNS is resolved outside the transaction: no connection is held while waiting for it.
    await assertWebhookUrl(input.url, app.sandbox);
    const now = nowIso();
    const row: EndpointRow = {
      organization_id: org,
      id: newId('whe'),
      partner_id: input.partnerId ?? null,
      url: input.url,
      events: JSON.stringify(input.events),
      status: input.status ?? 'enabled',
      description: input.description ?? null,
      secret: generateSecret(),
      previous_secret: null,
      previous_secret_expires_at: null,
      failing_since: null,
      created_at: now,
      updated_at: now,
      revision: 1,
    };
    await db.transaction().execute(async (trx) => {
      await assertPartner(trx, org, row.partner_id);
      await saveEndpoint(trx, row, true);
    });
    const { secretPrefix, ...rest } = toEndpoint(row);
    const body: WebhookEndpointWithSecret = { ...rest, secretPrefix, secret: row.secret };
    return sendRecord(reply, 201, body);
  });

  app.get<{ Params: { endpointId: string } }>(
    '/v1/webhook-endpoints/:endpointId',
    { config: { scope: 'webhooks:read' } },
    async (request, reply) => {
      const row = await findOwnEndpoint(db, request.auth.organizationId, request.params.endpointId);
      return sendRecord(reply, 200, toEndpoint(row));
    },
  );

  app.patch<{ Params: { endpointId: string } }>(
    '/v1/webhook-endpoints/:endpointId',
    { config: { scope: 'webhooks:write' } },
    async (request, reply) => {
      const patch = parseBody(WebhookEndpointUpdateSchema, request.body);
      const expected = ifMatchRevision(request);
      const org = request.auth.organizationId;
      if (patch.url !== undefined) await assertWebhookUrl(patch.url, app.sandbox);
      const row = await db.transaction().execute(async (trx) => {
        const current = await findOwnEndpoint(trx, org, request.params.endpointId, true);
        assertRevision(current.revision, expected);
        await assertPartner(trx, org, patch.partnerId);
        const next: EndpointRow = {
          ...current,
          ...(patch.url !== undefined ? { url: patch.url } : {}),
          ...(patch.events !== undefined ? { events: JSON.stringify(patch.events) } : {}),
          ...(patch.partnerId !== undefined ? { partner_id: patch.partnerId } : {}),
          ...(patch.description !== undefined ? { description: patch.description } : {}),
          ...(patch.status !== undefined ? { status: patch.status } : {}),
        };
        const changed = (Object.keys(next) as (keyof EndpointRow)[]).some(
          (key) => next[key] !== current[key],
        );
        if (!changed) return current;
        const now = nowIso();
        // Re-enabling starts a fresh failure streak; disabling drops queued automatic attempts.
        if (next.status === 'enabled' && current.status !== 'enabled') next.failing_since = null;
        if (next.status === 'disabled' && current.status !== 'disabled')
          await dropQueued(trx, org, current.id, now);
        const saved = { ...next, updated_at: now, revision: current.revision + 1 };
        await saveEndpoint(trx, saved, false);
        return saved;
      });
      return sendRecord(reply, 200, toEndpoint(row));
    },
  );

  app.delete<{ Params: { endpointId: string } }>(
    '/v1/webhook-endpoints/:endpointId',
    { config: { scope: 'webhooks:write' } },
    async (request, reply) => {
      const expected = ifMatchRevision(request);
      const org = request.auth.organizationId;
      await db.transaction().execute(async (trx) => {
        const current = await findOwnEndpoint(trx, org, request.params.endpointId, true);
        assertRevision(current.revision, expected);
        await deleteEndpoint(trx, org, current.id);
      });
      return reply.code(204).send();
    },
  );

  await app.register(deliveryRoutes);
}
