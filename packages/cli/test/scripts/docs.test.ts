import { readFileSync } from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Plugin, settings } from '@oclif/core';
import { describe, expect, it } from 'vitest';
import { DOCS_PATH, renderCliDocs } from '../../scripts/render-docs.mjs';

const CLI_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The commands as oclif caches them, loaded from src/ (never a build), like test/support/run-cli.ts. */
async function sourceCommands() {
  register('../support/ts-loader.mjs', import.meta.url);
  settings.enableAutoTranspile = false;
  const pjson = JSON.parse(readFileSync(`${CLI_ROOT}/package.json`, 'utf8'));
  pjson.oclif = { ...pjson.oclif, commands: './src/commands', plugins: [] };
  const plugin = new Plugin({ root: CLI_ROOT, isRoot: true, pjson, ignoreManifest: true });
  await plugin.load();
  return plugin.commands;
}

describe('docs/cli.md', () => {
  it('equals a fresh render of the commands (run `pnpm --filter @sporthub/cli docs` after changing one)', async () => {
    const fresh = renderCliDocs(await sourceCommands());
    expect(readFileSync(DOCS_PATH, 'utf8')).toBe(fresh);
  });

  // STYLE.md asks this of every command; checked here for the provisioning and admin commands (the other
  // command families are still being written).
  it('documents each provisioning and admin command with a summary, a description and two examples', async () => {
    const checked = /^(plan|apply|doctor|outlets:export|programs:.*|staff:.*|tokens:.*)$/;
    const incomplete = (await sourceCommands())
      .filter((c) => !c.hidden && checked.test(c.id))
      .filter((c) => !c.summary || !c.description || (c.examples?.length ?? 0) < 2)
      .map((c) => c.id);
    expect(incomplete).toEqual([]);
  });
});
