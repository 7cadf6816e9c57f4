/**
 * Provisioning as an operator runs it: the built CLI (`packages/cli/bin/run.js`) as a child process
 * against a real server — plan, apply, a no-op second apply, stale plans, invalid manifests, --prune,
 * export round trip — and the help cache against oclif's own help. Needs `pnpm --filter @sporthub/cli
 * build` and the server build (`startServer` checks its own). The tests run in order on one server.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../support/server.js';

const CLI_BIN = fileURLToPath(new URL('../../packages/cli/bin/run.js', import.meta.url));
const HELP_CACHE = fileURLToPath(new URL('../../packages/cli/dist/help-cache.json', import.meta.url));
const NETWORK = fileURLToPath(new URL('../../examples/data/network.yaml', import.meta.url));
const NETWORK_TEXT = readFileSync(NETWORK, 'utf8');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let server: RunningServer;
let dir: string;

function sporthub(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    SPORTHUB_CONFIG_DIR: path.join(dir, 'config'),
    SPORTHUB_API_URL: server?.baseUrl ?? '',
    SPORTHUB_TOKEN: server?.token ?? '',
    CI: 'true',
    ...env,
  };
  delete childEnv.SPORTHUB_PROFILE;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], {
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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
  });
}

async function api<T>(method: string, pathname: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.baseUrl}${pathname}`, {
    method,
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${pathname}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

type Row = { id: string; code?: string; externalId?: string; revision: number; updatedAt: string };

/** Every provisioned record's key → revision and updatedAt: equal snapshots mean nothing was written. */
async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const resource of ['outlets', 'programs', 'staff']) {
    const page = await api<{ data: Row[] }>('GET', `/v1/${resource}?limit=500`);
    for (const r of page.data) out[`${resource}/${r.code ?? r.externalId}`] = `${r.revision}@${r.updatedAt}`;
  }
  return out;
}

async function manifest(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}

const CHANGED = NETWORK_TEXT.replace(
  '{code: TRN, name: 训练区, kind: training, capacity: 30}',
  '{code: TRN, name: 训练区, kind: training, capacity: 35}',
);

