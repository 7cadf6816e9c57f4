import { beforeEach, describe, expect, it } from 'vitest';
import { manifestFiles } from '../provisioning/fixtures.js';
import { freshConfigDir, runCli } from '../support/run-cli.js';

beforeEach(() => {
  freshConfigDir();
});

const BAD = 'apiVersion: sporthub/v1\noutlets:\n  - code: SH-PD-0001\n    name: 浦东\n    status: open\n';

describe('sporthub plan', () => {
  it('exits 65 naming file:line and the field before it needs a server', async () => {
    const [file] = manifestFiles({ 'bad.yaml': BAD });
    const run = await runCli(['plan', '-f', file!]);
    expect(run.exitCode).toBe(65);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${file}:5: outlets[0].status: Invalid option`);
  });

  it('puts the problems in the --json envelope', async () => {
    const [file] = manifestFiles({ 'bad.yaml': BAD });
    const run = await runCli(['plan', '-f', file!, '--json']);
    expect(run.exitCode).toBe(65);
    const envelope = JSON.parse(run.stdout);
    expect(envelope).toMatchObject({ ok: false, command: 'plan', error: { code: 'manifest_invalid' } });
    expect(envelope.error.message).toContain(`${file}:5:`);
  });

  it('requires -f (exit 2, naming the flag)', async () => {
    const run = await runCli(['plan']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('Missing -f/--file');
  });

  it('needs configuration for a valid manifest (exit 3)', async () => {
    const [file] = manifestFiles({ 'ok.yaml': BAD.replace('open', 'active') });
    const run = await runCli(['plan', '-f', file!]);
    expect(run.exitCode).toBe(3);
  });
});
