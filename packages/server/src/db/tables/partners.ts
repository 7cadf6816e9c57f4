/**
 * Tables of the partners feature: Partners, data-sharing agreements, webhooks, audit.
 * The columns listed first are the ones other features read; the feature that owns the file adds the rest.
 * Portable types only (see db/schema.ts).
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

export interface PartnerTables {
  partners: PartnersTable;
  audit_entries: AuditEntriesTable;
}
