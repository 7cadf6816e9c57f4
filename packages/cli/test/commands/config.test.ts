import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshConfigDir, runCli, writeConfigFile } from '../support/run-cli.js';

let dir: string;
beforeEach(() => {
  dir = freshConfigDir();
});

describe('config set/get', () => {
  it('writes the config file with mode 0600 and reads the value back', async () => {
    const set = await runCli(['config', 'set', 'apiUrl', 'https://api.example.org/']);
    expect(set.exitCode).toBe(0);
    expect(statSync(join(dir, 'config.json')).mode & 0o777).toBe(0o600);
    const get = await runCli(['config', 'get', 'apiUrl']);
    expect(get).toMatchObject({ exitCode: 0, stdout: 'https://api.example.org\n' });
  });

  it('keeps 0600 when the file is rewritten', async () => {
    writeConfigFile(dir, { profiles: { default: { apiUrl: 'http://a' } } }, 0o600);
    await runCli(['config', 'set', 'defaults.outlet', 'SH-PD-0001']);
    expect(statSync(join(dir, 'config.json')).mode & 0o777).toBe(0o600);
  });

  it('refuses a group/other-readable config file with exit 3 and a chmod hint', async () => {
    const path = writeConfigFile(
      dir,
      { profiles: { default: { apiUrl: 'http://a', token: 'secret-token-1234' } } },
      0o644,
    );
    const run = await runCli(['config', 'list']);
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toContain(`chmod 600 ${path}`);
    expect(run.stdout).toBe('');
  });

  it('refuses it in the --json envelope too', async () => {
    writeConfigFile(dir, { profiles: {} }, 0o640);
    const run = await runCli(['config', 'list', '--json']);
    expect(run.exitCode).toBe(3);
    const envelope = JSON.parse(run.stdout);
    expect(envelope).toMatchObject({ ok: false, command: 'config list', error: { code: 'config_insecure' } });
    expect(envelope.error.hint).toContain('chmod 600');
  });

  it.each([
    ['unknown key', ['config', 'set', 'colour', 'red'], 2],
    ['token via config set', ['config', 'set', 'token', 'abc'], 2],
    ['bad URL', ['config', 'set', 'apiUrl', 'not-a-url'], 2],
    ['bad output format', ['config', 'set', 'defaults.output', 'xml'], 2],
    ['unset key', ['config', 'get', 'defaults.outlet'], 5],
  ])('%s exits %i', async (_name, args, want) => {
    expect((await runCli(args)).exitCode).toBe(want);
  });
});

describe('precedence: flags > environment > profile', () => {
  beforeEach(() => {
    writeConfigFile(
      dir,
      {
        profiles: {
          default: { apiUrl: 'http://profile-default', token: 'token-from-profile-default' },
          staging: { apiUrl: 'http://profile-staging', token: 'token-from-profile-staging' },
        },
      },
      0o600,
    );
  });

  const effective = async (args: string[]) => {
    const run = await runCli(['config', 'list', '--json', ...args]);
    expect(run.exitCode).toBe(0);
    const { result } = JSON.parse(run.stdout);
    const byKey = Object.fromEntries(result.data.map((s: { key: string }) => [s.key, s]));
    return { profile: result.profile, apiUrl: byKey.apiUrl, token: byKey.token };
  };

  it('uses the default profile', async () => {
    const got = await effective([]);
    expect(got.profile).toBe('default');
    expect(got.apiUrl).toMatchObject({ value: 'http://profile-default', source: 'profile' });
    expect(got.token.value).not.toContain('from-profile');
  });

  it('SPORTHUB_PROFILE selects a profile; --profile beats it', async () => {
    process.env.SPORTHUB_PROFILE = 'staging';
    expect((await effective([])).apiUrl.value).toBe('http://profile-staging');
    expect((await effective(['--profile', 'default'])).apiUrl.value).toBe('http://profile-default');
  });

  it('SPORTHUB_API_URL and SPORTHUB_TOKEN override the profile; --api-url overrides the environment', async () => {
    process.env.SPORTHUB_API_URL = 'http://from-env';
    process.env.SPORTHUB_TOKEN = 'token-from-the-environment';
    const fromEnv = await effective([]);
    expect(fromEnv.apiUrl).toMatchObject({ value: 'http://from-env', source: 'env' });
    expect(fromEnv.token.source).toBe('env');
    expect((await effective(['--api-url', 'http://from-flag'])).apiUrl).toMatchObject({
      value: 'http://from-flag',
      source: 'flag',
    });
  });

  it('never prints the token', async () => {
    const run = await runCli(['config', 'list']);
    expect(run.stdout + run.stderr).not.toContain('token-from-profile-default');
    const get = await runCli(['config', 'get', 'token']);
    expect(get.stdout).not.toContain('token-from-profile-default');
  });
});

