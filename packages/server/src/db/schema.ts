import type { ParticipationTables } from './tables/participation.js';
import type { PartnerTables } from './tables/partners.js';
import type { PeopleTables } from './tables/people.js';
import type { ProvisioningTables } from './tables/provisioning.js';
import type { SchedulingTables } from './tables/scheduling.js';

/**
 * Kysely table types. Portable column types only, identical on SQLite and PostgreSQL:
 * ids and timestamps are text (RFC 3339, UTC), revisions and sequence numbers are integers,
 * JSON is text. Every table but `organizations` carries `organization_id` (SPEC §8).
 */
export interface OrganizationsTable {
  id: string;
  name: string;
  created_at: string;
}

export interface ApiTokensTable {
  organization_id: string;
  id: string;
  name: string;
  /** The first characters of the token, kept to recognize it in lists. */
  prefix: string;
  /** SHA-256 hex of the token; the token itself is never stored. */
  token_hash: string;
  /** JSON array of scopes. */
  scopes: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface IdempotencyKeysTable {
  organization_id: string;
  method: string;
  path: string;
  key: string;
  request_hash: string;
  /** Null while the first request runs. */
  status_code: number | null;
  /** JSON object of the replayed headers. */
  response_headers: string | null;
  response_body: string | null;
  created_at: string;
  expires_at: string;
}

export interface EventsTable {
  organization_id: string;
  /** Position in the organization's change feed; assigned under a lock, so it follows commit order. */
  seq: number;
  id: string;
  type: string;
  occurred_at: string;
  /** JSON: the resource as the API returns it. */
  data: string;
}

export interface OutletsTable {
  organization_id: string;
  id: string;
  code: string;
  name: string;
  status: string;
  timezone: string;
  /** Copied from `address.district` so lists and reports can filter by it. */
  district: string | null;
  address: string | null;
  geo: string | null;
  services: string;
  opening_hours: string;
  partner_ids: string;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface ZonesTable {
  organization_id: string;
  id: string;
  outlet_id: string;
  code: string;
  name: string;
  kind: string;
  capacity: number | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

/** The whole database: the core tables here, each feature's in `db/tables/<feature>.ts`. */
export interface DB
  extends ProvisioningTables,
    SchedulingTables,
    PeopleTables,
    ParticipationTables,
    PartnerTables {
  organizations: OrganizationsTable;
  api_tokens: ApiTokensTable;
  idempotency_keys: IdempotencyKeysTable;
  events: EventsTable;
  outlets: OutletsTable;
  zones: ZonesTable;
}
