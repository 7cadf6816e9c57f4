/**
 * Everything the cross-package suites see a process print, kept for the secret scan (SPEC §7
 * security: no token, webhook secret or phone number in any log line, error or `--verbose` trace).
 *
 * - `recordOutput` appends captured text to `tests/.output/logs/<pid>.log` (one file per vitest
 *   worker, so parallel files never interleave inside a line);
 * - `registerSecret` appends a value the tests know is secret to `tests/.output/secrets/<pid>.txt`;
 * - `secret-scan.global.ts` empties the directory before the run and, after it, fails the run when a
 *   registered secret appears in any captured output (`scanForSecrets`).
 *
 * `SPORTHUB_TEST_OUTPUT_DIR` moves the directory (the scan's own test uses a temp one).
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_OUTPUT_DIR = fileURLToPath(new URL('../.output', import.meta.url));

export function outputDir(): string {
  return process.env.SPORTHUB_TEST_OUTPUT_DIR ?? DEFAULT_OUTPUT_DIR;
}

/** What a registered secret is, for the scan's report (the value itself is never printed). */
export type SecretKind = 'api_token' | 'webhook_secret' | 'phone' | 'signing_key';

const known = new Set<string>();

function append(sub: string, text: string): void {
  const dir = path.join(outputDir(), sub);
  mkdirSync(dir, { recursive: true });
  appendFileSync(path.join(dir, `${process.pid}.${sub === 'logs' ? 'log' : 'txt'}`), text);
}

/** Adds `value` to the secrets the scan looks for (values under 8 characters are ignored: they would match anywhere). */
export function registerSecret(value: string | undefined, kind: SecretKind): void {
  if (!value || known.has(value)) return;
  if (value.length < 8) return;
  known.add(value);
  append('secrets', `${JSON.stringify({ kind, value })}\n`);
}

/** Replaces every secret registered in this process by `[secret]` (for headers naming a command). */
export function maskKnownSecrets(text: string): string {
  let out = text;
  for (const value of known) out = out.split(value).join('[secret]');
  return out;
}

/** Appends one captured stream of one process, every line prefixed with `label`. */
export function recordOutput(label: string, text: string): void {
  if (text === '') return;
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  append('logs', `${lines.map((line) => `[${label}] ${line}`).join('\n')}\n`);
}
