import { Args } from '@oclif/core';
import type { Outlet } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import { CliError } from '../../errors/cli-error.js';
import { ExitCode } from '../../errors/exit-codes.js';
import { OUTLET_FIELDS } from '../../outlets/columns.js';

/** Outlet ids are `out_` + a ULID; anything else is taken as a code. */
const OUTLET_ID = /^out_[0-9A-HJKMNP-TV-Z]{26}$/;

export default class OutletsGet extends SporthubCommand<typeof OutletsGet> {
  static override summary = 'Show one outlet by code or id.';
  static override description =
    `Shows one outlet: its id, code, name, status, time zone, address, services and zones. Accepts the
outlet's code (e.g. SH-PD-0001) or its id (out_…). Exit 5 when there is no such outlet.`;

  static override examples = [
    { description: 'By code:', command: '<%= config.bin %> outlets get SH-PD-0001' },
    {
      description: 'By id, whole outlet as YAML:',
      command: '<%= config.bin %> outlets get out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P -o yaml',
    },
  ];

  static override args = {
    outlet: Args.string({ description: 'Outlet code (e.g. SH-PD-0001) or id (out_…).', required: true }),
  };

  async run(): Promise<Outlet> {
    const hub = await this.client();
    const key = this.args.outlet;
    const outlet = OUTLET_ID.test(key)
      ? await hub.outlets.get(key)
      : (await hub.outlets.list({ code: key, limit: 1 }).page()).data[0];
    if (!outlet) {
      throw new CliError(`No outlet with code "${key}".`, {
        code: 'not_found',
        exitCode: ExitCode.notFound,
        hint: 'List codes with `sporthub outlets list`.',
      });
    }
    await this.printRecord(outlet, OUTLET_FIELDS);
    return outlet;
  }
}
