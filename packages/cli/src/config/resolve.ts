import { DEFAULT_PROFILE, type Profile, type ProfileDefaults } from './profile.js';

export type Source = 'flag' | 'env' | 'profile';

/** Settings after precedence: flags > environment > profile (SPEC §5). */
export interface ResolvedConfig {
  profile: string;
  apiUrl: string | undefined;
  token: string | undefined;
  defaults: ProfileDefaults;
  sources: { apiUrl?: Source; token?: Source };
}

export interface ResolveInput {
  flags: { profile?: string | undefined; apiUrl?: string | undefined };
  env: NodeJS.ProcessEnv;
  /** Looks a profile up by name; absent when there is no config file. */
  lookup: (name: string) => Profile | undefined;
}

/** Which profile the flags and environment select. */
export function selectProfile(flags: { profile?: string | undefined }, env: NodeJS.ProcessEnv): string {
  return flags.profile || env.SPORTHUB_PROFILE || DEFAULT_PROFILE;
}

export function resolveConfig({ flags, env, lookup }: ResolveInput): ResolvedConfig {
  const profileName = selectProfile(flags, env);
  const profile = lookup(profileName) ?? {};
  const apiUrl = pick([flags.apiUrl, 'flag'], [env.SPORTHUB_API_URL, 'env'], [profile.apiUrl, 'profile']);
  const token = pick([undefined, 'flag'], [env.SPORTHUB_TOKEN, 'env'], [profile.token, 'profile']);
  const sources: ResolvedConfig['sources'] = {};
  if (apiUrl) sources.apiUrl = apiUrl[1];
  if (token) sources.token = token[1];
  return {
    profile: profileName,
    apiUrl: apiUrl?.[0].replace(/\/+$/, ''),
    token: token?.[0],
    defaults: profile.defaults ?? {},
    sources,
  };
}

function pick(...candidates: Array<[string | undefined, Source]>): [string, Source] | undefined {
  const hit = candidates.find(([value]) => value !== undefined && value !== '');
  return hit as [string, Source] | undefined;
}

/** An absolute http: or https: URL: what an API URL must be (`--api-url`, the environment, a profile). */
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
