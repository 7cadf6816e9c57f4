/**
 * Runs the built CLI (`packages/cli/bin/run.js`) as a child process, the way an operator or CI job
 * does: no TTY, `CI=true`, a private config directory. Its output is captured for the secret scan by
 * `capture-children.setup.ts` like every other child. Needs `pnpm --filter @sporthub/cli build`.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CLI_BIN = fileURLToPath(new URL('../../packages/cli/bin/run.js', import.meta.url));

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** SPORTHUB_CONFIG_DIR. */
  configDir: string;
  apiUrl?: string | undefined;
  token?: string | undefined;
  env?: Record<string, string>;
  stdin?: string;
  /** Kill after this long (a hang is a failure, reported with `signal`). Default 120 s. */
  killAfterMs?: number;
}

export function runCli(args: readonly string[], options: CliOptions): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true', SPORTHUB_CONFIG_DIR: options.configDir };
  for (const name of ['SPORTHUB_TOKEN', 'SPORTHUB_API_URL', 'SPORTHUB_PROFILE']) delete env[name];
  if (options.apiUrl) env.SPORTHUB_API_URL = options.apiUrl;
  if (options.token) env.SPORTHUB_TOKEN = options.token;
  Object.assign(env, options.env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.end(options.stdin ?? '');
  });
}
