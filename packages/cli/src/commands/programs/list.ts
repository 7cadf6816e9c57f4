import { Flags } from '@oclif/core';
import type { components } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import type { Column } from '../../output/index.js';

type Program = components['schemas']['Program'];

/** Columns of `programs list` (table, CSV); JSON, NDJSON and YAML carry whole programs. */
export const PROGRAM_COLUMNS: Column<Program>[] = [
  { header: 'Code', value: (p) => p.code },
  { header: 'Title', value: (p) => p.title },
  { header: 'Kind', value: (p) => p.kind },
  { header: 'Category', value: (p) => p.category },
  { header: 'Age groups', value: (p) => p.ageGroups },
  { header: 'Intensity', value: (p) => p.intensity },
];

const KINDS = ['class', 'event', 'assessment'] as const;
const AGE_GROUPS = ['child', 'youth', 'adult', 'senior'] as const;

export default class ProgramsList extends SporthubCommand<typeof ProgramsList> {
  static override summary = 'List programs.';
  static override description =
    "Lists the organization's programs (classes, events, assessments) in a stable order: one page by default (the next page's cursor is printed on stderr), every page with --all. Table and CSV show code, title, kind, category, age groups and intensity; -o json|ndjson|yaml print whole programs. With --json, result is {data, nextCursor}.";

  static override examples = [
    { description: 'First 50 programs as a table:', command: '<%= config.bin %> programs list' },
    {
      description: 'Every class for seniors as CSV:',
      command: '<%= config.bin %> programs list --all --kind class --age-group senior -o csv',
    },
    {
      description: 'Tai chi programs as the JSON envelope:',
      command: '<%= config.bin %> programs list --category tai_chi --json',
    },
  ];

  static override flags = {
    kind: Flags.option({ options: KINDS, description: 'Only programs of this kind. Default: all kinds.' })(),
    category: Flags.string({ description: 'Only programs of this category (e.g. tai_chi). Default: all.' }),
    'age-group': Flags.option({
      options: AGE_GROUPS,
      description: 'Only programs meant for this age group. Default: all.',
    })(),
    limit: Flags.integer({ min: 1, max: 500, default: 50, description: 'Page size in programs, 1–500.' }),
    all: Flags.boolean({
      description: 'Follow every page and list all matching programs. Default: first page only.',
      exclusive: ['cursor'],
    }),
    cursor: Flags.string({ description: 'Start at this page cursor (the nextCursor of a previous page).' }),
  };

  async run(): Promise<{ data: Program[]; nextCursor: string | null }> {
    const hub = await this.client();
    const { kind, category, limit, all, cursor } = this.flags;
    const ageGroup = this.flags['age-group'];
    const query = {
      limit,
      ...(kind && { kind }),
      ...(category && { category }),
      ...(ageGroup && { ageGroup }),
    };
    const page = (at: string | undefined) =>
      hub.request('GET', '/v1/programs', { params: { query: { ...query, cursor: at } } });
    return this.listPages(page, { all, cursor, columns: PROGRAM_COLUMNS, what: 'programs' });
  }
}
