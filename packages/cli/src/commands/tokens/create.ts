import { Flags } from '@oclif/core';
import { ApiTokenScopeSchema } from '@sporthub/schemas';
import type { components } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import { usageError } from '../../errors/cli-error.js';

type ApiTokenWithSecret = components['schemas']['ApiTokenWithSecret'];

/** The scopes of SPEC §4, from the contract's `ApiTokenScope`; `admin` grants every scope. */
const SCOPES = ApiTokenScopeSchema.options;

export default class TokensCreate extends SporthubCommand<typeof TokensCreate> {
  static override summary = 'Create an API token and print it once.';
  static override description =
    'Creates an API token with the given scopes and prints the token on stdout — the only time it is ever shown (the server keeps a hash). Store it in a secret manager or pipe it to `sporthub login --with-token`. Details (id, prefix, scopes, expiry) go to stderr; with --json the result holds the token and its details. Needs a token with the admin scope.';

  static override examples = [
    {
      description: 'A read-only token for a reporting job, valid until the end of 2026:',
      command:
        '<%= config.bin %> tokens create --name reports-ci --scope reports:read --scope participation:read --expires-at 2026-12-31T23:59:59+08:00',
    },
    {
      description: 'A provisioning token saved straight into a CI secret file:',
      command:
        '<%= config.bin %> tokens create --name provisioning --scope outlets:write --scope schedules:write > token.txt',
    },
  ];

  static override flags = {
    name: Flags.string({ description: 'Name shown in `tokens list`, e.g. the job that uses it. Required.' }),
    scope: Flags.option({
      options: SCOPES,
      multiple: true,
      description: 'A scope to grant; repeat for several. `admin` grants every scope. Required.',
    })(),
    'expires-at': Flags.string({
      description:
        'Expiry as an RFC 3339 timestamp with offset (e.g. 2026-12-31T23:59:59+08:00). Default: never expires.',
    }),
  };

  async run(): Promise<ApiTokenWithSecret> {
    // Checked here rather than with `required`: oclif's message for a missing flag does not name it.
    if (!this.flags.name)
      throw usageError('Missing --name: a name for the token.', 'Run `sporthub tokens create --help`.');
    if (!this.flags.scope?.length) {
      throw usageError(
        'Missing --scope: at least one scope to grant.',
        'Run `sporthub tokens create --help`.',
      );
    }
    const expiresAt = this.flags['expires-at'];
    if (expiresAt !== undefined && Number.isNaN(Date.parse(expiresAt))) {
      throw usageError(
        `--expires-at: "${expiresAt}" is not an RFC 3339 timestamp.`,
        'Use e.g. 2026-12-31T23:59:59+08:00.',
      );
    }
    const hub = await this.client();
    const created = await hub.request('POST', '/v1/tokens', {
      body: {
        name: this.flags.name,
        scopes: [...new Set(this.flags.scope)],
        ...(expiresAt && { expiresAt }),
      },
    });
    if (!this.jsonMode) process.stdout.write(`${created.token}\n`);
    this.note(
      `Created token ${created.id} "${created.name}" (${created.prefix}…), scopes ${created.scopes.join(', ')}, expires ${created.expiresAt ?? 'never'}.`,
    );
    this.note('Store it now: it is not shown again.');
    return created;
  }
}
