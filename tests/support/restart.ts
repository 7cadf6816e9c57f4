/**
 * Kill-and-restart helpers for fault suites: SIGKILL a server child process (no drain, no cleanup, as a
 * crash or an OOM kill) and start a new process on the same database and port, so clients that hold
 * the URL (the CLI's journal records it) reach the new process.
 */
import { type RunningServer, type StartServerOptions, startServer } from './server.js';

/** SIGKILL and wait until the process is gone. */
export async function killServer(server: RunningServer): Promise<void> {
  const child = server.process;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  await exited;
}

/** A new server process on `server`'s database and port (its bootstrap token stays valid). */
export async function restartServer(
  server: RunningServer,
  options: Omit<StartServerOptions, 'dbUrl' | 'db'> = {},
): Promise<RunningServer> {
  const port = new URL(server.baseUrl).port;
  const restarted = await startServer({
    ...options,
    dbUrl: server.dbUrl,
    args: [...(options.args ?? []), '--port', port],
  });
  return { ...restarted, token: server.token };
}

/** Polls `check` every 20 ms until it is true; throws after `timeoutMs`. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
