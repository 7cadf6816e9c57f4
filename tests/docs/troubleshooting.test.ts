/**
 * docs/troubleshooting.md names only real codes, with the exit codes the CLI really gives: the exit-code
 * table against `ExitCode`, the CLI's codes against its sources, and the API problem codes against the
 * contract — each problem's CLI exit computed by the CLI's own error mapping.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../packages/cli/src/errors/describe-failure.js';
import { ExitCode } from '../../packages/cli/src/errors/exit-codes.js';
import { codeNames, markedTable, ROOT } from './support/markdown.js';

const PAGE = 'docs/troubleshooting.md';

function sources(dir: string): string {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

/** An API error as the SDK throws it (matched by the CLI through its class name and fields). */
function apiError(status: number, code: string): Error {
  return Object.assign(new Error(`${status} ${code}`), { name: 'SportHubApiError', status, code });
}

describe('docs/troubleshooting.md', () => {
  it('lists every exit code of the CLI and no other', () => {
    const documented = markedTable(PAGE, 'codes: exit').map((r) => Number(codeNames(r[0] ?? '')[0]));
    expect(documented.sort((a, b) => a - b)).toEqual(Object.values(ExitCode).sort((a, b) => a - b));
  });

  it('lists only CLI error codes the CLI can produce', () => {
    const cli = sources('packages/cli/src');
    const rows = markedTable(PAGE, 'codes: cli');
    expect(rows.length).toBeGreaterThan(10);
    const unknown = rows
      .map((r) => codeNames(r[0] ?? '')[0] as string)
      .filter((code) => !cli.includes(`'${code}'`));
    expect(unknown).toEqual([]);
  });

  it('lists every problem code of the contract, with its status and the exit code the CLI gives', () => {
    const contract = JSON.parse(
      readFileSync(path.join(ROOT, 'packages/server/src/generated/openapi.json'), 'utf8'),
    );
    const declared = codeNames(contract.components.schemas.Problem.properties.code.description);
    const rows = markedTable(PAGE, 'codes: problem');
    expect(rows.map((r) => codeNames(r[0] ?? '')[0]).sort()).toEqual([...declared].sort());
    for (const row of rows) {
      const code = codeNames(row[0] ?? '')[0] as string;
      const statuses = (row[1] ?? '').split(',').map((s) => Number(s.trim()));
      const exit = Number(row[2]);
      for (const status of statuses) {
        expect(describeFailure(apiError(status, code)).exitCode, `${code} ${status}`).toBe(exit);
      }
    }
  });

  it('would notice a wrong exit code (so the check above can fail)', () => {
    expect(describeFailure(apiError(413, 'payload_too_large')).exitCode).not.toBe(65);
  });
});
