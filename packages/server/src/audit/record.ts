import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

/** One audit entry (SPEC §3 AuditEntry, §6.7: every share, export and erasure is recorded). */
export interface AuditInput {
  organizationId: string;
  /** The token id that acted. */
  actor: string;
  action:
    | 'share'
    | 'export'
    | 'import'
    | 'erase'
    | 'access'
    | 'consent_change'
    | 'agreement_change'
    | 'token_change';
  partnerId?: string | null;
  memberCount: number;
  detail: Record<string, unknown>;
}

/**
 * Writes audit entries in the caller's transaction, so an entry exists exactly when its action committed.
 * The partners feature owns the table (migration 0006) and fills this in.
 */
export async function recordAudit(_trx: Transaction<DB>, _entries: AuditInput[]): Promise<void> {}
