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
  /** `checked_in_at` as a `YYYY-MM-DD` date in the outlet's time zone (the `from`/`to` filters). */
  local_date: string;
  /**
   * The change-feed `seq` of the record's latest event (`participation.recorded|updated`). Assigned under
   * the feed's per-organization lock, so it follows commit order: the export watermark compares with it.
   */
  change_seq: number;
}

export interface HealthMeasurementsTable {
  organization_id: string;
  id: string;
  member_id: string;
  outlet_id: string;
  type: string;
  /** JSON: a number, or `{systolic, diastolic}` for blood pressure. */
  value: string;
  unit: string;
  measured_at: string;
  /** `measured_at` as a date in the outlet's time zone. */
  local_date: string;
  source: string;
  created_at: string;
  /** The change-feed `seq` of the measurement's `created` event (commit order; partner share cursors). */
  change_seq: number;
}

export interface FeedbackTable {
  organization_id: string;
  id: string;
  session_id: string | null;
  outlet_id: string;
  member_id: string | null;
  rating: number;
  nps: number | null;
  comment: string | null;
  created_at: string;
}

/** One secret per organization for partner pseudonyms (HMAC key); made on first use, never returned. */
export interface PseudonymKeysTable {
  organization_id: string;
  secret: string;
  created_at: string;
}

export interface ParticipationTables {
  participation: ParticipationTable;
  health_measurements: HealthMeasurementsTable;
  feedback: FeedbackTable;
  pseudonym_keys: PseudonymKeysTable;
}
