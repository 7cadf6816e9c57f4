import { Args } from '@oclif/core';
import type { components } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import { CliError } from '../../errors/cli-error.js';
import { ExitCode } from '../../errors/exit-codes.js';
import type { Column } from '../../output/index.js';
import { PROGRAM_COLUMNS } from './list.js';

type Program = components['schemas']['Program'];

/** Program ids are `prg_` + a ULID; anything else is taken as a code. */
const PROGRAM_ID = /^prg_[0-9A-HJKMNP-TV-Z]{26}$/;

const PROGRAM_FIELDS: Column<Program>[] = [
  { header: 'Id', value: (p) => p.id },
  ...PROGRAM_COLUMNS,
  { header: 'Theme', value: (p) => p.theme ?? '' },
  { header: 'Duration (min)', value: (p) => p.defaultDurationMinutes ?? '' },
  { header: 'Description', value: (p) => p.description ?? '' },
  { header: 'Revision', value: (p) => p.revision },
  { header: 'Updated', value: (p) => p.updatedAt },
];

export default class ProgramsGet extends SporthubCommand<typeof ProgramsGet> {
  static override summary = 'Show one program by code or id.';
  static override description =
    "Shows one program: its id, code, title, kind, category, age groups, intensity, theme, usual duration and description. Accepts the program's code (e.g. P-TAICHI) or its id (prg_…). Exit 5 when there is no such program.";

  static override examples = [
    { description: 'By code:', command: '<%= config.bin %> programs get P-TAICHI' },
    {
      description: 'By id, whole program as YAML:',
      command: '<%= config.bin %> programs get prg_01JD0Z8Q3W5XKJ5V7J9C2N4M6P -o yaml',
    },
  ];

  static override args = {
    program: Args.string({ description: 'Program code (e.g. P-TAICHI) or id (prg_…).', required: true }),
  };

  async run(): Promise<Program> {
    const hub = await this.client();
    const key = this.args.program;
    const program = PROGRAM_ID.test(key)
      ? await hub.request('GET', '/v1/programs/{programId}', { params: { path: { programId: key } } })
      : (await hub.request('GET', '/v1/programs', { params: { query: { code: key, limit: 1 } } })).data[0];
    if (!program) {
      throw new CliError(`No program with code "${key}".`, {
        code: 'not_found',
        exitCode: ExitCode.notFound,
        hint: 'List codes with `sporthub programs list`.',
      });
    }
    await this.printRecord(program, PROGRAM_FIELDS);
    return program;
  }
}
