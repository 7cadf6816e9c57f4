/**
 * The secret scan itself (SPEC §7 security): a leak planted in a temp output directory makes the
 * run's teardown fail, through the same capture path the other suites use (a spawned child's stderr),
 * and a clean directory passes.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordOutput, registerSecret } from '../support/output-capture.js';
import { setup } from '../support/secret-scan.global.js';
import { scanForSecrets } from '../support/secret-scan.js';

function run(script: string, env: Record<string, string> = {}): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { env: { ...process.env, ...env } });
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', resolve);
  });
}

describe('secret scan over captured output', () => {
  let dir: string;
  let previous: string | undefined;
  beforeEach(() => {
    previous = process.env.SPORTHUB_TEST_OUTPUT_DIR;
    dir = mkdtempSync(path.join(tmpdir(), 'sporthub-scan-'));
    process.env.SPORTHUB_TEST_OUTPUT_DIR = dir;
  });
  afterEach(() => {
    if (previous === undefined) delete process.env.SPORTHUB_TEST_OUTPUT_DIR;
    else process.env.SPORTHUB_TEST_OUTPUT_DIR = previous;
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails the run when a child process prints a token it was given', async () => {
    const teardown = setup();
    const token = `shk_${randomBytes(32).toString('base64url')}`;
    // The capture registers SPORTHUB_TOKEN by itself and tees the child's stderr.
    const code = await run('console.error("debug: auth " + process.env.SPORTHUB_TOKEN)', {
      SPORTHUB_TOKEN: token,
    });
    expect(code).toBe(0);
    const { leaks } = scanForSecrets(dir);
    expect(leaks).toHaveLength(1);
    expect(leaks[0]).toMatchObject({ kind: 'api_token', hint: `${token.slice(0, 8)}…` });
    const before = process.exitCode;
    const stderr: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((text: string) => stderr.push(text) > 0) as typeof process.stderr.write;
    try {
      teardown();
      expect(process.exitCode).toBe(1);
    } finally {
      process.stderr.write = write;
      process.exitCode = before;
    }
    expect(stderr.join('')).toContain('Secret scan FAILED');
    expect(stderr.join('')).not.toContain(token); // the report names the leak without repeating it
  });

  it('finds a webhook secret and a phone number written in another form', () => {
    setup();
    const secret = `whsec_${randomBytes(24).toString('base64')}`;
    registerSecret(secret, 'webhook_secret');
    registerSecret('+86 139-0011-2233', 'phone');
    recordOutput('server stdout', `{"msg":"delivery","secret":"${secret}"}`);
    recordOutput('cli stderr', 'guardian 13900112233 rejected');
    expect(scanForSecrets(dir).leaks.map((l) => l.kind)).toEqual(['webhook_secret', 'phone']);
  });

  it('passes clean output, and ignores the stdout of a successful command (its data)', async () => {
    const teardown = setup();
    const token = `shk_${randomBytes(32).toString('base64url')}`;
    expect(
      await run('console.log(process.env.SPORTHUB_TOKEN); console.error("ok")', { SPORTHUB_TOKEN: token }),
    ).toBe(0);
    // A failed command's stdout is captured: its --json error document must not hold the token either.
    expect(await run('console.log("{\\"ok\\":false}"); process.exit(4)', { SPORTHUB_TOKEN: token })).toBe(4);
    const logs = readFileSync(path.join(dir, 'logs', `${process.pid}.log`), 'utf8');
    expect(logs).toContain('stdout (exit 4)');
    expect(scanForSecrets(dir).leaks).toEqual([]);
    const before = process.exitCode;
    teardown();
    expect(process.exitCode).toBe(before);
  });
});