beforeAll(async () => {
  if (!existsSync(HELP_CACHE))
    throw new Error('The CLI is not built: run `pnpm --filter @sporthub/cli build` first.');
  dir = await mkdtemp(path.join(tmpdir(), 'sporthub-provisioning-e2e-'));
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('plan and apply a manifest', () => {
  it('plan shows every record of examples/data/network.yaml as a create; --detailed-exitcode exits 10', async () => {
    const run = await sporthub(['plan', '-f', NETWORK, '--detailed-exitcode']);
    expect(run.code, run.stderr).toBe(10);
    expect(run.stdout).toContain(`+ outlet SH-PD-0001 (${NETWORK}:16)`);
    expect(run.stdout).toContain('    + zones.EXP: {"name":"体验区","kind":"experience","capacity":20}');
    expect(run.stdout).toContain('Plan: 15 to create, 0 to update, 0 to delete, 0 unchanged.');
    expect(await snapshot()).toEqual({});
  });

  it('apply creates programs, outlets with zones and staff with their outlet ids', async () => {
    const run = await sporthub(['apply', '-f', NETWORK]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('Applied: 15 created, 0 updated, 0 deleted, 0 unchanged.\n');
    expect(run.stderr).toContain('+ staff C-0043 created');
    const outlets = await api<{ data: Array<{ id: string; code: string; zones: unknown[] }> }>(
      'GET',
      '/v1/outlets?limit=500',
    );
    const ids = Object.fromEntries(outlets.data.map((o) => [o.code, o.id]));
    expect(outlets.data.find((o) => o.code === 'SH-PD-0001')?.zones).toHaveLength(3);
    const staff = await api<{ data: Array<{ externalId: string; outletIds: string[] }> }>(
      'GET',
      '/v1/staff?externalId=C-0043',
    );
    expect(staff.data[0]?.outletIds.sort()).toEqual([ids['SH-PD-0001'], ids['SH-XH-0002']].sort());
  });

  it('a second apply reports no changes and writes nothing; plan --detailed-exitcode exits 0', async () => {
    const before = await snapshot();
    const run = await sporthub(['apply', '-f', NETWORK, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).result.summary).toEqual({
      created: 0,
      updated: 0,
      deleted: 0,
      unchanged: 15,
    });
    expect(await snapshot()).toEqual(before);
    const plan = await sporthub(['plan', '-f', NETWORK, '--detailed-exitcode']);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('No changes. 0 to create, 0 to update, 0 to delete, 15 unchanged.');
  });

  it('plan shows a field-level update; a saved plan that went stale is refused (exit 7) and nothing changes', async () => {
    const file = await manifest('changed.yaml', CHANGED);
    const planFile = path.join(dir, 'plan.json');
    const plan = await sporthub(['plan', '-f', file, '--out', planFile, '--detailed-exitcode']);
    expect(plan.code, plan.stderr).toBe(10);
    expect(plan.stdout).toContain('~ outlet SH-PD-0001');
    expect(plan.stdout).toContain('    ~ zones.TRN.capacity: 30 → 35');
    const saved = JSON.parse(readFileSync(planFile, 'utf8'));
    expect(saved.records.find((r: { key: string }) => r.key === 'SH-PD-0001')).toMatchObject({
      action: 'update',
      revision: 1,
    });

    const outlet = (await api<{ data: Row[] }>('GET', '/v1/outlets?code=SH-PD-0001')).data[0]!;
    await api('PATCH', `/v1/outlets/${outlet.id}`, { name: '浦东世纪大道体育服务点（新）' });
    const before = await snapshot();
    const run = await sporthub(['apply', planFile, '--json']);
    expect(run.code).toBe(7);
    const envelope = JSON.parse(run.stdout);
    expect(envelope.error.code).toBe('stale_plan');
    expect(envelope.error.message).toContain('outlet SH-PD-0001 changed since the plan (revision 1 → 2)');
    expect(await snapshot()).toEqual(before);
  });

  it('apply -f of the changed manifest updates with If-Match and restores the name', async () => {
    const run = await sporthub(['apply', '-f', await manifest('changed.yaml', CHANGED)]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('Applied: 0 created, 1 updated, 0 deleted, 14 unchanged.\n');
    const outlet = (
      await api<{ data: Array<{ name: string; zones: Array<{ code: string; capacity: number }> }> }>(
        'GET',
        '/v1/outlets?code=SH-PD-0001',
      )
    ).data[0]!;
    expect(outlet.name).toBe('浦东世纪大道体育服务点');
    expect(outlet.zones.find((z) => z.code === 'TRN')?.capacity).toBe(35);
  });

  it('an invalid manifest exits 65 naming file:line and writes nothing', async () => {
    const file = await manifest('bad.yaml', NETWORK_TEXT.replace('kind: retail', 'kind: shop'));
    const before = await snapshot();
    const run = await sporthub(['apply', '-f', file]);
    expect(run.code).toBe(65);
    const line = NETWORK_TEXT.split('\n').findIndex((l) => l.includes('kind: retail')) + 1;
    expect(run.stderr).toContain(`${file}:${line}: outlets[4].zones[1].kind: Invalid option`);
    expect(await snapshot()).toEqual(before);
  });

  it('an unknown reference exits 65 naming file:line', async () => {
    const file = await manifest(
      'ref.yaml',
      NETWORK_TEXT.replace('outlets: [SH-MH-0004]', 'outlets: [SH-NOPE-9]'),
    );
    const run = await sporthub(['plan', '-f', file]);
    expect(run.code).toBe(65);
    const line = NETWORK_TEXT.split('\n').findIndex((l) => l.includes('outlets: [SH-MH-0004]')) + 1;
    expect(run.stderr).toContain(`${file}:${line}: staff V-0101: outlets[0]: no outlet with code SH-NOPE-9`);
  });

  it('--prune deletes an outlet removed from the manifest; without --prune it stays', async () => {
    const file = await manifest('pruned.yaml', CHANGED.slice(0, CHANGED.indexOf('  - code: SH-YP-0005')));
    const kept = await sporthub(['apply', '-f', file]);
    expect(kept.code, kept.stderr).toBe(0);
    expect(kept.stdout).toContain('0 deleted');
    const run = await sporthub(['apply', '-f', file, '--prune']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('Applied: 0 created, 0 updated, 1 deleted, 14 unchanged.\n');
    expect(run.stderr).toContain('- outlet SH-YP-0005 deleted');
    const left = await api<{ data: Row[] }>('GET', '/v1/outlets?limit=500');
    expect(left.data.map((o) => o.code)).not.toContain('SH-YP-0005');
  });

  it('outlets export writes a manifest that plan reports as all unchanged', async () => {
    const file = path.join(dir, 'exported.yaml');
    const run = await sporthub(['outlets', 'export', '--out', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('apiVersion: sporthub/v1');
    const plan = await sporthub(['plan', '-f', file, '--prune', '--detailed-exitcode']);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain('No changes. 0 to create, 0 to update, 0 to delete, 14 unchanged.');
  });
});

describe('help cache', () => {
  it('prints exactly what oclif prints, for the root, every topic and every command', async () => {
    const cache = JSON.parse(readFileSync(HELP_CACHE, 'utf8')) as { entries: Record<string, string> };
    const keys = Object.keys(cache.entries);
    expect(keys).toEqual(expect.arrayContaining(['', 'apply', 'plan', 'outlets', 'outlets export']));
    const mismatched: string[] = [];
    // Two at a time: each oclif run takes ~0.3 s of CPU.
    for (let i = 0; i < keys.length; i += 2) {
      await Promise.all(
        keys.slice(i, i + 2).map(async (key) => {
          const args = key === '' ? ['--help'] : [...key.split(' '), '--help'];
          const [fast, oclif] = await Promise.all([
            sporthub(args),
            sporthub(args, { SPORTHUB_NO_HELP_CACHE: '1' }),
          ]);
          if (fast.stdout !== oclif.stdout || fast.stdout !== cache.entries[key] || fast.code !== 0)
            mismatched.push(key);
        }),
      );
    }
    expect(mismatched).toEqual([]);
  }, 300_000);

  it('serves `help <command>` too, the same text', async () => {
    const [viaHelp, viaFlag] = await Promise.all([
      sporthub(['help', 'apply']),
      sporthub(['apply', '--help']),
    ]);
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
    expect(viaHelp.stdout).toContain('$ sporthub apply [PLAN]');
  });
});
