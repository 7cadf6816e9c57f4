import { Flags } from '@oclif/core';
import type { components } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import type { Column } from '../../output/index.js';

type ApiToken = components['schemas']['ApiToken'];

/** Columns of `tokens list` and `tokens revoke` (table, CSV). The secret itself is never listed. */
export const TOKEN_COLUMNS: Column<ApiToken>[] = [
  { header: 'Id', value: (t) => t.id },
  { header: 'Name', value: (t) => t.name },
  { header: 'Prefix', value: (t) => `${t.prefix}…` },
  { header: 'Scopes', value: (t) => t.scopes },
  { header: 'Expires', value: (t) => t.expiresAt ?? 'never' },
  { header: 'Last used', value: (t) => t.lastUsedAt ?? '' },
  { header: 'Revoked', value: (t) => t.revokedAt ?? '' },
];

export default class TokensList extends SporthubCommand<typeof TokensList> {
  static override summary = 'List the API tokens of the organization.';
  static override description =
    'Lists API tokens: id, name, prefix (the start of the token, to recognise it), scopes, expiry, last use and revocation. Tokens themselves are stored only as hashes and never shown again after creation. Needs a token with the admin scope. With --json, result is {data, nextCursor}.';

  static override examples = [
    { description: 'All tokens as a table:', command: '<%= config.bin %> tokens list --all' },
    {
      description: 'As CSV for an access review:',
      command: '<%= config.bin %> tokens list --all -o csv > tokens.csv',
    },
  ];

  static override flags = {
    limit: Flags.integer({ min: 1, max: 500, default: 50, description: 'Page size in tokens, 1–500.' }),
    all: Flags.boolean({
      description: 'Follow every page and list all tokens. Default: first page only.',
      exclusive: ['cursor'],
    }),
    cursor: Flags.string({ description: 'Start at this page cursor (the nextCursor of a previous page).' }),
  };

  async run(): Promise<{ data: ApiToken[]; nextCursor: string | null }> {
    const hub = await this.client();
    const { limit, all, cursor } = this.flags;
    const page = (at: string | undefined) =>
      hub.request('GET', '/v1/tokens', { params: { query: { limit, cursor: at } } });
    return this.listPages(page, { all, cursor, columns: TOKEN_COLUMNS, what: 'tokens' });
  }
}
