import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToken } from '../src/tenancy/tokens.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from './support/databases.js';

const run = promisify(execFile);
const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(PACKAGE, 'bin/sporthub-server.js');

/** Newest modification time under a folder. */
function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? newest(full) : statSync(full).mtimeMs;
    }),
  );
}

// These tests run the built bin as a process; rebuild when dist is missing or older than src
// rather than silently testing a stale build.
beforeAll(async () => {
  const dist = path.join(PACKAGE, 'dist/bin.js');
  if (!existsSync(dist) || statSync(dist).mtimeMs < newest(path.join(PACKAGE, 'src'))) {
    await run('pnpm', ['run', 'build'], { cwd: PACKAGE });
  }
}, 240_000);

const cli = async (db: string, ...args: string[]) =>
  (
    await run(process.execPath, [BIN, ...args, '--db', db], {
      env: { ...process.env, SPORTHUB_BOOTSTRAP_TOKEN: '' },
    })
  ).stdout;

describe.each(DIALECTS)('sporthub-server CLI on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('orgs create prints only the id; orgs list prints id<TAB>name lines', async () => {
    const id = (await cli(database.url, 'orgs', 'create', '浦东体育')).trim();
    expect(id).toMatch(/^org_[0-9A-HJKMNP-TV-Z]{26}$/);
    const lines = (await cli(database.url, 'orgs', 'list')).trim().split('\n');
    expect(lines).toContain(`${id}\t浦东体育`);
  });

  it('tokens create prints only a token that authenticates with its scopes', async () => {
    const org = (await cli(database.url, 'orgs', 'create', 'Token org')).trim();
    const stdout = await cli(
      database.url,
      'tokens',
      'create',
      '--org',
      org,
      '--name',
      'ci',
      '--scopes',
      'outlets:read,outlets:write',
      '--expires-in-days',
      '30',
    );
    const token = stdout.trim();
    expect(stdout).toBe(`${token}\n`);
    expect(token).toMatch(/^shk_[A-Za-z0-9_-]{43}$/);
    const row = await database.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('organization_id', '=', org)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.scopes)).toEqual(['outlets:read', 'outlets:write']);
    expect(row.expires_at).not.toBeNull();
    expect(row.token_hash).not.toContain(token);
  });

  it('tokens create refuses unknown scopes and organizations', async () => {
    await expect(
      cli(database.url, 'tokens', 'create', '--org', 'org_nope', '--name', 'x', '--scopes', 'admin'),
    ).rejects.toThrow();
    await expect(
      cli(database.url, 'tokens', 'create', '--org', 'x', '--name', 'x', '--scopes', 'root'),
    ).rejects.toThrow(/unknown scope/);
  });
});

describe.each(DIALECTS)('sporthub-server start with SPORTHUB_BOOTSTRAP_TOKEN on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('bootstraps an admin token, logs the real port, and exits 0 on SIGTERM', async () => {
    const token = generateToken();
    const child = spawn(process.execPath, [BIN, 'start', '--port', '0', '--db', database.url], {
      env: { ...process.env, SPORTHUB_BOOTSTRAP_TOKEN: token },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        lines.push(line);
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === 'listening' && entry.url) resolve(entry.url);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${lines.join('\n')}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(url).not.toMatch(/:0$/);
    const ok = await fetch(`${url}/v1/outlets`, { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    const orgs = (await cli(database.url, 'orgs', 'list')).trim().split('\n');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatch(/\tDefault organization$/);
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(lines.join('\n')).not.toContain(token);
  });
});
