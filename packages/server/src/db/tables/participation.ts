/**
 * Tables of the participation feature: Participation, health measurements, feedback.
 * The columns listed first are the ones other features read; the feature that owns the file adds the rest.
 * Portable types only (see db/schema.ts).
 */
export interface ParticipationTable {
  organization_id: string;
  id: string;
  external_id: string | null;
  session_id: string;
  member_id: string;
  outlet_id: string;
  checked_in_at: string;
  duration_minutes: number | null;
  source: string;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface ParticipationTables {
  participation: ParticipationTable;
}
