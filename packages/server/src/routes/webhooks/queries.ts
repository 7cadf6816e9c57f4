import type { WebhookDeliveryStatus, WebhookEndpointStatus } from '@sporthub/schemas';
import { type Db, isPostgres } from '../../db/dialect.js';
import type { PageRequest } from '../../http/pagination.js';
import { notFound } from '../../http/problem.js';
import { isId } from '../../ids.js';
import { type DeliveryRow, type EndpointRow, toDelivery, toEndpoint } from '../../webhooks/model.js';

export interface EndpointFilter {
  partnerId?: string | undefined;
  status?: WebhookEndpointStatus | undefined;
}

export async function listEndpoints(
  db: Db,
  organizationId: string,
  page: PageRequest,
  filter: EndpointFilter,
) {
  let query = db.selectFrom('webhook_endpoints').selectAll().where('organization_id', '=', organizationId);
  if (page.afterId !== undefined) query = query.where('id', '>', page.afterId);
  if (filter.partnerId !== undefined) query = query.where('partner_id', '=', filter.partnerId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toEndpoint);
}

/** The endpoint row of this organization, or 404 for malformed, unknown and other tenants' ids alike. */
export async function findOwnEndpoint(
  db: Db,
  org: string,
  id: string,
  forUpdate = false,
): Promise<EndpointRow> {
  const row = isId('whe', id)
    ? await db
        .selectFrom('webhook_endpoints')
        .selectAll()
        .where('organization_id', '=', org)
        .where('id', '=', id)
        .$if(forUpdate && isPostgres(db), (q) => q.forUpdate())
        .executeTakeFirst()
    : undefined;
  if (!row) throw notFound('webhook endpoint');
  return row;
}

export async function findOwnDelivery(db: Db, org: string, id: string): Promise<DeliveryRow> {
  const row = isId('whd', id)
    ? await db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('organization_id', '=', org)
        .where('id', '=', id)
        .executeTakeFirst()
    : undefined;
  if (!row) throw notFound('webhook delivery');
  return row;
}

export async function saveEndpoint(trx: Db, row: EndpointRow, created: boolean): Promise<void> {
  if (created) {
    await trx.insertInto('webhook_endpoints').values(row).execute();
    return;
  }
  const { organization_id, id, created_at: _c, ...fields } = row;
  await trx
    .updateTable('webhook_endpoints')
    .set(fields)
    .where('organization_id', '=', organization_id)
    .where('id', '=', id)
    .execute();
}

/** Deletes an endpoint with its queued attempts and delivery history. */
export async function deleteEndpoint(trx: Db, org: string, id: string): Promise<void> {
  await trx
    .deleteFrom('webhook_outbox')
    .where('organization_id', '=', org)
    .where('endpoint_id', '=', id)
    .execute();
  await trx
    .deleteFrom('webhook_deliveries')
    .where('organization_id', '=', org)
    .where('endpoint_id', '=', id)
    .execute();
  await trx.deleteFrom('webhook_endpoints').where('organization_id', '=', org).where('id', '=', id).execute();
}

export interface DeliveryFilter {
  status?: WebhookDeliveryStatus | undefined;
  eventId?: string | undefined;
}

/** Deliveries of an endpoint, newest first: the keyset runs downwards from the cursor. */
export async function listDeliveries(
  db: Db,
  org: string,
  endpointId: string,
  page: PageRequest,
  filter: DeliveryFilter,
) {
  let query = db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('organization_id', '=', org)
    .where('endpoint_id', '=', endpointId);
  if (page.afterId !== undefined) query = query.where('id', '<', page.afterId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  if (filter.eventId !== undefined) query = query.where('event_id', '=', filter.eventId);
  const rows = await query
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toDelivery);
}

/** The next attempt number of an event to an endpoint (retries and redeliveries count up). */
export async function nextAttempt(db: Db, org: string, endpointId: string, eventId: string): Promise<number> {
  const row = await db
    .selectFrom('webhook_deliveries')
    .select((eb) => eb.fn.max('attempt').as('attempt'))
    .where('organization_id', '=', org)
    .where('endpoint_id', '=', endpointId)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  return Number(row?.attempt ?? 0) + 1;
}
