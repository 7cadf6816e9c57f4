/** One named set of settings (SPEC §5: apiUrl, token, defaults). */
export interface Profile {
  apiUrl?: string;
  token?: string;
  defaults?: ProfileDefaults;
}

/** Values commands use when a flag is not given. */
export interface ProfileDefaults {
  /** Outlet code used by commands that take `--outlet`. */
  outlet?: string;
  /** District used by commands that take `--district`. */
  district?: string;
  /** Output format used when `-o` is not given. */
  output?: string;
}

export const DEFAULT_PROFILE = 'default';

/** Keys `config get|set` accept, with what they hold. `token` is set only by `login`. */
export const CONFIG_KEYS = {
  apiUrl: 'Base URL of the sporthub API, e.g. https://api.example.org',
  token: 'API token (set it with `sporthub login`; shown redacted)',
  'defaults.outlet': 'Outlet code used when --outlet is not given',
  'defaults.district': 'District used when --district is not given',
  'defaults.output': 'Output format used when -o is not given (table|json|ndjson|csv|yaml)',
} as const;

export type ConfigKey = keyof typeof CONFIG_KEYS;

export function isConfigKey(key: string): key is ConfigKey {
  return Object.hasOwn(CONFIG_KEYS, key);
}

export function readKey(profile: Profile, key: ConfigKey): string | undefined {
  if (key === 'apiUrl') return profile.apiUrl;
  if (key === 'token') return profile.token;
  const field = key.slice('defaults.'.length) as keyof ProfileDefaults;
  return profile.defaults?.[field];
}

export function writeKey(profile: Profile, key: ConfigKey, value: string | undefined): Profile {
  if (key === 'apiUrl' || key === 'token') return withField(profile, key, value);
  const field = key.slice('defaults.'.length) as keyof ProfileDefaults;
  const defaults = withField(profile.defaults ?? {}, field, value);
  return withField(profile, 'defaults', Object.keys(defaults).length > 0 ? defaults : undefined);
}

function withField<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): T {
  const copy = { ...obj };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

/** Shows enough of a token to recognise it (`shp_ab…wxyz`), never enough to use it. */
export function redactToken(token: string | undefined): string {
  if (!token) return '';
  if (token.length <= 12) return '****';
  return `${token.slice(0, 6)}…${token.slice(-4)}`;
}
