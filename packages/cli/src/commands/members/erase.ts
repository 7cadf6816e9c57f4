import { Args, Flags } from '@oclif/core';
import type { Member } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import { usageError } from '../../errors/cli-error.js';
import { MEMBER_FIELDS } from '../../integrations/columns.js';

export default class MembersErase extends SporthubCommand<typeof MembersErase> {
  static override summary = 'Erase a member (PIPL deletion): personal fields blanked, aggregates kept.';
  static override description =
    'Blanks the member’s name, phone, guardian and other personal fields; participation counts and reports keep their numbers. Cannot be undone. Audited (erase). Needs --yes.';
  static override examples = [
    '<%= config.bin %> members erase mem_01JD… --yes',
    '<%= config.bin %> members erase mem_01JD… --yes --json',
  ];
  static override args = { member: Args.string({ description: 'Member id (mem_…).', required: true }) };
  static override flags = {
    yes: Flags.boolean({ description: 'Confirm the erasure (it cannot be undone).' }),
  };

  async run(): Promise<Member> {
    if (!this.flags.yes) throw usageError('Erasing cannot be undone: add --yes to confirm.');
    const hub = await this.client();
    const member = await hub.members.erase(this.args.member);
    await this.printRecord(member, MEMBER_FIELDS);
    return member;
  }
}
