import { linkSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshConfigDir, runCli } from '../support/run-cli.js';

beforeEach(() => {
  freshConfigDir();
});

describe('usage errors exit 2 through the one handler', () => {
  it.each([
    ['unknown flag', ['config', 'list', '--nope']],
    ['bad flag value', ['outlets', 'list', '--status', 'gone']],
    ['bad -o value', ['config', 'list', '-o', 'xml']],
    ['non-integer --limit', ['outlets', 'list', '--limit', 'ten']],
    ['--limit out of range', ['outlets', 'list', '--limit', '0']],
    ['missing argument', ['outlets', 'get']],
    ['unknown command', ['outlets', 'lst']],
  ])('%s', async (_name, args) => {
    const run = await runCli(args);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Error: /);
  });

  it('suggests the nearest command', async () => {
    const run = await runCli(['outlets', 'lst']);
    expect(run.stderr).toContain('Did you mean "sporthub outlets list"?');
  });

  it('prints one envelope on stdout with --json', async () => {
    const run = await runCli(['outlets', 'list', '--nope', '--json']);
    expect(run.exitCode).toBe(2);
    const envelope = JSON.parse(run.stdout);
    expect(envelope).toEqual({
      ok: false,
      command: 'outlets list',
      result: null,
      warnings: [],
      error: {
        code: 'usage',
        message: 'Nonexistent flag: --nope',
        hint: 'Run `sporthub outlets list --help` for usage.',
        requestId: null,
      },
      meta: { durationMs: expect.any(Number), cliVersion: expect.any(String) },
    });
  });
});

describe('missing configuration exits 3 naming what is missing', () => {
  it('no API URL', async () => {
    const run = await runCli(['whoami']);
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toContain('--api-url');
    expect(run.stderr).toContain('sporthub login');
  });

  it('no token', async () => {
    const run = await runCli(['outlets', 'list', '--api-url', 'http://127.0.0.1:9']);
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toContain('SPORTHUB_TOKEN');
  });

  it('login without a token in a non-interactive run names the flags', async () => {
    const run = await runCli(['login', '--api-url', 'http://127.0.0.1:9']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('--with-token');
  });
});

describe('success envelope', () => {
  it('has ok, command, result, warnings and meta', async () => {
    const run = await runCli(['config', 'profiles', '--json']);
    expect(run.exitCode).toBe(0);
    const envelope = JSON.parse(run.stdout);
    expect(envelope).toMatchObject({
      ok: true,
      command: 'config profiles',
      result: { data: [] },
      warnings: [],
    });
    expect(envelope).not.toHaveProperty('error');
    expect(Object.keys(envelope.meta)).toEqual(['durationMs', 'cliVersion']);
  });
});

describe('schedules import refuses bad flag values before reading or writing anything', () => {
  const csv = () => {
    const dir = mkdtempSync(join(tmpdir(), 'sporthub-usage-'));
    const file = join(dir, 'week.csv');
    const text =
      'external_id,outlet_code,program_code,date,start_time,end_time,capacity\nA-1,SH-PD-0001,P-TAICHI,2027-01-05,8:30,9:30,20\n';
    writeFileSync(file, text);
    return { dir, file, text };
  };

  it('--until that is not a date, whatever the file format', async () => {
    const { file } = csv();
    const run = await runCli(['schedules', 'import', file, '--until', 'garbage']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('--until "garbage" is not a date');
  });

  it('--rejects naming a file being imported, which it would overwrite', async () => {
    const { dir, file, text } = csv();
    const run = await runCli(['schedules', 'validate', file, '--rejects', join(dir, '.', 'week.csv')]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('is one of the files being imported');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('--rejects naming a hard link to a file being imported', async () => {
    const { dir, file, text } = csv();
    linkSync(file, join(dir, 'linked.csv'));
    const run = await runCli(['schedules', 'import', join(dir, 'linked.csv'), '--rejects', file]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('is one of the files being imported');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('--rejects in a directory that does not exist', async () => {
    const { dir, file } = csv();
    const run = await runCli(['schedules', 'import', file, '--rejects', join(dir, 'missing', 'rejects.csv')]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`the directory ${join(dir, 'missing')} does not exist`);
  });
});

describe('exports refuse an --out in a missing directory before any request', () => {
  it.each([
    ['participation export', ['participation', 'export']],
    ['schedules export', ['schedules', 'export']],
  ])('%s', async (_name, command) => {
    const dir = mkdtempSync(join(tmpdir(), 'sporthub-usage-'));
    const run = await runCli([...command, '--out', join(dir, 'missing', 'out.csv')]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`the directory ${join(dir, 'missing')} does not exist`);
  });
});

describe('participation export writes a file format: -o does not apply', () => {
  it.each([['json'], ['yaml']])('-o %s is a usage error pointing at --format', async (output) => {
    const run = await runCli(['participation', 'export', '-o', output]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`-o ${output} does not apply to participation export`);
  });
});
