/**
 * Runs examples/embed-sdk/index.mjs as a process against a fresh server (with `--sandbox`, so the
 * example's local webhook receiver is allowed) and checks what it prints. The example imports the
 * built SDK: a stale or missing `packages/sdk/dist` is rebuilt first rather than silently used.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../support/server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLE = path.join(ROOT, 'examples/embed-sdk/index.mjs');
const SDK = path.join(ROOT, 'packages/sdk');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function ensureSdkBuilt(): void {
  const built = path.join(SDK, 'dist/index.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(path.join(SDK, 'src'))) return;
  execFileSync('pnpm', ['--filter', '@sporthub/sdk', 'build'], { cwd: ROOT, stdio: 'ignore' });
}

let server: RunningServer;

beforeAll(async () => {
  ensureSdkBuilt();
  server = await startServer({ args: ['--sandbox'] });
}, 180_000);

afterAll(async () => {
  await server?.stop();
});

describe('examples/embed-sdk', () => {
  it('provisions, schedules, books, records, exports and verifies a webhook', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [EXAMPLE], {
      env: { ...process.env, SPORTHUB_API_URL: server.baseUrl, SPORTHUB_TOKEN: server.token },
      timeout: 60_000,
    }).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`example failed:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
    });
    expect(stdout).toMatch(/^outlet: EX-\w+ out_\w{26}$/m);
    expect(stdout).toMatch(/^program: P-TAICHI-\w+ prg_\w{26}$/m);
    expect(stdout).toMatch(/^sessions: 14 created, 0 updated, 0 rejected$/m);
    expect(stdout).toMatch(/^booking: \w+ booked$/m);
    expect(stdout).toMatch(/^participation: par_\w{26}$/m);
    expect(stdout).toMatch(/^export: 1 rows, trailer count 1, watermark \S+$/m);
    expect(stdout).toMatch(/^webhook verified: webhook\.test evt_\w{26}$/m);
    expect(stdout.trim().endsWith('done')).toBe(true);
  });
});
