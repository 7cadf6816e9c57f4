/**
 * Tables of the scheduling feature: Sessions and bookings.
 * The columns listed first are the ones other features read; the feature that owns the file adds the rest.
 * Portable types only (see db/schema.ts).
 */
export interface SessionsTable {
  organization_id: string;
  id: string;
  external_id: string | null;
  outlet_id: string;
  zone_id: string | null;
  program_id: string;
  coach_id: string | null;
  title: string | null;
  starts_at: string;
  ends_at: string;
  capacity: number;
  waitlist_capacity: number;
  /** scheduled | cancelled | completed */
  status: string;
  series_key: string | null;
  /** Bookings holding a place (booked, attended, no_show); kept in step under the session's row lock. */
  booked_count: number;
  /** Bookings on the waitlist. */
  waitlisted_count: number;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface BookingsTable {
  organization_id: string;
  id: string;
  session_id: string;
  member_id: string;
  /** booked | waitlisted | cancelled | attended | no_show */
  status: string;
  position: number | null;
  cancelled_at: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface SchedulingTables {
  sessions: SessionsTable;
  bookings: BookingsTable;
}
