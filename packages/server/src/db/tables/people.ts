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
  /**
   * SHA-256 of the external id an erased member had (see members/erase.ts), so an import cannot
   * silently re-create the person; null while not erased.
   */
  erased_key_hash: string | null;
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

export interface GroupsTable {
  organization_id: string;
  id: string;
  code: string;
  name: string;
  kind: string;
  partner_id: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

/** Membership of a member in a group (the group's `memberIds`). */
export interface GroupMembersTable {
  organization_id: string;
  group_id: string;
  member_id: string;
}

export interface EnrollmentsTable {
  organization_id: string;
  id: string;
  member_id: string;
  program_id: string;
  group_id: string | null;
  /** referral | school | self */
  source: string;
  /** Unique per (organization, source) when set. */
  reference_id: string | null;
  /** active | completed | cancelled */
  status: string;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface PeopleTables {
  members: MembersTable;
  consents: ConsentsTable;
  groups: GroupsTable;
  group_members: GroupMembersTable;
  enrollments: EnrollmentsTable;
}
