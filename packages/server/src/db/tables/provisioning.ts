/**
 * Tables of the provisioning feature: Programs, staff (zones and outlets live in db/schema.ts).
 * The columns listed first are the ones other features read; the feature that owns the file adds the rest.
 * Portable types only (see db/schema.ts).
 */
export interface ProgramsTable {
  organization_id: string;
  id: string;
  code: string;
  title: string;
  kind: string;
  category: string;
  /** JSON array of age groups. */
  age_groups: string;
  intensity: string;
  theme: string | null;
  description: string | null;
  default_duration_minutes: number | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface StaffTable {
  organization_id: string;
  id: string;
  external_id: string;
  name: string;
  role: string;
  /** JSON array. */
  certifications: string;
  /** JSON array of outlet ids. */
  outlet_ids: string;
  phone: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface ProvisioningTables {
  programs: ProgramsTable;
  staff: StaffTable;
}
