/**
 * Runs the built `sporthub` CLI (`packages/cli/bin/run.js`) as a child process, the way an operator or a
 * CI job does: non-interactive (`CI=true`), its own config dir, API URL and token from the environment.
 * Its output is captured for the secret scan by `capture-children.setup.ts` like every other child.
 * Needs `pnpm --filter @sporthub/cli build`.
 *
 * @example
 * const run = await sporthub(['schedules', 'import', 'a.csv', '--json'], { apiUrl, token, configDir }).done;
 * expect(run.code).toBe(0);
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI_BIN = fileURLToPath(new URL('../../packages/cli/bin/run.js', import.meta.url));
const CLI_DIST = fileURLToPath(
  new URL('../../packages/cli/dist/commands/schedules/import.js', import.meta.url),
);

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliTarget {
  apiUrl: string;
  token: string;
  configDir: string;
  env?: Record<string, string>;
}

export interface CliProcess {
  child: ChildProcess;
  done: Promise<CliRun>;
  /** stderr received so far (progress NDJSON lands here). */
  stderr(): string;
}

export function assertCliBuilt(): void {
  if (!existsSync(CLI_DIST))
    throw new Error('The CLI is not built: run `pnpm --filter @sporthub/cli build` first.');
}

/** The environment of a CLI child: the caller's, minus any profile/token/URL it had, plus the target's. */
function cliEnv(target: {
  configDir: string;
  apiUrl?: string | undefined;
  token?: string | undefined;
  env?: Record<string, string> | undefined;
}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true', SPORTHUB_CONFIG_DIR: target.configDir };
  for (const name of ['SPORTHUB_TOKEN', 'SPORTHUB_API_URL', 'SPORTHUB_PROFILE']) delete env[name];
  if (target.apiUrl) env.SPORTHUB_API_URL = target.apiUrl;
  if (target.token) env.SPORTHUB_TOKEN = target.token;
  return Object.assign(env, target.env);
}

/** Starts `sporthub <args>`; `done` resolves when the process has exited and its pipes closed. */
export function sporthub(args: string[], target: CliTarget): CliProcess {
  const child = spawn(process.execPath, [CLI_BIN, ...args], {
    env: cliEnv(target),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done, stderr: () => stderr };
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

/** Runs `sporthub <args>` to the end, with `stdin` fed and a kill after `killAfterMs`. */
export function runCli(args: readonly string[], options: CliOptions): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], {
      env: cliEnv(options),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
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

/** The `--json` envelope of a finished run (throws with the run's stderr when stdout is not one). */
export function envelope<T = Record<string, unknown>>(
  run: CliRun,
): { ok: boolean; result: T; warnings: string[]; error?: { code: string; message: string } } {
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`not a JSON envelope (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
}

/** Runs `work` over `items` with at most `width` in flight. */
export async function inParallel<T, R>(
  items: readonly T[],
  width: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index] as T, index);
      }
    }),
  );
  return results;
}

/**
 * Batches the import journals under `configDir` have acknowledged so far: a witness that an import is
 * writing, sharper than `--progress ndjson` (throttled to one event a second).
 */
export function ackedBatches(configDir: string): number {
  const jobs = path.join(configDir, 'jobs');
  if (!existsSync(jobs)) return 0;
  let acked = 0;
  for (const id of readdirSync(jobs)) {
    const log = path.join(jobs, id, 'batches.log');
    if (existsSync(log)) acked += readFileSync(log, 'utf8').split('"acked"').length - 1;
  }
  return acked;
}

/** The ids of the jobs journaled under `configDir`. */
export function jobIds(configDir: string): string[] {
  const jobs = path.join(configDir, 'jobs');
  return existsSync(jobs) ? readdirSync(jobs) : [];
}
