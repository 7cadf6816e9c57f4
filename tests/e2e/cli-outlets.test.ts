/**
 * The built CLI (`packages/cli/bin/run.js`) as an operator runs it: a child process, against a real
 * server, with a temp config directory per test. Needs `pnpm --filter @sporthub/cli build` and the server
 * build (`startServer` checks its own).
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../support/server.js';

const CLI_BIN = fileURLToPath(new URL('../../packages/cli/bin/run.js', import.meta.url));
const CLI_DIST = fileURLToPath(new URL('../../packages/cli/dist/commands', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let server: RunningServer;
let configDir: string;

function sporthub(args: string[], opts: { input?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, SPORTHUB_CONFIG_DIR: configDir, CI: 'true', ...opts.env };
  for (const name of ['SPORTHUB_TOKEN', 'SPORTHUB_API_URL', 'SPORTHUB_PROFILE']) {
    if (!opts.env?.[name]) delete env[name];
  }
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
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

async function seedOutlet(code: string, name: string, district: string): Promise<void> {
  const res = await fetch(`${server.baseUrl}/v1/outlets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      code,
      name,
      address: { province: '上海市', city: '上海市', district, street: '世纪大道211号' },
      zones: [
        { code: 'EXP', name: '体验区', kind: 'experience', capacity: 20 },
        { code: 'TRN', name: '训练区', kind: 'training', capacity: 12 },
      ],
    }),
  });
  expect(res.status).toBe(201);
}

const login = () =>
  sporthub(['login', '--api-url', server.baseUrl, '--with-token'], { input: `${server.token}\n` });

beforeAll(async () => {
  if (!existsSync(CLI_DIST))
    throw new Error('The CLI is not built: run `pnpm --filter @sporthub/cli build` first.');
  server = await startServer();
  await seedOutlet('SH-PD-0001', '浦东世纪大道体育服务点', '浦东新区');
  await seedOutlet('SH-PD-0002', 'Pudong "East", Annex', '浦东新区');
  await seedOutlet('SH-XH-0001', '徐汇滨江体育服务点', '徐汇区');
});

afterAll(async () => {
  await server?.stop();
});

beforeEach(async () => {
  configDir = await mkdtemp(path.join(tmpdir(), 'sporthub-cli-e2e-'));
});

afterEach(async () => {
  await rm(configDir, { recursive: true, force: true });
});

describe('sporthub CLI against a real server', () => {
  it('login --with-token stores a 0600 profile without echoing the token; whoami uses it', async () => {
    const run = await login();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).not.toContain(server.token);
    expect(statSync(path.join(configDir, 'config.json')).mode & 0o777).toBe(0o600);

    const who = await sporthub(['whoami', '--json']);
    expect(who.code, who.stderr).toBe(0);
    const envelope = JSON.parse(who.stdout);
    expect(envelope).toMatchObject({ ok: true, command: 'whoami', result: { apiUrl: server.baseUrl } });
    expect(typeof envelope.result.organization.name).toBe('string');
    expect(who.stdout).not.toContain(server.token);
  });

  it('a --profile the config file does not hold only warns when the environment supplies URL and token', async () => {
    expect((await login()).code).toBe(0);
    const env = { SPORTHUB_API_URL: server.baseUrl, SPORTHUB_TOKEN: server.token };
    const run = await sporthub(['outlets', 'list', '--profile', 'ci', '--json'], { env });
    expect(run.code, run.stderr).toBe(0);
    const envelope = JSON.parse(run.stdout);
    expect(envelope.warnings).toEqual([expect.stringContaining('Profile "ci" does not exist')]);
    expect(envelope.result.data).toHaveLength(3);
    const without = await sporthub(['outlets', 'list', '--profile', 'ci']);
    expect(without.code).toBe(3);
    expect(without.stderr).toContain('Profile "ci" does not exist (profiles: default)');
  });

  it('outlets list prints a table with code, name, status, district and zone count', async () => {
    expect((await login()).code).toBe(0);
    const run = await sporthub(['outlets', 'list']);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^CODE\s+NAME\s+STATUS\s+DISTRICT\s+ZONES$/);
    expect(lines).toHaveLength(4);
    expect(run.stdout).toMatch(/SH-PD-0001\s+浦东世纪大道体育服务点\s+active\s+浦东新区\s+2/);
  });

  it('outlets list --json prints one envelope with {data, nextCursor}', async () => {
    expect((await login()).code).toBe(0);
    const run = await sporthub(['outlets', 'list', '--json', '--limit', '2']);
    expect(run.code, run.stderr).toBe(0);
    const envelope = JSON.parse(run.stdout);
    expect(envelope).toMatchObject({ ok: true, command: 'outlets list', warnings: [] });
    expect(envelope.result.data).toHaveLength(2);
    expect(typeof envelope.result.nextCursor).toBe('string');
    expect(envelope.meta).toEqual({ durationMs: expect.any(Number), cliVersion: expect.any(String) });
    expect(envelope).not.toHaveProperty('error');

    const all = JSON.parse((await sporthub(['outlets', 'list', '--json', '--all', '--limit', '2'])).stdout);
    expect(all.result.data.map((o: { code: string }) => o.code).sort()).toEqual([
      'SH-PD-0001',
      'SH-PD-0002',
      'SH-XH-0001',
    ]);
    expect(all.result.nextCursor).toBeNull();
  });

  it('outlets list -o csv is RFC 4180 and filters by district', async () => {
    expect((await login()).code).toBe(0);
    const run = await sporthub(['outlets', 'list', '-o', 'csv', '--district', '浦东新区']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      'Code,Name,Status,District,Zones\r\n' +
        'SH-PD-0001,浦东世纪大道体育服务点,active,浦东新区,2\r\n' +
        'SH-PD-0002,"Pudong ""East"", Annex",active,浦东新区,2\r\n',
    );
  });

  it('outlets get finds by code and by id', async () => {
    expect((await login()).code).toBe(0);
    const byCode = JSON.parse((await sporthub(['outlets', 'get', 'SH-XH-0001', '-o', 'json'])).stdout);
    expect(byCode.code).toBe('SH-XH-0001');
    const byId = await sporthub(['outlets', 'get', byCode.id, '--json']);
    expect(JSON.parse(byId.stdout).result.code).toBe('SH-XH-0001');
  });

  it('exits 4 with a bad token', async () => {
    const run = await sporthub(['outlets', 'list'], {
      env: { SPORTHUB_API_URL: server.baseUrl, SPORTHUB_TOKEN: 'shk_not-a-real-token-at-all' },
    });
    expect(run.code).toBe(4);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('sporthub login');
    expect(run.stderr).not.toContain('shk_not-a-real-token-at-all');
  });

  it('a rejected login saves nothing usable and exits 4', async () => {
    const run = await sporthub(['login', '--api-url', server.baseUrl, '--with-token'], {
      input: 'shk_wrong\n',
    });
    expect(run.code).toBe(4);
    expect((await sporthub(['config', 'get', 'token'])).code).toBe(5);
  });

  it('exits 5 for outlets get NOPE, with the envelope under --json', async () => {
    expect((await login()).code).toBe(0);
    const run = await sporthub(['outlets', 'get', 'NOPE']);
    expect(run.code).toBe(5);
    const json = await sporthub(['outlets', 'get', 'NOPE', '--json']);
    expect(json.code).toBe(5);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      command: 'outlets get',
      error: { code: 'not_found' },
    });
  });

  it('exits 2 for an unknown flag', async () => {
    expect((await login()).code).toBe(0);
    const run = await sporthub(['outlets', 'list', '--colour']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--colour');
  });

  it('exits 3 with no config, naming the flag and pointing at login', async () => {
    const run = await sporthub(['outlets', 'list']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('--api-url');
    expect(run.stderr).toContain('sporthub login');
  });

  it('exits 3 and refuses a group-readable config file', async () => {
    expect((await login()).code).toBe(0);
    const file = path.join(configDir, 'config.json');
    const { chmod } = await import('node:fs/promises');
    await chmod(file, 0o644);
    const run = await sporthub(['whoami']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`chmod 600 ${file}`);
  });
});

describe('programs, staff and tokens lists', () => {
  const env = () => ({ SPORTHUB_API_URL: server.baseUrl, SPORTHUB_TOKEN: server.token });
  const post = async (route: string, body: unknown) => {
    const res = await fetch(`${server.baseUrl}${route}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.ok).toBe(true);
  };

  beforeAll(async () => {
    await post('/v1/programs:batchUpsert', {
      items: ['A', 'B', 'C'].map((c, i) => ({
        code: `P-LIST-${c}`,
        title: `课程 ${c}`,
        kind: i === 2 ? 'assessment' : 'class',
        category: 'tai_chi',
        ageGroups: ['adult'],
        intensity: 'light',
      })),
    });
    await post('/v1/staff:batchUpsert', {
      items: [
        { externalId: 'C-LIST-1', name: '王教练', role: 'coach' },
        { externalId: 'V-LIST-1', name: '赵志愿者', role: 'volunteer' },
      ],
    });
  });

  it('one page with a note naming the next cursor; --all follows every page', async () => {
    const first = await sporthub(['programs', 'list', '--limit', '2', '--json'], { env: env() });
    const page = JSON.parse(first.stdout).result;
    expect(page.data).toHaveLength(2);
    expect(page.nextCursor).toEqual(expect.any(String));
    const next = await sporthub(['programs', 'list', '--limit', '2', '--cursor', page.nextCursor], {
      env: env(),
    });
    expect(next.stdout).toContain('P-LIST-C');
    const table = await sporthub(['programs', 'list', '--limit', '2'], { env: env() });
    expect(table.stderr).toContain(`More programs: run again with --cursor ${page.nextCursor}`);
    const all = JSON.parse(
      (await sporthub(['programs', 'list', '--all', '--limit', '2', '--json'], { env: env() })).stdout,
    );
    expect(all.result.data.map((p: { code: string }) => p.code)).toEqual([
      'P-LIST-A',
      'P-LIST-B',
      'P-LIST-C',
    ]);
    expect(all.result.nextCursor).toBeNull();
  });

  it('filters, says when nothing matches, and lists staff and tokens', async () => {
    const assessments = await sporthub(['programs', 'list', '--kind', 'assessment', '-o', 'csv'], {
      env: env(),
    });
    expect(assessments.stdout.trim().split('\n').slice(1)).toEqual([expect.stringMatching(/^P-LIST-C,/)]);
    const none = await sporthub(['programs', 'list', '--category', 'no_such'], { env: env() });
    expect(none.code).toBe(0);
    expect(none.stderr).toContain('No programs match.');
    const coaches = await sporthub(['staff', 'list', '--role', 'coach', '-o', 'csv'], { env: env() });
    expect(coaches.stdout).toContain('C-LIST-1');
    expect(coaches.stdout).not.toContain('V-LIST-1');
    const tokens = JSON.parse((await sporthub(['tokens', 'list', '--json'], { env: env() })).stdout);
    expect(tokens.result.data.length).toBeGreaterThan(0);
    expect(JSON.stringify(tokens)).not.toContain(server.token);
  });
});
