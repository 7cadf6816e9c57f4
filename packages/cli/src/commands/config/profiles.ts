import { SporthubCommand } from '../../base-command.js';
import { redactToken } from '../../config/profile.js';
import { selectProfile } from '../../config/resolve.js';
import type { Column } from '../../output/index.js';

interface ProfileRow {
  name: string;
  active: boolean;
  apiUrl: string | null;
  token: string | null;
}

const COLUMNS: Column<ProfileRow>[] = [
  { header: 'Name', value: (p) => (p.active ? `${p.name} *` : p.name) },
  { header: 'API URL', value: (p) => p.apiUrl ?? '' },
  { header: 'Token', value: (p) => p.token ?? '' },
];

export default class ConfigProfiles extends SporthubCommand<typeof ConfigProfiles> {
  static override summary = 'List the saved profiles.';
  static override description =
    `Lists every profile in the config file with its API URL and redacted token; * marks the profile
in use (--profile, else $SPORTHUB_PROFILE, else "default").`;

  static override examples = [
    { description: 'List profiles:', command: '<%= config.bin %> config profiles' },
    { description: 'As JSON for a script:', command: '<%= config.bin %> config profiles -o json' },
  ];

  async run() {
    const store = await this.profiles();
    const active = selectProfile(this.flags, process.env);
    const rows: ProfileRow[] = store.names().map((name) => {
      const p = store.get(name) ?? {};
      return {
        name,
        active: name === active,
        apiUrl: p.apiUrl ?? null,
        token: p.token ? redactToken(p.token) : null,
      };
    });
    if (rows.length === 0) this.note('No profiles yet: run `sporthub login`.');
    await this.printList(rows, COLUMNS);
    return { path: store.path, data: rows };
  }
}
