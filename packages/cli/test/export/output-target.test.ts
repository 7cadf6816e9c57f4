import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors/cli-error.js';
import { checkOutputTarget } from '../../src/export/output-target.js';

const dir = mkdtempSync(join(tmpdir(), 'sporthub-output-target-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failure(out: string) {
  try {
    await checkOutputTarget(out);
  } catch (error) {
    if (!CliError.is(error)) throw error;
    return { code: error.code, exitCode: error.exitCode, message: error.message };
  }
  return undefined;
}

describe('checkOutputTarget', () => {
  it('accepts a new or existing file in an existing directory', async () => {
    expect(await failure(join(dir, 'new.csv'))).toBeUndefined();
    writeFileSync(join(dir, 'old.csv'), 'x');
    expect(await failure(join(dir, 'old.csv'))).toBeUndefined();
  });

  it('a missing directory is a usage error naming it, not the temp file', async () => {
    const missing = join(dir, 'no', 'such');
    expect(await failure(join(missing, 'x.csv'))).toEqual({
      code: 'usage',
      exitCode: 2,
      message: `--out ${join(missing, 'x.csv')}: the directory ${missing} does not exist.`,
    });
  });

  it('a directory as the target, or a file as the parent, is a usage error', async () => {
    expect(await failure(dir)).toMatchObject({
      exitCode: 2,
      message: `--out ${dir} is a directory; name a file in it.`,
    });
    writeFileSync(join(dir, 'plain'), 'x');
    expect(await failure(join(dir, 'plain', 'x.csv'))).toMatchObject({
      exitCode: 2,
      message: `--out ${join(dir, 'plain', 'x.csv')}: ${join(dir, 'plain')} is not a directory.`,
    });
  });
});
