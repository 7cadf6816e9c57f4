import { beforeEach, describe, expect, it } from 'vitest';
import { manifestFiles } from '../provisioning/fixtures.js';
import { freshConfigDir, runCli } from '../support/run-cli.js';

beforeEach(() => {
  freshConfigDir();
});

describe('sporthub apply input', () => {
  it.each([
    ['neither a plan nor -f', [] as string[], 2, 'pass -f FILE'],
    ['both a plan and -f', ['plan.json', '-f', 'x.yaml'], 2, 'not both'],
  ])('%s → exit %s', async (_name, args, code, message) => {
    const run = await runCli(['apply', ...args]);
    expect(run.exitCode).toBe(code);
    expect(run.stderr).toContain(message);
  });

  it('refuses a file that is not a plan (exit 65), before contacting a server', async () => {
    const [file] = manifestFiles({ 'plan.json': '{"format":"terraform"}' });
    const run = await runCli(['apply', file!]);
    expect(run.exitCode).toBe(65);
    expect(run.stderr).toContain('not a sporthub plan');
  });

  it('refuses an invalid manifest with file:line (exit 65)', async () => {
    const [file] = manifestFiles({
      'm.yaml': 'apiVersion: sporthub/v1\nprograms:\n  - {code: P-1, title: x}\n',
    });
    const run = await runCli(['apply', '-f', file!]);
    expect(run.exitCode).toBe(65);
    expect(run.stderr).toContain(`${file}:3: programs[0].kind`);
  });
});
