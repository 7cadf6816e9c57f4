/**
 * Tables of the people feature: Members, consents, groups, enrollments.
 * The columns listed first are the ones other features read; the feature that owns the file adds the rest.
 * Portable types only (see db/schema.ts).
 */
export interface MembersTable {
  organization_id: string;
  id: string;
  external_id: string | null;
  display_name: string;
  birth_year: number | null;
  school_grade: number | null;
  /** Derived at write time (and frozen at erasure); null when unknown. */
  age_group: string | null;
  gender: string | null;
  phone: string | null;
  /** JSON {name, phone} or null. */
  guardian: string | null;
  erased_at: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface ConsentsTable {
  organization_id: string;
  id: string;
  member_id: string;
  /** Null: the platform itself. */
  partner_id: string | null;
  purpose: string;
  granted_by: string;
  granted_at: string;
  revoked_at: string | null;
}

export interface PeopleTables {
  members: MembersTable;
  consents: ConsentsTable;
}
