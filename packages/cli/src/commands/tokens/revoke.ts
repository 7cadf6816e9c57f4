import { Args } from '@oclif/core';
import type { components } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import { TOKEN_COLUMNS } from './list.js';

type ApiToken = components['schemas']['ApiToken'];

export default class TokensRevoke extends SporthubCommand<typeof TokensRevoke> {
  static override summary = 'Revoke an API token.';
  static override description =
    "Revokes an API token by id (tok_…): every later request with it is rejected (401). Revoking is permanent and takes effect at once. Prints the revoked token's details. Exit 5 when there is no such token. Needs a token with the admin scope.";

  static override examples = [
    {
      description: 'Revoke a leaked token:',
      command: '<%= config.bin %> tokens revoke tok_01JD0Z8Q3W5XKJ5V7J9C2N4M6P',
    },
    {
      description: 'Revoke and get the record as the JSON envelope:',
      command: '<%= config.bin %> tokens revoke tok_01JD0Z8Q3W5XKJ5V7J9C2N4M6P --json',
    },
  ];

  static override args = {
    token: Args.string({
      description: 'Token id (tok_…), as `sporthub tokens list` shows it.',
      required: true,
    }),
  };

  async run(): Promise<ApiToken> {
    const hub = await this.client();
    const token = await hub.request('POST', '/v1/tokens/{tokenId}:revoke', {
      params: { path: { tokenId: this.args.token } },
    });
    await this.printRecord(token, TOKEN_COLUMNS);
    this.note(`Revoked token ${token.id} "${token.name}".`);
    return token;
  }
}
