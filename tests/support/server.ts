/**
 * Starts the real `sporthub-server` as a child process for end-to-end suites (SDK, CLI, faults):
 * a fresh temp SQLite file or a throwaway PostgreSQL database per server, a bootstrap admin token,
 * and cleanup on `stop()`. Needs the built server: `pnpm --filter @sporthub/server build`.
 *
 * @example
 * const server = await startServer();
 * const res = await fetch(`${server.baseUrl}/v1/outlets`, { headers: { authorization: `Bearer ${server.token}` } });
 * await server.stop();
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { registerSecret } from './output-capture.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The server's bin shim; it imports `packages/server/dist`. */
export const SERVER_BIN = path.join(ROOT, 'packages/server/bin/sporthub-server.js');
/** A maintenance connection used to create and drop throwaway databases. */
export const PG_ADMIN_URL = process.env.SPORTHUB_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const STARTUP_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

export interface StartServerOptions {
  db?: 'sqlite' | 'postgres';
  /** Extra environment for the server process. */
  env?: Record<string, string>;
  /** Extra arguments after `start --port 0 --db …`. */
  args?: string[];
  /**
   * Run on this existing database (e.g. another server's `dbUrl`, for several processes on one
   * PostgreSQL) instead of a fresh one; `stop()` then leaves it for its owner to drop. The bootstrap
   * token only works on an empty database: use the first server's `token`.
   */
  dbUrl?: string;
  /** Pass `--sandbox` (webhook endpoints on loopback allowed). */
  sandbox?: boolean;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  baseUrl: string;
  /** An admin token of the default organization. */
  token: string;
  /** The SQLite path or postgres:// URL the server uses (for `createOrgToken`). */
  dbUrl: string;
  /** Every log line the server printed so far (stdout and stderr). */
  logs: string[];
  /** The child process, for fault tests (`process.kill('SIGKILL')`). */
  process: ChildProcess;
  /** SIGTERM, wait for exit, remove the database. Safe to call twice. */
  stop(): Promise<void>;
}

/** A random token in the server's format (`shk_` + 43 base64url characters). */
export function randomToken(): string {
  return `shk_${randomBytes(32).toString('base64url')}`;
}

/** A throwaway database: a temp SQLite file or `sporthub_t_<random>` on the local PostgreSQL. */
export async function createTestDatabase(
  kind: 'sqlite' | 'postgres',
): Promise<{ url: string; drop(): Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = await mkdtemp(path.join(tmpdir(), 'sporthub-'));
    return { url: path.join(dir, 'sporthub.db'), drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const name = `sporthub_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  if (!existsSync(path.join(ROOT, 'packages/server/dist/bin.js'))) {
    throw new Error('The server is not built: run `pnpm --filter @sporthub/server build` first.');
  }
  const database = options.dbUrl
    ? { url: options.dbUrl, drop: async () => undefined }
    : await createTestDatabase(options.db ?? 'sqlite');
  const token = randomToken();
  const child = spawn(
    process.execPath,
    [
      SERVER_BIN,
      'start',
      '--port',
      '0',
      '--db',
      database.url,
      ...(options.sandbox ? ['--sandbox'] : []),
      ...(options.args ?? []),
    ],
    {
      env: { ...process.env, LOG_LEVEL: 'info', SPORTHUB_BOOTSTRAP_TOKEN: token, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const logs: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let baseUrl: string;
  try {
    baseUrl = await waitForListening(child, logs);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    await database.drop();
    throw error;
  }
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }
      await database.drop();
    })();
    return stopped;
  };
  return { baseUrl, token, dbUrl: database.url, logs, process: child, stop };
}

function waitForListening(child: ChildProcess, logs: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not listen within ${STARTUP_TIMEOUT_MS} ms:\n${logs.join('\n')}`)),
      STARTUP_TIMEOUT_MS,
    );
    const onLine = (line: string) => {
      logs.push(line);
      try {
        const entry = JSON.parse(line) as { msg?: unknown; url?: unknown };
        if (entry.msg === 'listening' && typeof entry.url === 'string') {
          clearTimeout(timer);
          resolve(entry.url);
        }
      } catch {
        // not a JSON log line (a warning on stderr)
      }
    };
    if (child.stdout) createInterface({ input: child.stdout }).on('line', onLine);
    if (child.stderr) createInterface({ input: child.stderr }).on('line', (line) => logs.push(line));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${signal ?? code}) before listening:\n${logs.join('\n')}`));
    });
  });
}

const execFileAsync = promisify(execFile);

/** Runs `sporthub-server <args>` against a database and returns its stdout, trimmed. */
export async function runServerCli(dbUrl: string, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync(process.execPath, [SERVER_BIN, ...args, '--db', dbUrl], {
    env: { ...process.env, SPORTHUB_BOOTSTRAP_TOKEN: '' },
  });
  return stdout.trim();
}

/**
 * A second tenant: `orgs create` + `tokens create` on the server's database (works beside the
 * running server).
 */
export async function createOrgToken(
  dbUrl: string,
  scopes: string[],
  name = `Tenant ${randomBytes(3).toString('hex')}`,
): Promise<{ organizationId: string; token: string }> {
  const organizationId = await runServerCli(dbUrl, ['orgs', 'create', name]);
  const token = await runServerCli(dbUrl, [
    'tokens',
    'create',
    '--org',
    organizationId,
    '--name',
    'e2e',
    '--scopes',
    scopes.join(','),
  ]);
  // The secret scan looks for it in every captured log (the server's own token is registered when
  // it is handed to the child process).
  registerSecret(token, 'api_token');
  return { organizationId, token };
}
