import { Args } from '@oclif/core';
import type { Partner } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import { PARTNER_FIELDS } from '../../integrations/columns.js';

export default class PartnersGet extends SporthubCommand<typeof PartnersGet> {
  static override summary = 'Show one partner by code or id.';
  static override examples = [
    '<%= config.bin %> partners get XH-CHC-01',
    '<%= config.bin %> partners get prt_01JD… -o yaml',
  ];
  static override args = {
    partner: Args.string({ description: 'Partner code (XH-CHC-01) or id (prt_…).', required: true }),
  };

  async run(): Promise<Partner> {
    const hub = await this.client();
    const { resolvePartner } = await import('../../integrations/partner-ref.js');
    const partner = await resolvePartner(hub, this.args.partner);
    await this.printRecord(partner, PARTNER_FIELDS);
    return partner;
  }
}