describe('config profiles', () => {
  it('lists profiles and marks the active one', async () => {
    writeConfigFile(
      dir,
      { profiles: { default: { apiUrl: 'http://a' }, staging: { apiUrl: 'http://b' } } },
      0o600,
    );
    const run = await runCli(['config', 'profiles', '--profile', 'staging', '-o', 'csv']);
    expect(run.stdout).toBe('Name,API URL,Token\r\ndefault,http://a,\r\nstaging *,http://b,\r\n');
  });
});

describe('a profile that does not exist', () => {
  beforeEach(() => {
    writeConfigFile(dir, { profiles: { default: { apiUrl: 'http://a', token: 'token-a' } } }, 0o600);
  });

  it('is a config error naming the profiles there are, by flag or environment', async () => {
    const byFlag = await runCli(['outlets', 'list', '--profile', 'stagng', '--json']);
    expect(byFlag.exitCode).toBe(3);
    expect(JSON.parse(byFlag.stdout).error).toMatchObject({ code: 'profile_not_found' });
    expect(JSON.parse(byFlag.stdout).error.message).toContain(
      'Profile "stagng" does not exist (profiles: default)',
    );
    process.env.SPORTHUB_PROFILE = 'prod';
    const byEnv = await runCli(['outlets', 'list']);
    expect(byEnv.exitCode).toBe(3);
    expect(byEnv.stderr).toContain('Profile "prod" does not exist');
    expect(byEnv.stderr).toContain('sporthub login --profile prod');
  });
});

describe('an API URL or config file the CLI cannot use', () => {
  it('--api-url that is no http(s) URL is a usage error; from the environment or a profile, a config error', async () => {
    process.env.SPORTHUB_TOKEN = 'token-from-the-environment';
    const flag = await runCli(['outlets', 'list', '--api-url', 'notaurl', '--json']);
    expect(flag.exitCode).toBe(2);
    expect(JSON.parse(flag.stdout).error.message).toContain('--api-url "notaurl" is not an http(s) URL');
    process.env.SPORTHUB_API_URL = 'ftp://files.example.org/';
    const env = await runCli(['outlets', 'list']);
    expect(env.exitCode).toBe(3);
    expect(env.stderr).toContain('SPORTHUB_API_URL "ftp://files.example.org" is not an http(s) URL');
    delete process.env.SPORTHUB_API_URL;
    writeConfigFile(dir, { profiles: { default: { apiUrl: 'localhost:8080', token: 't' } } }, 0o600);
    const profile = await runCli(['outlets', 'list', '--json']);
    expect(profile.exitCode).toBe(3);
    expect(JSON.parse(profile.stdout).error).toMatchObject({ code: 'config_invalid' });
  });

  it('a config file that is not JSON is a config error naming the file', async () => {
    const path = join(dir, 'config.json');
    writeFileSync(path, '{bad json', { mode: 0o600 });
    const run = await runCli(['config', 'list', '--json']);
    expect(run.exitCode).toBe(3);
    const { error } = JSON.parse(run.stdout);
    expect(error.code).toBe('config_invalid');
    expect(error.message).toContain(`The config file ${path} cannot be read`);
  });
});

describe('--quiet', () => {
  it('prints the error line without its hint; the --json envelope keeps the hint', async () => {
    const loud = await runCli(['outlets', 'list']);
    expect(loud.exitCode).toBe(3);
    expect(loud.stderr).toContain('Hint: Run `sporthub login');
    const quiet = await runCli(['outlets', 'list', '--quiet']);
    expect(quiet.exitCode).toBe(3);
    expect(quiet.stderr).toMatch(/^Error: No API URL/);
    expect(quiet.stderr).not.toContain('Hint:');
    const json = await runCli(['outlets', 'list', '--quiet', '--json']);
    expect(JSON.parse(json.stdout).error.hint).toContain('sporthub login');
  });
});
