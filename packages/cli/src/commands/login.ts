import { Flags } from '@oclif/core';
import { SporthubCommand } from '../base-command.js';
import { isHttpUrl, selectProfile } from '../config/resolve.js';
import { configError, usageError } from '../errors/cli-error.js';

export default class Login extends SporthubCommand<typeof Login> {
  static override summary = 'Verify an API token and save it in a profile.';
  static override description =
    `Checks the token against the API (GET /v1/me) and saves the API URL and token in the profile
(--profile, else $SPORTHUB_PROFILE, else "default") of the config file, mode 0600. Nothing is saved if the
token is rejected. The token is never printed.

Give the token with --with-token (read from stdin, the safe way in scripts: it stays out of shell history
and process lists), with --token, or type it at the prompt on a terminal.`;

  static override examples = [
    {
      description: 'Log in with a token read from a file (stdin):',
      command: '<%= config.bin %> login --api-url https://api.example.org --with-token < token.txt',
    },
    {
      description: 'Log in interactively (prompts for the token):',
      command: '<%= config.bin %> login --api-url https://api.example.org',
    },
    {
      description: 'Save a second profile:',
      command: 'echo "$STAGING_TOKEN" | <%= config.bin %> login --profile staging --with-token',
    },
  ];

  static override flags = {
    token: Flags.string({
      description: 'API token. Prefer --with-token: a value on the command line lands in shell history.',
      exclusive: ['with-token'],
    }),
    'with-token': Flags.boolean({
      description: 'Read the API token from stdin (first line).',
      exclusive: ['token'],
    }),
  };

  async run() {
    const store = await this.profiles();
    const profileName = selectProfile(this.flags, process.env);
    const existing = store.get(profileName) ?? {};
    const apiUrl = (await this.readApiUrl(existing.apiUrl))?.replace(/\/+$/, '');
    const token = await this.readToken();

    const hub = await this.createClient({ apiUrl, token });
    const me = await hub.me();

    store.set(profileName, { ...existing, apiUrl, token });
    this.note(
      `Logged in to ${apiUrl} as ${me.organization.name} with token "${me.token.name}" (${me.token.prefix}…). ` +
        `Saved profile "${profileName}" in ${store.path}.`,
    );
    return {
      profile: profileName,
      apiUrl,
      organization: me.organization,
      token: me.token,
      configPath: store.path,
    };
  }

  private async readApiUrl(saved: string | undefined): Promise<string> {
    const given = this.flags['api-url'] ?? process.env.SPORTHUB_API_URL ?? saved;
    if (given) return validUrl(given);
    if (this.terminal.interactive) {
      const { promptText } = await import('../terminal/input.js');
      return validUrl((await promptText('API URL: ')).trim());
    }
    throw configError(
      'No API URL: pass --api-url (or set SPORTHUB_API_URL).',
      'Example: sporthub login --api-url https://api.example.org --with-token',
    );
  }

  private async readToken(): Promise<string> {
    let token: string | undefined = this.flags.token;
    if (this.flags['with-token']) {
      const { readStdin } = await import('../terminal/input.js');
      token = (await readStdin()).split(/\r?\n/)[0];
    } else if (token === undefined && this.terminal.interactive) {
      const { promptSecret } = await import('../terminal/input.js');
      token = await promptSecret('API token (input hidden): ');
    }
    token = token?.trim();
    if (!token) {
      throw usageError(
        this.flags['with-token']
          ? 'No token on stdin (--with-token).'
          : 'No token: pass --with-token (stdin) or --token.',
        'Example: sporthub login --with-token < token.txt',
      );
    }
    return token;
  }
}

function validUrl(value: string): string {
  if (isHttpUrl(value)) return value;
  throw usageError(
    `Invalid --api-url "${value}": expected an http(s) URL.`,
    'Example: --api-url https://api.example.org',
  );
}
