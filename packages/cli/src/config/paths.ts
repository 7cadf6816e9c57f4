import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Directory of the CLI's config file. `SPORTHUB_CONFIG_DIR` wins (tests, CI, several setups side by side);
 * otherwise the platform's config home, the same place `conf` would pick, minus its `-nodejs` suffix.
 */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SPORTHUB_CONFIG_DIR) return env.SPORTHUB_CONFIG_DIR;
  const home = homedir();
  if (process.platform === 'darwin') return join(home, 'Library', 'Preferences', 'sporthub');
  if (process.platform === 'win32') {
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'sporthub', 'Config');
  }
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'sporthub');
}

export const CONFIG_FILE_NAME = 'config';
