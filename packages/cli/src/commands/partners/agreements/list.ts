import { Args, Flags } from '@oclif/core';
import type { DataSharingAgreement } from '@sporthub/sdk';
import { SporthubCommand } from '../../../base-command.js';
import { AGREEMENT_COLUMNS } from '../../../integrations/columns.js';
import { pageFlags, readPage } from '../../../integrations/paging.js';

export default class AgreementsList extends SporthubCommand<typeof AgreementsList> {
  static override summary = "List a partner's data-sharing agreements.";
  static override description =
    'Every agreement of the partner, revoked and expired ones included (--active: only those in force today).';
  static override examples = [
    '<%= config.bin %> partners agreements list XH-CHC-01',
    '<%= config.bin %> partners agreements list XH-CHC-01 --active --json',
  ];
  static override args = { partner: Args.string({ description: 'Partner code or id.', required: true }) };
  static override flags = {
    active: Flags.boolean({
      description: 'Only agreements in force today (not revoked, within their dates).',
    }),
    ...pageFlags('agreements'),
  };

  async run(): Promise<{ data: DataSharingAgreement[]; nextCursor: string | null }> {
    const hub = await this.client();
    const { resolvePartner } = await import('../../../integrations/partner-ref.js');
    const partner = await resolvePartner(hub, this.args.partner);
    const { active, limit, all, cursor } = this.flags;
    const pages = hub.partners.agreements.list(partner.id, { limit, ...(active && { active }) });
    const result = await readPage(pages, { all, cursor });
    await this.printList(result.data, AGREEMENT_COLUMNS);
    if (result.data.length === 0) this.note(`${partner.code} has no agreements.`);
    return result;
  }
}
