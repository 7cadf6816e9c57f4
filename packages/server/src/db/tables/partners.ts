/**
 * Tables of the partners feature: Partners, data-sharing agreements, webhooks, audit.
 * The columns listed first are the ones other features read; the feature that owns the file adds the rest.
 * Portable types only (see db/schema.ts): booleans are integers 0/1, JSON is text.
 */
export interface PartnersTable {
  organization_id: string;
  id: string;
  code: string;
  kind: string;
  name: string;
  created_at: string;
  updated_at: string;
  revision: number;
  /** JSON array of outlet ids. */
  outlet_ids: string;
  /** JSON array of {name, role, email, phone}. */
  contacts: string;
}

export interface DataSharingAgreementsTable {
  organization_id: string;
  id: string;
  partner_id: string;
  /** JSON array of DataSharingScope. */
  scopes: string;
  /** 0 or 1. */
  requires_consent: number;
  /** 0 or 1. */
  pseudonymize: number;
  /** JSON array of export columns, or null for all. */
  fields: string | null;
  /** YYYY-MM-DD, inclusive. */
  valid_from: string;
  /** YYYY-MM-DD, inclusive; null = open-ended. */
  valid_to: string | null;
  revoked_at: string | null;
  created_at: string;
}

export interface AuditEntriesTable {
  organization_id: string;
  id: string;
  at: string;
  /** Token id. */
  actor: string;
  action: string;
  partner_id: string | null;
  member_count: number;
  /** JSON object. */
  detail: string;
}

export interface WebhookEndpointsTable {
  organization_id: string;
  id: string;
  partner_id: string | null;
  url: string;
  /** JSON array of event filters (`outlet.created`, `booking.*`, `*`). */
  events: string;
  status: string;
  description: string | null;
  /**
   * The signing secret `whsec_…`. Stored as is: signing needs the key itself (a hash would not do);
   * it is never returned after creation or rotation.
   */
  secret: string;
  /** The secret before the last rotation, still signing until previous_secret_expires_at. */
  previous_secret: string | null;
  previous_secret_expires_at: string | null;
  /** When the current run of failed attempts began; null while the endpoint answers 2xx. */
  failing_since: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

/** Every attempt to deliver one event to one endpoint (pending ones are the queued attempts). */
export interface WebhookDeliveriesTable {
  organization_id: string;
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  attempt: number;
  /** pending | succeeded | failed */
  status: string;
  response_code: number | null;
  duration_ms: number | null;
  next_attempt_at: string | null;
  /** JSON body for events that are not in the change feed (`webhook.test`); null otherwise. */
  payload: string | null;
  created_at: string;
}

/**
 * The transactional outbox: one row per queued attempt, written in the same transaction as its event
 * and deleted when the attempt finishes. Kept apart from the delivery history so workers scan a small
 * table. `claimed_until` is a lease: a crashed worker's rows become claimable again when it passes.
 */
export interface WebhookOutboxTable {
  organization_id: string;
  delivery_id: string;
  endpoint_id: string;
  due_at: string;
  /** 1 for `:test` and `:redeliver`: sent even to a disabled endpoint and never retried. */
  manual: number;
  claimed_by: string | null;
  claimed_until: string | null;
}

export interface PartnerTables {
  partners: PartnersTable;
  data_sharing_agreements: DataSharingAgreementsTable;
  audit_entries: AuditEntriesTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_outbox: WebhookOutboxTable;
}
