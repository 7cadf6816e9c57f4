import { SporthubCommand } from '../../base-command.js';
import { CONFIG_KEYS, type ConfigKey, readKey, redactToken } from '../../config/profile.js';
import type { Source } from '../../config/resolve.js';
import type { Column } from '../../output/index.js';

interface Setting {
  key: ConfigKey;
  value: string | null;
  /** Where the effective value comes from. */
  source: Source | null;
}

const COLUMNS: Column<Setting>[] = [
  { header: 'Key', value: (s) => s.key },
  { header: 'Value', value: (s) => s.value ?? '' },
  { header: 'Source', value: (s) => s.source ?? '' },
];

export default class ConfigList extends SporthubCommand<typeof ConfigList> {
  static override summary = 'List the effective settings and where each comes from.';
  static override description =
    `Shows each setting of the selected profile after precedence (flags > SPORTHUB_* environment >
profile), with its source. The token is shown redacted.`;

  static override examples = [
    { description: 'Show the effective settings:', command: '<%= config.bin %> config list' },
    {
      description: 'As CSV, for the "staging" profile:',
      command: '<%= config.bin %> config list --profile staging -o csv',
    },
  ];

  async run() {
    const store = await this.profiles();
    const settings = await this.settings();
    const saved = store.get(settings.profile) ?? {};
    const rows: Setting[] = (Object.keys(CONFIG_KEYS) as ConfigKey[]).map((key) => {
      if (key === 'apiUrl')
        return { key, value: settings.apiUrl ?? null, source: settings.sources.apiUrl ?? null };
      if (key === 'token') {
        return {
          key,
          value: settings.token ? redactToken(settings.token) : null,
          source: settings.sources.token ?? null,
        };
      }
      const value = readKey(saved, key);
      return { key, value: value ?? null, source: value === undefined ? null : 'profile' };
    });
    await this.printList(rows, COLUMNS);
    return { profile: settings.profile, path: store.path, data: rows };
  }
}
