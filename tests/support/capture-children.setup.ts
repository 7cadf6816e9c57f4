/**
 * vitest setup file of the cross-package projects: every child process a suite spawns (the server,
 * the CLI, shell scripts around it) has its output teed into `tests/.output/logs` for the secret scan,
 * whichever helper the suite used to start it. What is captured:
 *
 * - the server (`sporthub-server`): stdout and stderr — its log lines;
 * - anything else (the CLI): stderr — errors, warnings, `--verbose` traces, crash reports — and
 *   stdout too when the process fails (the `--json` error document). The stdout of a successful
 *   command is data the user asked for (`tokens create` prints the new token there by design).
 *
 * Tokens handed to a child (`SPORTHUB_TOKEN`, `SPORTHUB_BOOTSTRAP_TOKEN`, `--token`) are registered as
 * secrets on the way.
 */
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { maskKnownSecrets, recordOutput, registerSecret } from './output-capture.js';

type Spawn = (command: string, args?: readonly string[], options?: SpawnOptions) => ChildProcess;

const childProcess = createRequire(import.meta.url)('node:child_process') as { spawn: Spawn };
/** stdout of a failed CLI run kept, at most (a failing export could print megabytes). */
const MAX_FAILED_STDOUT = 256 * 1024;
const PATCHED = Symbol.for('sporthub.tests.captureChildren');

function registerTokens(args: readonly string[], env: NodeJS.ProcessEnv | undefined): void {
  registerSecret(env?.SPORTHUB_TOKEN, 'api_token');
  registerSecret(env?.SPORTHUB_BOOTSTRAP_TOKEN, 'api_token');
  args.forEach((arg, i) => {
    if (arg === '--token' || arg === '--secret')
      registerSecret(args[i + 1], arg === '--token' ? 'api_token' : 'webhook_secret');
    const inline = /^--(token|secret)=(.+)$/.exec(arg);
    if (inline) registerSecret(inline[2], inline[1] === 'token' ? 'api_token' : 'webhook_secret');
  });
}

/**
 * Calls `onData` with every chunk the stream emits, without listening to it: a 'data' listener would
 * switch the stream to flowing mode and drop what its consumer had not yet attached to read.
 */
function observe(stream: NodeJS.ReadableStream | null | undefined, onData: (text: string) => void): void {
  if (!stream) return;
  const emit = stream.emit.bind(stream) as (event: string | symbol, ...args: unknown[]) => boolean;
  stream.emit = ((event: string | symbol, ...args: unknown[]) => {
    if (event === 'data') onData(String(args[0]));
    return emit(event, ...args);
  }) as typeof stream.emit;
}

function tee(child: ChildProcess, command: string, args: readonly string[]): void {
  const script = args.find((a) => a.endsWith('.js') || a.endsWith('.sh') || a.endsWith('.mjs'));
  const isServer = script !== undefined && path.basename(script) === 'sporthub-server.js';
  const name = script ? path.basename(path.dirname(path.dirname(script))) : path.basename(command);
  const label = `${name}:${child.pid ?? '?'}`;
  const shown = args.filter((a) => a !== script).slice(0, 6);
  recordOutput(label, `$ ${maskKnownSecrets([path.basename(command), ...shown].join(' '))}`);
  observe(child.stderr, (text) => recordOutput(`${label} stderr`, text));
  if (isServer) {
    observe(child.stdout, (text) => recordOutput(`${label} stdout`, text));
    return;
  }
  let stdout = '';
  observe(child.stdout, (text) => {
    if (stdout.length < MAX_FAILED_STDOUT) stdout += text;
  });
  child.once('close', (code, signal) => {
    if (code !== 0 || signal !== null) recordOutput(`${label} stdout (exit ${signal ?? code})`, stdout);
  });
}

const original = childProcess.spawn as Spawn & { [PATCHED]?: true };
if (!original[PATCHED]) {
  const patched = function spawn(command: string, ...rest: unknown[]): ChildProcess {
    const child = (original as (...a: unknown[]) => ChildProcess)(command, ...rest);
    const args = Array.isArray(rest[0]) ? (rest[0] as string[]) : [];
    const options = (Array.isArray(rest[0]) ? rest[1] : rest[0]) as SpawnOptions | undefined;
    try {
      registerTokens(args, options?.env);
      tee(child, command, args);
    } catch (error) {
      process.stderr.write(`output capture failed: ${String(error)}\n`);
    }
    return child;
  } as Spawn & { [PATCHED]?: true };
  patched[PATCHED] = true;
  childProcess.spawn = patched;
  syncBuiltinESMExports();
}
