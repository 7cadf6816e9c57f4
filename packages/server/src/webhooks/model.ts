import type { WebhookDelivery, WebhookEndpoint } from '@sporthub/schemas';
import type { Selectable } from 'kysely';
import type { WebhookDeliveriesTable, WebhookEndpointsTable } from '../db/tables/partners.js';
import { secretPrefixOf } from './signer.js';

export type EndpointRow = Selectable<WebhookEndpointsTable>;
export type DeliveryRow = Selectable<WebhookDeliveriesTable>;

/** Row → API shape (never with the secret). */
export function toEndpoint(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    partnerId: row.partner_id,
    url: row.url,
    events: JSON.parse(row.events),
    status: row.status as WebhookEndpoint['status'],
    description: row.description,
    secretPrefix: secretPrefixOf(row.secret),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

export function toDelivery(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    endpointId: row.endpoint_id,
    eventId: row.event_id,
    eventType: row.event_type as WebhookDelivery['eventType'],
    attempt: row.attempt,
    status: row.status as WebhookDelivery['status'],
    responseCode: row.response_code,
    durationMs: row.duration_ms,
    nextAttemptAt: row.next_attempt_at,
    createdAt: row.created_at,
  };
}

/** The secrets that sign a delivery now: the current one, and the previous one during its 24 h. */
export function signingSecrets(row: EndpointRow, now: string): string[] {
  const previous =
    row.previous_secret !== null &&
    row.previous_secret_expires_at !== null &&
    row.previous_secret_expires_at > now
      ? [row.previous_secret]
      : [];
  return [row.secret, ...previous];
}
