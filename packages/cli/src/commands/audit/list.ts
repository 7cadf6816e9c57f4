import { Flags } from '@oclif/core';
import type { AuditEntry } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import { AUDIT_COLUMNS } from '../../integrations/columns.js';
import { pageFlags, readPage } from '../../integrations/paging.js';

const ACTIONS = [
  'share',
  'export',
  'import',
  'erase',
  'access',
  'consent_change',
  'agreement_change',
  'token_change',
] as const;

export default class AuditList extends SporthubCommand<typeof AuditList> {
  static override summary = 'List the audit log: shares, exports, erasures, consent and agreement changes.';
  static override description =
    'Entries oldest first (ordered by id). --from/--to take RFC 3339 times. Needs audit:read. With --json, result is {data, nextCursor}.';
  static override examples = [
    '<%= config.bin %> audit list --action export --partner XH-CHC-01',
    '<%= config.bin %> audit list --from 2026-09-01T00:00:00+08:00 --all -o csv',
  ];
  static override flags = {
    action: Flags.option({ options: ACTIONS, description: 'Only entries of this action.' })(),
    partner: Flags.string({ description: 'Only entries about this partner (code or id).' }),
    from: Flags.string({ description: 'Entries at or after this time (RFC 3339 with offset).' }),
    to: Flags.string({ description: 'Entries before this time (RFC 3339 with offset).' }),
    ...pageFlags('entries'),
  };

  async run(): Promise<{ data: AuditEntry[]; nextCursor: string | null }> {
    const hub = await this.client();
    const { action, from, to, limit, all, cursor } = this.flags;
    let partnerId: string | undefined;
    if (this.flags.partner) {
      const { resolvePartner } = await import('../../integrations/partner-ref.js');
      partnerId = (await resolvePartner(hub, this.flags.partner)).id;
    }
    const params = {
      limit,
      ...(action && { action }),
      ...(partnerId && { partnerId }),
      ...(from && { from }),
      ...(to && { to }),
    };
    const result = await readPage(hub.audit.list(params), { all, cursor });
    await this.printList(result.data, AUDIT_COLUMNS);
    if (result.nextCursor) this.note(`More entries: run again with --cursor ${result.nextCursor}, or --all.`);
    return result;
  }
}
