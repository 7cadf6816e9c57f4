import { statSync } from 'node:fs';
import { SporthubCommand } from '../base-command.js';
import { CliError } from '../errors/cli-error.js';
import { describeFailure } from '../errors/describe-failure.js';
import { ExitCode, type ExitCodeValue } from '../errors/exit-codes.js';

/** One check's outcome; `exitCode` is what the run exits with when it is the first failure. */
interface Check {
  name: string;
  status: 'ok' | 'warn' | 'fail' | 'skip';
  detail: string;
  exitCode?: ExitCodeValue;
}

/** Clocks further apart than this break token expiry and webhook signature windows (5 min tolerance). */
const MAX_SKEW_SECONDS = 60;

export default class Doctor extends SporthubCommand<typeof Doctor> {
  static override summary = 'Check the CLI setup: config file, API reachability, token, clock.';
  static override description =
    "Runs each check and prints one line per check: the config file exists with mode 0600; the API URL answers GET /healthz (and how fast); the token is accepted by GET /v1/me (organization, scopes, expiry); the local clock agrees with the server's Date header within 60 seconds. Exits 0 when every check passes (warnings allowed), otherwise with the first failure's code: 3 config, 75 unreachable, 4 token rejected. With --json the result lists the checks.";

  static override examples = [
    { description: 'Check the active profile:', command: '<%= config.bin %> doctor' },
    {
      description: 'Check another profile and server, as JSON for a monitoring job:',
      command: '<%= config.bin %> doctor --profile staging --api-url https://staging.example.org --json',
    },
  ];

  async run(): Promise<{ checks: Check[] }> {
    const checks: Check[] = [];
    const report = (check: Check) => {
      checks.push(check);
      if (!this.jsonMode) {
        const mark = { ok: '✓', warn: '!', fail: '✗', skip: '-' }[check.status];
        process.stdout.write(`${mark} ${check.name.padEnd(10)} ${check.detail}\n`);
      }
    };
    report(await this.checkConfigFile());
    const { apiUrl, token } = await this.settings().catch(() => ({ apiUrl: undefined, token: undefined }));
    if (!apiUrl) {
      report({
        name: 'api',
        status: 'fail',
        detail: 'no API URL: pass --api-url, set SPORTHUB_API_URL or run `sporthub login`',
        exitCode: ExitCode.config,
      });
    } else {
      const health = await this.checkHealth(apiUrl);
      report(health.check);
      if (health.check.status === 'ok') report(clockCheck(health.serverDate));
      if (!token) {
        report({
          name: 'token',
          status: 'fail',
          detail: 'no token: set SPORTHUB_TOKEN or run `sporthub login`',
          exitCode: ExitCode.config,
        });
      } else if (health.check.status === 'ok') {
        report(await this.checkToken());
      }
    }
    const failed = checks.find((c) => c.status === 'fail');
    if (failed) {
      throw new CliError(`doctor: the ${failed.name} check failed: ${failed.detail}`, {
        code: 'doctor_failed',
        exitCode: failed.exitCode ?? ExitCode.failure,
        hint: 'Fix the failed check above and run `sporthub doctor` again.',
      });
    }
    return { checks };
  }

  private async checkConfigFile(): Promise<Check> {
    try {
      const store = await this.profiles();
      const mode = statSync(store.path).mode & 0o777;
      const octal = mode.toString(8).padStart(4, '0');
      return mode & 0o077
        ? {
            name: 'config',
            status: 'fail',
            detail: `${store.path} has mode ${octal}: run \`chmod 600 ${store.path}\``,
            exitCode: ExitCode.config,
          }
        : { name: 'config', status: 'ok', detail: `${store.path} (mode ${octal})` };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return {
          name: 'config',
          status: 'warn',
          detail: 'no config file yet (settings come from flags and environment)',
        };
      }
      return { name: 'config', status: 'fail', detail: (error as Error).message, exitCode: ExitCode.config };
    }
  }

  private async checkHealth(apiUrl: string): Promise<{ check: Check; serverDate: string | undefined }> {
    const started = performance.now();
    try {
      const hub = await this.createClient({ apiUrl, token: 'doctor' });
      const { data, response } = await hub.request('GET', '/healthz').withResponse();
      await hub.close();
      const ms = Math.round(performance.now() - started);
      const version = (data as { version?: string }).version;
      return {
        check: {
          name: 'api',
          status: 'ok',
          detail: `${apiUrl} answered /healthz in ${ms} ms${version ? ` (server ${version})` : ''}`,
        },
        serverDate: response.headers.date,
      };
    } catch (error) {
      return {
        check: {
          name: 'api',
          status: 'fail',
          detail: `${apiUrl} is not reachable: ${(error as Error).message}`,
          exitCode: ExitCode.transient,
        },
        serverDate: undefined,
      };
    }
  }

  private async checkToken(): Promise<Check> {
    try {
      const me = await (await this.client()).me();
      const expires = me.token.expiresAt ? `, expires ${me.token.expiresAt}` : '';
      return {
        name: 'token',
        status: 'ok',
        detail: `${me.token.name} (${me.token.prefix}…) of ${me.organization.name}, scopes ${me.token.scopes.join(', ')}${expires}`,
      };
    } catch (error) {
      const failure = describeFailure(error);
      const rejected = failure.exitCode === ExitCode.auth;
      return {
        name: 'token',
        status: 'fail',
        detail: rejected ? `rejected (${failure.code}): run \`sporthub login\`` : failure.message,
        exitCode: failure.exitCode,
      };
    }
  }
}

/** Local clock against the server's `Date` header (second resolution, so ±1 s is noise). */
function clockCheck(serverDate: string | undefined): Check {
  const server = serverDate ? Date.parse(serverDate) : Number.NaN;
  if (Number.isNaN(server))
    return { name: 'clock', status: 'skip', detail: 'the server sent no Date header' };
  const skew = Math.round((Date.now() - server) / 1000);
  const detail = `local clock is ${Math.abs(skew)} s ${skew >= 0 ? 'ahead of' : 'behind'} the server`;
  return Math.abs(skew) > MAX_SKEW_SECONDS
    ? {
        name: 'clock',
        status: 'warn',
        detail: `${detail}: sync it (NTP); token expiry and webhook signatures need a close clock`,
      }
    : { name: 'clock', status: 'ok', detail };
}
