import { Args } from '@oclif/core';
import type { Member } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import { MEMBER_FIELDS } from '../../integrations/columns.js';

export default class MembersGet extends SporthubCommand<typeof MembersGet> {
  static override summary = 'Show one member by id.';
  static override examples = [
    '<%= config.bin %> members get mem_01JD…',
    '<%= config.bin %> members get mem_01JD… -o yaml',
  ];
  static override args = { member: Args.string({ description: 'Member id (mem_…).', required: true }) };

  async run(): Promise<Member> {
    const hub = await this.client();
    const member = await hub.members.get(this.args.member);
    await this.printRecord(member, MEMBER_FIELDS);
    return member;
  }
}
