import { Flags } from '@oclif/core';
import type { Member } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import { MEMBER_COLUMNS } from '../../integrations/columns.js';
import { pageFlags, readPage } from '../../integrations/paging.js';

const AGE_GROUPS = ['child', 'youth', 'adult', 'senior'] as const;

export default class MembersList extends SporthubCommand<typeof MembersList> {
  static override summary = 'List members (residents, pupils).';
  static override description =
    'Lists members ordered by id; phone and guardian are not listed (see `members get`). With --json, result is {data, nextCursor}.';
  static override examples = [
    '<%= config.bin %> members list --age-group senior',
    '<%= config.bin %> members list --external-id S-1001 --json',
  ];
  static override flags = {
    'age-group': Flags.option({ options: AGE_GROUPS, description: 'Only members of this age group.' })(),
    'external-id': Flags.string({
      description: "Only the member with this externalId (the operator's or school's key).",
    }),
    group: Flags.string({ description: 'Only members of this group id (grp_…).' }),
    ...pageFlags('members'),
  };

  async run(): Promise<{ data: Member[]; nextCursor: string | null }> {
    const hub = await this.client();
    const { limit, all, cursor } = this.flags;
    const params = {
      limit,
      ...(this.flags['age-group'] && { ageGroup: this.flags['age-group'] }),
      ...(this.flags['external-id'] && { externalId: this.flags['external-id'] }),
      ...(this.flags.group && { groupId: this.flags.group }),
    };
    const result = await readPage(hub.members.list(params), { all, cursor });
    await this.printList(result.data, MEMBER_COLUMNS);
    if (result.nextCursor) this.note(`More members: run again with --cursor ${result.nextCursor}, or --all.`);
    return result;
  }
}
