import type { AuditEntry } from '@sporthub/schemas';
import type { Selectable, Transaction } from 'kysely';
import type { Db } from '../db/dialect.js';
import { insertMany } from '../db/insert-many.js';
import type { DB } from '../db/schema.js';
import type { AuditEntriesTable } from '../db/tables/partners.js';
import type { PageRequest } from '../http/pagination.js';
import { newId } from '../ids.js';
import { nowIso } from '../time.js';

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
 * All entries go in multi-row INSERTs.
 */
export async function recordAudit(trx: Transaction<DB>, entries: AuditInput[]): Promise<void> {
  if (entries.length === 0) return;
  const at = nowIso();
  await insertMany(
    trx,
    'audit_entries',
    entries.map((entry) => ({
      organization_id: entry.organizationId,
      id: newId('aud'),
      at,
      actor: entry.actor,
      action: entry.action,
      partner_id: entry.partnerId ?? null,
      member_count: entry.memberCount,
      detail: JSON.stringify(entry.detail),
    })),
  );
}

export interface AuditFilter {
  action?: string | undefined;
  partnerId?: string | undefined;
  /** Inclusive RFC 3339 instant. */
  from?: string | undefined;
  /** Exclusive RFC 3339 instant. */
  to?: string | undefined;
}

export function toAuditEntry(row: Selectable<AuditEntriesTable>): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action as AuditEntry['action'],
    partnerId: row.partner_id,
    memberCount: row.member_count,
    detail: JSON.parse(row.detail),
  };
}

/** One page (plus one row) of audit entries in id order. */
export async function listAudit(
  db: Db,
  organizationId: string,
  page: PageRequest,
  filter: AuditFilter,
): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_entries').selectAll().where('organization_id', '=', organizationId);
  if (page.afterId !== undefined) query = query.where('id', '>', page.afterId);
  if (filter.action !== undefined) query = query.where('action', '=', filter.action);
  if (filter.partnerId !== undefined) query = query.where('partner_id', '=', filter.partnerId);
  // Stored instants are UTC `…Z`; normalise the bounds the same way so text comparison is time order.
  if (filter.from !== undefined) query = query.where('at', '>=', new Date(filter.from).toISOString());
  if (filter.to !== undefined) query = query.where('at', '<', new Date(filter.to).toISOString());
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toAuditEntry);
}
