import { Args } from '@oclif/core';
import type { components } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import { CliError } from '../../errors/cli-error.js';
import { ExitCode } from '../../errors/exit-codes.js';
import type { Column } from '../../output/index.js';
import { STAFF_COLUMNS } from './list.js';

type Staff = components['schemas']['Staff'];

/** Staff ids are `stf_` + a ULID; anything else is taken as an external id. */
const STAFF_ID = /^stf_[0-9A-HJKMNP-TV-Z]{26}$/;

const STAFF_FIELDS: Column<Staff>[] = [
  { header: 'Id', value: (s) => s.id },
  ...STAFF_COLUMNS.slice(0, 3),
  { header: 'Outlets', value: (s) => s.outletIds },
  { header: 'Certifications', value: (s) => s.certifications },
  { header: 'Phone', value: (s) => s.phone ?? '' },
  { header: 'Revision', value: (s) => s.revision },
  { header: 'Updated', value: (s) => s.updatedAt },
];

export default class StaffGet extends SporthubCommand<typeof StaffGet> {
  static override summary = 'Show one staff member by external id or id.';
  static override description =
    "Shows one staff member: id, external id, name, role, the outlets they work at, certifications and phone. Accepts the operator's external id (e.g. C-0042) or the id (stf_…). Exit 5 when there is no such staff member.";

  static override examples = [
    { description: 'By external id:', command: '<%= config.bin %> staff get C-0042' },
    {
      description: 'By id, whole record as JSON:',
      command: '<%= config.bin %> staff get stf_01JD0Z8Q3W5XKJ5V7J9C2N4M6P -o json',
    },
  ];

  static override args = {
    staff: Args.string({ description: 'External id (e.g. C-0042) or id (stf_…).', required: true }),
  };

  async run(): Promise<Staff> {
    const hub = await this.client();
    const key = this.args.staff;
    const staff = STAFF_ID.test(key)
      ? await hub.request('GET', '/v1/staff/{staffId}', { params: { path: { staffId: key } } })
      : (await hub.request('GET', '/v1/staff', { params: { query: { externalId: key, limit: 1 } } })).data[0];
    if (!staff) {
      throw new CliError(`No staff member with external id "${key}".`, {
        code: 'not_found',
        exitCode: ExitCode.notFound,
        hint: 'List them with `sporthub staff list`.',
      });
    }
    await this.printRecord(staff, STAFF_FIELDS);
    return staff;
  }
}
