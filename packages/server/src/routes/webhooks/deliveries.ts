import { WebhookDeliveryStatusSchema, type WebhookSecretRotation } from '@sporthub/schemas';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageQueryShape, pageRequest, toPage } from '../../http/pagination.js';
import { parseQuery } from '../../http/validate.js';
import { newId } from '../../ids.js';
import { addMs, nowIso } from '../../time.js';
import { insertQueued, pendingDelivery } from '../../webhooks/enqueue.js';
import { toDelivery } from '../../webhooks/model.js';
import { generateSecret, secretPrefixOf } from '../../webhooks/signer.js';
import { findOwnDelivery, findOwnEndpoint, listDeliveries, nextAttempt, saveEndpoint } from './queries.js';

const ListQuerySchema = z.object({
  ...pageQueryShape,
  status: WebhookDeliveryStatusSchema.optional(),
  eventId: z.string().optional(),
});

/** The previous secret keeps signing this long after a rotation. */
const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

type EndpointParams = { Params: { endpointId: string } };

// `:id(^[^:/]+)::verb`: the pattern ends the parameter at the colon, then `::` is a literal `:` (a plain
// `:id::verb` would be one parameter named `id::verb`, matching every verb).

/** Deliveries, `:test`, `:rotateSecret` and `:redeliver` (openapi/paths/webhooks.yaml). */
export async function deliveryRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  app.get<EndpointParams>(
    '/v1/webhook-endpoints/:endpointId/deliveries',
    { config: { scope: 'webhooks:read' } },
    async (request) => {
      const query = parseQuery(ListQuerySchema, request.query);
      const org = request.auth.organizationId;
      const endpoint = await findOwnEndpoint(db, org, request.params.endpointId);
      const page = pageRequest(query);
      return toPage(await listDeliveries(db, org, endpoint.id, page, query), page.limit);
    },
  );

  app.post<EndpointParams>(
    '/v1/webhook-endpoints/:endpointId(^[^:/]+)::test',
    { config: { scope: 'webhooks:write' } },
    async (request, reply) => {
      const org = request.auth.organizationId;
      const delivery = await db.transaction().execute(async (trx) => {
        const endpoint = await findOwnEndpoint(trx, org, request.params.endpointId);
        const now = nowIso();
        const event = { id: newId('evt'), type: 'webhook.test' };
        // Not in the change feed: the payload travels with the delivery.
        const payload = JSON.stringify({ ...event, occurredAt: now, data: { endpointId: endpoint.id } });
        const queued = pendingDelivery(org, endpoint.id, event, 1, now, payload);
        await insertQueued(trx, [queued], true);
        return queued;
      });
      return reply.code(202).send(toDelivery(delivery));
    },
  );

  app.post<EndpointParams>(
    '/v1/webhook-endpoints/:endpointId(^[^:/]+)::rotateSecret',
    { config: { scope: 'webhooks:write' } },
    async (request) => {
      const org = request.auth.organizationId;
      return db.transaction().execute(async (trx): Promise<WebhookSecretRotation> => {
        const current = await findOwnEndpoint(trx, org, request.params.endpointId, true);
        const now = nowIso();
        // The secret in use becomes the previous one; one rotated before it (if any) stops signing now.
        const next = {
          ...current,
          secret: generateSecret(),
          previous_secret: current.secret,
          previous_secret_expires_at: addMs(now, ROTATION_OVERLAP_MS),
          updated_at: now,
          revision: current.revision + 1,
        };
        await saveEndpoint(trx, next, false);
        return {
          endpointId: current.id,
          secret: next.secret,
          secretPrefix: secretPrefixOf(next.secret),
          previousSecretExpiresAt: next.previous_secret_expires_at,
        };
      });
    },
  );

  app.post<{ Params: { deliveryId: string } }>(
    '/v1/webhook-deliveries/:deliveryId(^[^:/]+)::redeliver',
    { config: { scope: 'webhooks:write' } },
    async (request, reply) => {
      const org = request.auth.organizationId;
      const delivery = await db.transaction().execute(async (trx) => {
        const original = await findOwnDelivery(trx, org, request.params.deliveryId);
        const endpoint = await findOwnEndpoint(trx, org, original.endpoint_id, true);
        const attempt = await nextAttempt(trx, org, endpoint.id, original.event_id);
        const event = { id: original.event_id, type: original.event_type };
        const queued = pendingDelivery(org, endpoint.id, event, attempt, nowIso(), original.payload);
        await insertQueued(trx, [queued], true);
        return queued;
      });
      return reply.code(202).send(toDelivery(delivery));
    },
  );
}
