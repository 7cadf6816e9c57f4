import type { Db } from '../db/dialect.js';
import { insertMany } from '../db/insert-many.js';
import { newId } from '../ids.js';
import { nowIso } from '../time.js';
import { endpointWants } from './filters.js';
import type { DeliveryRow } from './model.js';

export interface QueuedEvent {
  id: string;
  type: string;
}

/**
 * The transactional outbox: for each event just recorded, one pending delivery (and its outbox row) per
 * enabled endpoint whose filters select it, written in the caller's transaction so a committed event
 * always has its deliveries and a rolled-back one never does. Endpoints are read from the database every
 * time: another process may have changed them a moment ago.
 */
export async function enqueueDeliveries(
  trx: Db,
  organizationId: string,
  events: readonly QueuedEvent[],
): Promise<void> {
  if (events.length === 0) return;
  const endpoints = await trx
    .selectFrom('webhook_endpoints')
    .select(['id', 'events'])
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'enabled')
    .execute();
  if (endpoints.length === 0) return;
  const now = nowIso();
  const deliveries: DeliveryRow[] = [];
  for (const endpoint of endpoints) {
    const filters = JSON.parse(endpoint.events) as string[];
    for (const event of events) {
      if (!endpointWants(filters, event.type)) continue;
      deliveries.push(pendingDelivery(organizationId, endpoint.id, event, 1, now, null));
    }
  }
  await insertQueued(trx, deliveries, false);
}

export function pendingDelivery(
  organizationId: string,
  endpointId: string,
  event: QueuedEvent,
  attempt: number,
  dueAt: string,
  payload: string | null,
): DeliveryRow {
  return {
    organization_id: organizationId,
    id: newId('whd'),
    endpoint_id: endpointId,
    event_id: event.id,
    event_type: event.type,
    attempt,
    status: 'pending',
    response_code: null,
    duration_ms: null,
    next_attempt_at: dueAt,
    payload,
    created_at: nowIso(),
  };
}

/** Writes pending deliveries and their outbox rows (multi-row statements). */
export async function insertQueued(
  trx: Db,
  deliveries: readonly DeliveryRow[],
  manual: boolean,
): Promise<void> {
  if (deliveries.length === 0) return;
  await insertMany(trx, 'webhook_deliveries', deliveries);
  await insertMany(
    trx,
    'webhook_outbox',
    deliveries.map((d) => ({
      organization_id: d.organization_id,
      delivery_id: d.id,
      endpoint_id: d.endpoint_id,
      due_at: d.next_attempt_at ?? d.created_at,
      manual: manual ? 1 : 0,
      claimed_by: null,
      claimed_until: null,
    })),
  );
}
