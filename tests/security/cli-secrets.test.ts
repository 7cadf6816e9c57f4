/**
 * The CLI and secrets (SPEC §5, §7 security), the built CLI against a real server (sandbox mode, so a
 * loopback webhook URL is allowed): the config file is written 0600 and refused when group or others
 * can read it; login, an import and `integrations webhooks add` with `--verbose` print neither the API
 * token nor the webhook secret on stderr (the trace), and the token never reaches stdout either.
 * Every run's output is also captured for the run-wide secret scan.
 */
import { chmod, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../support/cli.js';
import { registerSecret } from '../support/output-capture.js';
import { type RunningServer, startServer } from '../support/server.js';

const MANIFEST = `apiVersion: sporthub/v1
programs:
  - {code: P-TAICHI, title: 太极拳晨练, kind: class, category: tai_chi, ageGroups: [adult, senior], intensity: light}
outlets:
  - {code: SEC-0001, name: 安全测试服务点}
`;

describe('CLI config and --verbose keep secrets out of the output', () => {
  let server: RunningServer;
  let dir: string;
  let configDir: string;
  const cli = (args: string[], stdin?: string) =>
    runCli(args, {
      configDir,
      ...(stdin === undefined ? {} : { stdin }),
      env: { SPORTHUB_API_URL: server.baseUrl },
    });

  beforeAll(async () => {
    server = await startServer({ sandbox: true });
    registerSecret(server.token, 'api_token');
    dir = await mkdtemp(path.join(tmpdir(), 'sporthub-cli-secrets-'));
    configDir = path.join(dir, 'config');
  });
  afterAll(async () => {
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('login --verbose writes a 0600 config file and prints no token', async () => {
    const login = await cli(['login', '--with-token', '--verbose'], `${server.token}\n`);
    expect(login.code, login.stderr).toBe(0);
    expect(`${login.stdout}${login.stderr}`).not.toContain(server.token);
    const file = path.join(configDir, 'config.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const listed = await cli(['config', 'list', '--json']);
    expect(listed.code).toBe(0);
    expect(`${listed.stdout}${listed.stderr}`).not.toContain(server.token);
  });

  test('an import and webhooks add with --verbose trace HTTP without the token or the webhook secret', async () => {
    await writeFile(path.join(dir, 'network.yaml'), MANIFEST);
    const applied = await cli(['apply', '-f', path.join(dir, 'network.yaml'), '--verbose']);
    expect(applied.code, applied.stderr).toBe(0);
    await writeFile(
      path.join(dir, 'march.csv'),
      'external_id,outlet_code,program_code,date,start_time,end_time,capacity\nSEC-S-1,SEC-0001,P-TAICHI,2027-03-01,7:30,8:30,20\n',
    );
    const imported = await cli([
      'schedules',
      'import',
      path.join(dir, 'march.csv'),
      '--verbose',
      '--progress',
      'none',
    ]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/POST .*sessions:batchUpsert/); // the trace is there…
    expect(`${imported.stdout}${imported.stderr}`).not.toContain(server.token); // …without the token

    const added = await cli([
      'integrations',
      'webhooks',
      'add',
      '--url',
      'http://127.0.0.1:9/hook',
      '--events',
      '*',
      '--verbose',
      '--json',
    ]);
    expect(added.code, added.stderr).toBe(0);
    const secret = (JSON.parse(added.stdout) as { result: { secret: string } }).result.secret;
    expect(secret).toMatch(/^whsec_/);
    registerSecret(secret, 'webhook_secret');
    expect(added.stderr).toMatch(/POST .*webhook-endpoints/);
    expect(added.stderr).not.toContain(secret); // the response body in the trace is redacted
    expect(added.stderr).not.toContain(server.token);
  });

  test('a config file readable by group or others is refused (exit 3), and so is using it', async () => {
    const file = path.join(configDir, 'config.json');
    for (const mode of [0o640, 0o604, 0o644]) {
      await chmod(file, mode);
      const run = await cli(['whoami', '--json']);
      expect(run.code, `mode ${mode.toString(8)}`).toBe(3);
      const doc = JSON.parse(run.stdout) as { error: { code: string; message: string; hint: string } };
      expect(doc.error.code).toBe('config_insecure');
      expect(doc.error.hint).toContain('chmod 600');
      expect(`${run.stdout}${run.stderr}`).not.toContain(server.token);
    }
    await chmod(file, 0o600);
    const ok = await cli(['whoami', '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(`${ok.stdout}${ok.stderr}`).not.toContain(server.token);
  });
});
