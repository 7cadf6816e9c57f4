import { Args, Flags } from '@oclif/core';
import type { MemberPersonalData } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';

export default class MembersPersonalData extends SporthubCommand<typeof MembersPersonalData> {
  static override summary = 'Everything stored about a member (PIPL access request), as JSON.';
  static override description =
    'Prints (or writes with --out, mode 0600) the member record, consents, groups, enrolments and counts of bookings, participation, measurements and feedback. Audited (access).';
  static override examples = [
    '<%= config.bin %> members personal-data mem_01JD…',
    '<%= config.bin %> members personal-data mem_01JD… --out access-request.json',
  ];
  static override args = { member: Args.string({ description: 'Member id (mem_…).', required: true }) };
  static override flags = {
    out: Flags.string({ description: 'Write the JSON to this file (atomically) instead of stdout.' }),
  };

  async run(): Promise<MemberPersonalData> {
    const hub = await this.client();
    const data = await hub.members.personalData(this.args.member);
    const text = `${JSON.stringify(data, null, 2)}\n`;
    if (this.flags.out) {
      const { writeFileAtomic } = await import('../../export/atomic-file.js');
      const { chmod } = await import('node:fs/promises');
      await writeFileAtomic(this.flags.out, text);
      await chmod(this.flags.out, 0o600);
      this.note(`Wrote ${this.flags.out}.`);
    } else if (!this.jsonMode) {
      process.stdout.write(text);
    }
    return data;
  }
}
