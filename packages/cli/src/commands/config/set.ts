import { Args } from '@oclif/core';
import { SporthubCommand } from '../../base-command.js';
import { CONFIG_KEYS, type ConfigKey, isConfigKey, writeKey } from '../../config/profile.js';
import { isHttpUrl, selectProfile } from '../../config/resolve.js';
import { usageError } from '../../errors/cli-error.js';
import { isOutputFormat, OUTPUT_FORMATS } from '../../output/formats.js';

const SETTABLE = Object.keys(CONFIG_KEYS).filter((k) => k !== 'token');

export default class ConfigSet extends SporthubCommand<typeof ConfigSet> {
  static override summary = 'Save one setting in a profile.';
  static override description =
    `Saves the value in the profile (--profile, else $SPORTHUB_PROFILE, else "default"); the file keeps
mode 0600. An empty value removes the setting. The token is set only by \`sporthub login\`. Keys:
${Object.entries(CONFIG_KEYS)
  .filter(([k]) => k !== 'token')
  .map(([k, v]) => `  ${k}  ${v}`)
  .join('\n')}`;

  static override examples = [
    {
      description: 'Point the default profile at a server:',
      command: '<%= config.bin %> config set apiUrl https://api.example.org',
    },
    {
      description: 'Print CSV unless -o says otherwise:',
      command: '<%= config.bin %> config set defaults.output csv',
    },
    { description: 'Remove the default outlet:', command: '<%= config.bin %> config set defaults.outlet ""' },
  ];

  static override args = {
    key: Args.string({ description: `Setting name: ${SETTABLE.join(', ')}.`, required: true }),
    value: Args.string({ description: 'New value; an empty string removes the setting.', required: true }),
  };

  async run() {
    const { key, value } = this.args;
    if (key === 'token') {
      throw usageError(
        'The token is set by `sporthub login`, not `config set`.',
        'Run `sporthub login --with-token < token.txt`.',
      );
    }
    if (!isConfigKey(key)) throw usageError(`Unknown key "${key}".`, `Keys: ${SETTABLE.join(', ')}.`);
    validate(key, value);
    const store = await this.profiles();
    const profile = selectProfile(this.flags, process.env);
    const stored = key === 'apiUrl' ? value.replace(/\/+$/, '') : value;
    store.set(profile, writeKey(store.get(profile) ?? {}, key, stored === '' ? undefined : stored));
    this.note(
      value === '' ? `Removed ${key} from profile "${profile}".` : `Set ${key} in profile "${profile}".`,
    );
    return { profile, key, value: value === '' ? null : value };
  }
}

function validate(key: ConfigKey, value: string): void {
  if (value === '') return;
  if (key === 'apiUrl' && !isHttpUrl(value)) {
    throw usageError(
      `Invalid apiUrl "${value}": expected an http(s) URL.`,
      'Example: https://api.example.org',
    );
  }
  if (key === 'defaults.output' && !isOutputFormat(value)) {
    throw usageError(`Invalid defaults.output "${value}".`, `One of: ${OUTPUT_FORMATS.join(', ')}.`);
  }
}
