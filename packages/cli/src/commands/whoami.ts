import { SporthubCommand } from '../base-command.js';
import type { Column } from '../output/index.js';

interface Identity {
  profile: string;
  apiUrl: string;
  organization: { id: string; name: string };
  token: { id: string; name: string; prefix: string; scopes: string[]; expiresAt?: string | null };
}

const FIELDS: Column<Identity>[] = [
  { header: 'Organization', value: (i) => `${i.organization.name} (${i.organization.id})` },
  { header: 'Token', value: (i) => `${i.token.name} (${i.token.prefix}…)` },
  { header: 'Scopes', value: (i) => i.token.scopes },
  { header: 'Expires', value: (i) => i.token.expiresAt ?? 'never' },
  { header: 'API URL', value: (i) => i.apiUrl },
  { header: 'Profile', value: (i) => i.profile },
];

export default class Whoami extends SporthubCommand<typeof Whoami> {
  static override summary = 'Show the organization and token the CLI acts as.';
  static override description =
    `Calls GET /v1/me with the resolved settings (flags > SPORTHUB_* environment > profile) and shows
the organization, the token's name, prefix, scopes and expiry. Exit 3 without settings, 4 if the token is
rejected.`;

  static override examples = [
    { description: 'Show who you are:', command: '<%= config.bin %> whoami' },
    {
      description: 'Check a token from the environment, as JSON:',
      command: 'SPORTHUB_TOKEN=… <%= config.bin %> whoami --json',
    },
  ];

  async run(): Promise<Identity> {
    const hub = await this.client();
    const { apiUrl, profile } = await this.settings();
    const me = await hub.me();
    const identity: Identity = {
      profile,
      apiUrl: apiUrl ?? '',
      organization: me.organization,
      token: me.token,
    };
    await this.printRecord(identity, FIELDS);
    return identity;
  }
}
