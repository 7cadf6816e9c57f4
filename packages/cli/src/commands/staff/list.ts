import { Flags } from '@oclif/core';
import type { components } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import type { Column } from '../../output/index.js';

type Staff = components['schemas']['Staff'];

/** Columns of `staff list` (table, CSV); JSON, NDJSON and YAML carry whole records. */
export const STAFF_COLUMNS: Column<Staff>[] = [
  { header: 'External id', value: (s) => s.externalId },
  { header: 'Name', value: (s) => s.name },
  { header: 'Role', value: (s) => s.role },
  { header: 'Outlets', value: (s) => s.outletIds.length },
  { header: 'Certifications', value: (s) => s.certifications },
];

const ROLES = ['coach', 'health_advisor', 'volunteer', 'manager'] as const;

export default class StaffList extends SporthubCommand<typeof StaffList> {
  static override summary = 'List staff.';
  static override description =
    "Lists the organization's staff (coaches, health advisors, volunteers, managers) in a stable order: one page by default (the next page's cursor is printed on stderr), every page with --all. Table and CSV show external id, name, role, the number of outlets and certifications; -o json|ndjson|yaml print whole records (phone numbers included: they are personal data). With --json, result is {data, nextCursor}.";

  static override examples = [
    { description: 'First 50 staff as a table:', command: '<%= config.bin %> staff list' },
    { description: 'Every coach as CSV:', command: '<%= config.bin %> staff list --all --role coach -o csv' },
    {
      description: 'Staff of one outlet, as the JSON envelope:',
      command: '<%= config.bin %> staff list --outlet out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P --json',
    },
  ];

  static override flags = {
    role: Flags.option({ options: ROLES, description: 'Only staff with this role. Default: all roles.' })(),
    outlet: Flags.string({
      description: 'Only staff working at this outlet id (out_…). Default: all outlets.',
    }),
    limit: Flags.integer({
      min: 1,
      max: 500,
      default: 50,
      description: 'Page size in staff records, 1–500.',
    }),
    all: Flags.boolean({
      description: 'Follow every page and list all matching staff. Default: first page only.',
      exclusive: ['cursor'],
    }),
    cursor: Flags.string({ description: 'Start at this page cursor (the nextCursor of a previous page).' }),
  };

  async run(): Promise<{ data: Staff[]; nextCursor: string | null }> {
    const hub = await this.client();
    const { role, outlet, limit, all, cursor } = this.flags;
    const query = { limit, ...(role && { role }), ...(outlet && { outletId: outlet }) };
    const page = (at: string | undefined) =>
      hub.request('GET', '/v1/staff', { params: { query: { ...query, cursor: at } } });
    return this.listPages(page, { all, cursor, columns: STAFF_COLUMNS, what: 'staff' });
  }
}
