import type { components } from '../generated/sporthub.js';
import { Paginator } from '../pagination.js';
import type { RequestOptions } from '../transport/types.js';
import { type ListParams, Resource } from './resource.js';

/**
 * One audited action (a share with a partner, an export, an erasure…).
 *
 * @example
 * ```ts
 * import type { AuditEntry } from '@sporthub/sdk';
 * const line = (a: AuditEntry) => `${a.at} ${a.action} by ${a.actor}`;
 * ```
 */
export type AuditEntry = components['schemas']['AuditEntry'];

/**
 * Filters of `hub.audit.list()`.
 *
 * @example
 * ```ts
 * import type { ListAuditParams } from '@sporthub/sdk';
 * const params: ListAuditParams = { action: 'share', from: '2026-09-01' };
 * ```
 */
export type ListAuditParams = ListParams<'listAudit'>;

/**
 * `hub.audit`: the audit log (SPEC §6.7: every share is recorded).
 *
 * @example
 * ```ts
 * for await (const entry of hub.audit.list({ action: 'export' })) console.log(entry.at, entry.detail);
 * ```
 */
export class AuditLog extends Resource {
  /**
   * Lists audit entries lazily.
   *
   * @example
   * ```ts
   * const shares = await hub.audit.list({ action: 'share', partnerId }).toArray({ max: 1000 });
   * ```
   */
  list(params?: ListAuditParams, options?: RequestOptions): Paginator<AuditEntry> {
    return new Paginator<AuditEntry>(
      (cursor, opts) =>
        this.hub.request('GET', '/v1/audit', { ...opts, params: { query: { ...params, cursor } } }),
      options,
    );
  }
}
