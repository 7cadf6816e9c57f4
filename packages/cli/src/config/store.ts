import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { configError } from '../errors/cli-error.js';
import { CONFIG_FILE_NAME, configDir } from './paths.js';
import type { Profile } from './profile.js';

interface StoreShape {
  profiles: Record<string, Profile>;
}

/** Owner read/write only: the file holds API tokens (SPEC §7 security). */
const FILE_MODE = 0o600;

/**
 * Profiles on disk, through `conf` (loaded lazily: `--version` and `--help` never pay for it). Refuses to
 * read a file that group or others can read, as ssh does with keys: a token there may already be exposed.
 */
export class ProfileStore {
  private constructor(
    private readonly conf: import('conf').default<StoreShape>,
    readonly path: string,
  ) {}

  static async open(dir: string = configDir()): Promise<ProfileStore> {
    const path = join(dir, `${CONFIG_FILE_NAME}.json`);
    assertPrivate(path);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const { default: Conf } = await import('conf');
    let conf: import('conf').default<StoreShape>;
    try {
      conf = new Conf<StoreShape>({
        projectName: 'sporthub',
        cwd: dir,
        configName: CONFIG_FILE_NAME,
        configFileMode: FILE_MODE,
        accessPropertiesByDotNotation: false,
        defaults: { profiles: {} },
      });
    } catch (cause) {
      // conf parses the file at once: a hand edit gone wrong (a missing brace) lands here.
      const detail = cause instanceof Error ? cause.message : String(cause);
      throw configError(
        `The config file ${path} cannot be read (${detail}).`,
        'Fix the JSON, or move the file away and run `sporthub login` again.',
        'config_invalid',
      );
    }
    return new ProfileStore(conf, path);
  }

  get(name: string): Profile | undefined {
    return this.conf.get('profiles')[name];
  }

  names(): string[] {
    return Object.keys(this.conf.get('profiles')).sort();
  }

  set(name: string, profile: Profile): void {
    this.conf.set('profiles', { ...this.conf.get('profiles'), [name]: profile });
    // conf applies the mode only when it creates the file; enforce it on every write.
    chmodSync(this.path, FILE_MODE);
  }

  delete(name: string): boolean {
    const profiles = { ...this.conf.get('profiles') };
    if (!(name in profiles)) return false;
    delete profiles[name];
    this.conf.set('profiles', profiles);
    chmodSync(this.path, FILE_MODE);
    return true;
  }
}

function assertPrivate(path: string): void {
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw configError(
      `Cannot read config file ${path}: ${(error as Error).message}`,
      undefined,
      'config_unreadable',
    );
  }
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    const octal = (mode & 0o777).toString(8).padStart(4, '0');
    throw configError(
      `Refusing to read config file ${path}: mode ${octal} lets other users read it.`,
      `Run \`chmod 600 ${path}\`, then rotate the token if others could have read it.`,
      'config_insecure',
    );
  }
}
