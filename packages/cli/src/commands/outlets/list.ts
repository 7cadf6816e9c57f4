import { Flags } from '@oclif/core';
import type { Outlet } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import { OUTLET_COLUMNS } from '../../outlets/columns.js';

const STATUSES = ['planned', 'active', 'suspended', 'closed'] as const;

export default class OutletsList extends SporthubCommand<typeof OutletsList> {
  static override summary = 'List outlets.';
  static override description =
    `Lists the organization's outlets in a stable order: one page by default (the next page's cursor
is printed on stderr), every page with --all. Table and CSV show code, name, status, district and the
number of zones; -o json|ndjson|yaml print whole outlets. With --json, result is {data, nextCursor}.`;

  static override examples = [
    { description: 'First 50 outlets as a table:', command: '<%= config.bin %> outlets list' },
    {
      description: 'Every active outlet of a district as CSV:',
      command: '<%= config.bin %> outlets list --all --status active --district 浦东新区 -o csv',
    },
    {
      description: 'Next page after a cursor, as the JSON envelope:',
      command: '<%= config.bin %> outlets list --cursor c_123 --json',
    },
  ];

  static override flags = {
    status: Flags.option({
      options: STATUSES,
      description: 'Only outlets with this status. Default: all statuses.',
    })(),
    district: Flags.string({
      description: 'Only outlets in this district (exact name, e.g. 浦东新区). Default: all.',
    }),
    limit: Flags.integer({ min: 1, max: 500, default: 50, description: 'Page size in outlets, 1–500.' }),
    all: Flags.boolean({
      description: 'Follow every page and list all matching outlets. Default: first page only.',
      exclusive: ['cursor'],
    }),
    cursor: Flags.string({ description: 'Start at this page cursor (the nextCursor of a previous page).' }),
  };

  async run(): Promise<{ data: Outlet[]; nextCursor: string | null }> {
    const hub = await this.client();
    const { status, district, limit, all, cursor } = this.flags;
    const pages = hub.outlets.list({ limit, ...(status && { status }), ...(district && { district }) });
    return this.listPages((at) => pages.page(at), { all, cursor, columns: OUTLET_COLUMNS, what: 'outlets' });
  }
}
