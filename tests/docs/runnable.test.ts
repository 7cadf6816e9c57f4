/**
 * The blocks marked `<!-- run -->` in README.md and docs/*.md are run, in page order, with bash against a
 * fresh real server per page — the way a reader would paste them after the page's setup steps. The
 * page's `http://127.0.0.1:4010` becomes the test server's URL and `$SPORTHUB_BOOTSTRAP_TOKEN` its admin
 * token; `sporthub` is the workspace's built CLI (node_modules/.bin, as the quick start sets PATH); the
 * working directory is a temp folder where `examples/` points at the repository's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertCliBuilt } from '../support/cli.js';
import { type RunningServer, startServer } from '../support/server.js';
import { codeBlocks, documentationFiles, ROOT } from './support/markdown.js';

const pages = documentationFiles()
  .map((file) => ({ file, blocks: codeBlocks(file).filter((b) => b.marker === 'run') }))
  .filter((p) => p.blocks.length > 0);

const servers: RunningServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

it('finds runnable blocks in the quick start and the operator guide', () => {
  expect(pages.map((p) => p.file)).toEqual(
    expect.arrayContaining(['docs/quickstart.md', 'docs/operator-guide.md']),
  );
});

describe.each(pages)('$file', ({ file, blocks }) => {
  it(`runs its ${blocks.length} marked blocks in order against a real server`, {
    timeout: 240_000,
  }, async () => {
    assertCliBuilt();
    const server = await startServer({ sandbox: true });
    servers.push(server);
    const work = mkdtempSync(path.join(tmpdir(), 'sporthub-docs-run-'));
    symlinkSync(path.join(ROOT, 'examples'), path.join(work, 'examples'));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      CI: 'true',
      NO_COLOR: '1',
      PATH: `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}`,
      SPORTHUB_CONFIG_DIR: path.join(work, 'config'),
      SPORTHUB_BOOTSTRAP_TOKEN: server.token,
    };
    for (const name of ['SPORTHUB_TOKEN', 'SPORTHUB_API_URL', 'SPORTHUB_PROFILE']) delete env[name];
    try {
      for (const block of blocks) {
        const script = block.text.replaceAll('http://127.0.0.1:4010', server.baseUrl);
        const run = spawnSync('bash', ['-euo', 'pipefail', '-c', script], {
          cwd: work,
          env,
          encoding: 'utf8',
          timeout: 120_000,
        });
        expect(run.status, `${file}:${block.line} exited ${run.status}\n${run.stdout}\n${run.stderr}`).toBe(
          0,
        );
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
