/**
 * The CLI issue's acceptance scenario, run as an operator would with the built CLI against a real server:
 * a network of 50 outlets with zones, 10 programs and 20 staff is planned, applied, re-planned as
 * unchanged, edited and applied again; a concurrent edit between plan and apply exits 7; piped output has
 * no ANSI escapes; `--json` prints exactly one document of the documented shape on success and on each
 * error class.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../support/server.js';

const CLI_BIN = fileURLToPath(new URL('../../packages/cli/bin/run.js', import.meta.url));
// Any ANSI escape sequence: CSI (colours, cursor moves) or OSC.
const ESC = String.fromCharCode(27);
const ANSI = { test: (text: string) => text.includes(`${ESC}[`) || text.includes(`${ESC}]`) };

let server: RunningServer;
let dir: string;

function sporthub(args: string[], env: Record<string, string> = {}) {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    SPORTHUB_CONFIG_DIR: path.join(dir, 'config'),
    SPORTHUB_API_URL: server.baseUrl,
    SPORTHUB_TOKEN: server.token,
    ...env,
  };
  delete childEnv.CI;
  delete childEnv.NO_COLOR;
  delete childEnv.SPORTHUB_PROFILE;
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
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

function network(capacityOf: (outlet: number) => number): string {
  const lines = ['apiVersion: sporthub/v1', 'programs:'];
  for (let p = 1; p <= 10; p++) {
    lines.push(
      `  - {code: P-${p}, title: 课程${p}, kind: class, category: walking, ageGroups: [adult, senior], intensity: light}`,
    );
  }
  lines.push('outlets:');
  for (let o = 1; o <= 50; o++) {
    const code = `SH-T-${String(o).padStart(4, '0')}`;
    lines.push(
      `  - code: ${code}`,
      `    name: 测试网点${o}`,
      '    address: {district: 浦东新区}',
      '    zones:',
    );
    lines.push(`      - {code: EXP, name: 体验区, kind: experience, capacity: ${capacityOf(o)}}`);
    lines.push('      - {code: TRN, name: 训练区, kind: training, capacity: 30}');
  }
  lines.push('staff:');
  for (let s = 1; s <= 20; s++) {
    const outlet = `SH-T-${String(((s - 1) % 50) + 1).padStart(4, '0')}`;
    lines.push(`  - {externalId: C-${s}, name: 教练${s}, role: coach, outlets: [${outlet}]}`);
  }
  return `${lines.join('\n')}\n`;
}

async function write(name: string, text: string) {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}

function envelope(stdout: string) {
  const doc = JSON.parse(stdout) as Record<string, unknown>;
  expect(Object.keys(doc).sort()).toEqual(
    (doc.ok
      ? ['command', 'meta', 'ok', 'result', 'warnings']
      : ['command', 'error', 'meta', 'ok', 'result', 'warnings']
    ).sort(),
  );
  expect(doc.meta).toMatchObject({ durationMs: expect.any(Number), cliVersion: expect.any(String) });
  return doc as { ok: boolean; result: unknown; error?: { code: string; message: string; hint?: string } };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sporthub-scale-e2e-'));
  server = await startServer({ env: { SPORTHUB_RATE_LIMIT: '0' } });
});

afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a network of 50 outlets, 10 programs and 20 staff', () => {
  it('is planned, applied, re-planned as unchanged, edited and applied again; output piped has no ANSI', async () => {
    const first = await write(
      'network.yaml',
      network(() => 20),
    );
    const plan = await sporthub(['plan', '-f', first, '--detailed-exitcode']);
    expect(plan.code).toBe(10);
    expect(plan.stdout).toContain('80 to create');
    expect(ANSI.test(plan.stdout + plan.stderr)).toBe(false);

    const apply = await sporthub(['apply', '-f', first, '--json']);
    expect(apply.code).toBe(0);
    expect(envelope(apply.stdout).ok).toBe(true);

    const again = await sporthub(['plan', '-f', first, '--detailed-exitcode']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('80 unchanged');

    const edited = await write(
      'network-edited.yaml',
      network((o) => (o % 10 === 0 ? 25 : 20)),
    );
    const replan = await sporthub(['plan', '-f', edited, '--detailed-exitcode']);
    expect(replan.code).toBe(10);
    expect(replan.stdout).toContain('5 to update');
    const reapply = await sporthub(['apply', '-f', edited]);
    expect(reapply.code).toBe(0);
    expect(ANSI.test(reapply.stdout + reapply.stderr)).toBe(false);
    expect((await sporthub(['plan', '-f', edited, '--detailed-exitcode'])).code).toBe(0);
  });

  it('refuses a plan that went stale between plan and apply (exit 7, one JSON document)', async () => {
    const edited = await write(
      'network-stale.yaml',
      network(() => 21),
    );
    const saved = path.join(dir, 'plan.json');
    expect((await sporthub(['plan', '-f', edited, '--out', saved])).code).toBe(0);
    const list = await fetch(`${server.baseUrl}/v1/outlets?code=SH-T-0007`, {
      headers: { authorization: `Bearer ${server.token}` },
    });
    const [outlet] = ((await list.json()) as { data: { id: string }[] }).data;
    const patch = await fetch(`${server.baseUrl}/v1/outlets/${outlet?.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: '并发修改' }),
    });
    expect(patch.status).toBe(200);
    const apply = await sporthub(['apply', saved, '--json']);
    expect(apply.code).toBe(7);
    expect(envelope(apply.stdout).error?.code).toBe('stale_plan');
  });

  it.each([
    ['usage', ['outlets', 'list', '--bogus'], {}, 2],
    ['config', ['outlets', 'list'], { SPORTHUB_TOKEN: '', SPORTHUB_API_URL: '' }, 3],
    ['auth', ['outlets', 'list'], { SPORTHUB_TOKEN: `shk_${'A'.repeat(43)}` }, 4],
    ['not found', ['outlets', 'get', 'SH-NOPE-0000'], {}, 5],
    ['input', ['plan', '-f', '/nonexistent/network.yaml'], {}, 65],
    ['transient', ['outlets', 'list'], { SPORTHUB_API_URL: 'http://127.0.0.1:9' }, 75],
  ] as const)(
    '--json on a %s error is one document with the documented shape and its exit code',
    async (_name, args, env, exit) => {
      const run = await sporthub([...args, '--json'], env as Record<string, string>);
      expect(run.code).toBe(exit);
      const doc = envelope(run.stdout);
      expect(doc.ok).toBe(false);
      expect(doc.error?.message.length).toBeGreaterThan(0);
      expect(ANSI.test(run.stdout + run.stderr)).toBe(false);
    },
  );
});
