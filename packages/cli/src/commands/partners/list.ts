import { Flags } from '@oclif/core';
import type { Partner } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import { PARTNER_COLUMNS } from '../../integrations/columns.js';
import { pageFlags, readPage } from '../../integrations/paging.js';

const KINDS = [
  'clinic',
  'school',
  'senior_center',
  'government',
  'enterprise',
  'community_committee',
] as const;

export default class PartnersList extends SporthubCommand<typeof PartnersList> {
  static override summary = 'List partners (clinics, schools, senior centres…).';
  static override description =
    'Lists the partners the organization may share data with, ordered by id. With --json, result is {data, nextCursor}.';
  static override examples = [
    '<%= config.bin %> partners list',
    '<%= config.bin %> partners list --kind clinic --all -o csv',
  ];
  static override flags = {
    kind: Flags.option({ options: KINDS, description: 'Only partners of this kind. Default: all kinds.' })(),
    ...pageFlags('partners'),
  };

  async run(): Promise<{ data: Partner[]; nextCursor: string | null }> {
    const hub = await this.client();
    const { kind, limit, all, cursor } = this.flags;
    const result = await readPage(hub.partners.list({ limit, ...(kind && { kind }) }), { all, cursor });
    await this.printList(result.data, PARTNER_COLUMNS);
    if (result.data.length === 0) this.note('No partners. Add one with `sporthub partners create`.');
    if (result.nextCursor)
      this.note(`More partners: run again with --cursor ${result.nextCursor}, or --all.`);
    return result;
  }
}
