import { SporthubCommand } from '../base-command.js';
import { writeKey } from '../config/profile.js';
import { selectProfile } from '../config/resolve.js';

export default class Logout extends SporthubCommand<typeof Logout> {
  static override summary = 'Remove the saved API token from a profile.';
  static override description =
    `Deletes the token of the profile (--profile, else $SPORTHUB_PROFILE, else "default") from the config
file. The API URL and defaults stay. The token itself stays valid on the server: revoke it with
\`sporthub tokens revoke\` if it may have leaked.`;

  static override examples = [
    { description: 'Log out of the default profile:', command: '<%= config.bin %> logout' },
    {
      description: 'Log out of the "staging" profile:',
      command: '<%= config.bin %> logout --profile staging',
    },
  ];

  async run() {
    const store = await this.profiles();
    const profile = selectProfile(this.flags, process.env);
    const existing = store.get(profile);
    const hadToken = Boolean(existing?.token);
    if (existing && hadToken) store.set(profile, writeKey(existing, 'token', undefined));
    this.note(
      hadToken ? `Removed the token of profile "${profile}".` : `Profile "${profile}" has no saved token.`,
    );
    if (process.env.SPORTHUB_TOKEN)
      this.warning('SPORTHUB_TOKEN is still set in the environment and will be used.');
    return { profile, removed: hadToken };
  }
}
