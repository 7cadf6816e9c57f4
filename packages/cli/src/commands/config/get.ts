import { Args } from '@oclif/core';
import { SporthubCommand } from '../../base-command.js';
import { CONFIG_KEYS, isConfigKey, readKey, redactToken } from '../../config/profile.js';
import { selectProfile } from '../../config/resolve.js';
import { CliError, usageError } from '../../errors/cli-error.js';
import { ExitCode } from '../../errors/exit-codes.js';

export default class ConfigGet extends SporthubCommand<typeof ConfigGet> {
  static override summary = 'Print one setting of a profile.';
  static override description =
    `Prints the value saved in the profile (--profile, else $SPORTHUB_PROFILE, else "default").
The token is shown redacted. Exit 5 when the key has no value. Keys:
${Object.entries(CONFIG_KEYS)
  .map(([k, v]) => `  ${k}  ${v}`)
  .join('\n')}`;

  static override examples = [
    { description: 'Print the API URL:', command: '<%= config.bin %> config get apiUrl' },
    {
      description: 'Print the default outlet of the "staging" profile:',
      command: '<%= config.bin %> config get defaults.outlet --profile staging',
    },
  ];

  static override args = {
    key: Args.string({
      description: `Setting name: ${Object.keys(CONFIG_KEYS).join(', ')}.`,
      required: true,
    }),
  };

  async run() {
    const { key } = this.args;
    if (!isConfigKey(key))
      throw usageError(`Unknown key "${key}".`, `Keys: ${Object.keys(CONFIG_KEYS).join(', ')}.`);
    const store = await this.profiles();
    const profile = selectProfile(this.flags, process.env);
    const raw = readKey(store.get(profile) ?? {}, key);
    if (raw === undefined) {
      throw new CliError(`"${key}" is not set in profile "${profile}".`, {
        code: 'not_set',
        exitCode: ExitCode.notFound,
        hint: key === 'token' ? 'Run `sporthub login`.' : `Run \`sporthub config set ${key} <value>\`.`,
      });
    }
    const value = key === 'token' ? redactToken(raw) : raw;
    if (!this.jsonMode) process.stdout.write(`${value}\n`);
    return { profile, key, value };
  }
}
