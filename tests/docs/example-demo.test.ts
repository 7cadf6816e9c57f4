/**
 * `npm run demo` (examples/demo/run.mjs, the README's first command) runs to the end against its own
 * server and shows what the README says it shows.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { assertCliBuilt } from '../support/cli.js';
import { ROOT } from './support/markdown.js';

describe('examples/demo', () => {
  it('provisions, imports, exports and reports, and exits 0', { timeout: 240_000 }, () => {
    assertCliBuilt();
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    for (const name of ['SPORTHUB_TOKEN', 'SPORTHUB_API_URL', 'SPORTHUB_PROFILE']) delete env[name];
    const run = spawnSync(process.execPath, [path.join(ROOT, 'examples/demo/run.mjs')], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 200_000,
    });
    // Steps and data go to stdout, the CLI's notes ("Exported …") to stderr.
    const out = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);
    expect(run.status, out).toBe(0);
    expect(out).toMatch(/^Applied: 15 created, 0 updated, 0 deleted, 0 unchanged\.$/m);
    expect(out).toMatch(/^No changes\. 0 to create, 0 to update, 0 to delete, 15 unchanged\.$/m);
    expect(out).toMatch(/^re-import: \{"rows":4,"created":0,"updated":0,"unchanged":4,/m);
    expect(out).toMatch(/^ {2}may-draft\.csv:4 outlet_code: .+ \[unknown_outlet\]$/m);
    expect(out).toMatch(/^\(exit code 65: rows rejected, nothing written\)$/m);
    expect(out).toMatch(/^Exported \d+ rows to \.demo\/participation\.csv/m);
    expect(out).toMatch(/^\(exit code 5: not found\)$/m);
    expect(out).toMatch(/Done\. The server is stopped/);
  });
});
