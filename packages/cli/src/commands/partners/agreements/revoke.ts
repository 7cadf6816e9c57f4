import { Args } from '@oclif/core';
import type { DataSharingAgreement } from '@sporthub/sdk';
import { SporthubCommand } from '../../../base-command.js';
import { AGREEMENT_COLUMNS } from '../../../integrations/columns.js';

export default class AgreementsRevoke extends SporthubCommand<typeof AgreementsRevoke> {
  static override summary = 'Revoke a data-sharing agreement: nothing more is shared under it.';
  static override examples = [
    '<%= config.bin %> partners agreements revoke XH-CHC-01 dsa_01JD…',
    '<%= config.bin %> partners agreements revoke XH-CHC-01 dsa_01JD… --json',
  ];
  static override args = {
    partner: Args.string({ description: 'Partner code or id.', required: true }),
    agreement: Args.string({ description: 'Agreement id (dsa_…).', required: true }),
  };

  async run(): Promise<DataSharingAgreement> {
    const hub = await this.client();
    const { resolvePartner } = await import('../../../integrations/partner-ref.js');
    const partner = await resolvePartner(hub, this.args.partner);
    const agreement = await hub.partners.agreements.revoke(partner.id, this.args.agreement);
    await this.printRecord(agreement, AGREEMENT_COLUMNS);
    return agreement;
  }
}
