#!/usr/bin/env node
// Renders oclif's help for the root, every topic and every command into dist/help-cache.json, so
// bin/run.js can answer `sporthub <command…> --help` and `sporthub help <command…>` without loading
// @oclif/core (SPEC §7: start within 2× `node -e 0`). Run by `pnpm build` after `oclif manifest`.
//
// Rendered as oclif renders for a pipe: 80 columns, no colour. Both are fixed before @oclif/core loads
// (its screen width and ansis's colour support are read at import time).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const HELP_CACHE_COLUMNS = 80;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Help text per key (`''` = root, `outlets` = a topic, `outlets list` = a command), exactly as oclif
 * writes it to stdout for `sporthub <key> --help`.
 */
export async function renderHelpCache(root = ROOT) {
  process.env.OCLIF_COLUMNS = String(HELP_CACHE_COLUMNS);
  process.env.FORCE_COLOR = '0';
  const { Config, loadHelpClass } = await import('@oclif/core');
  const config = await Config.load({ root });
  const Help = await loadHelpClass(config);
  const keys = [
    '',
    // Nested topics (`partners agreements`) render without their command list outside oclif's entry
    // point, so they are left to oclif.
    ...config.topics.filter((t) => !t.hidden && !t.name.includes(':')).map((t) => t.name),
    ...config.commands.filter((c) => !c.hidden).map((c) => c.id),
  ].filter((key) => key !== 'help'); // `help --help` is oclif's root help in another listing: left to oclif
  const entries = {};
  for (const id of [...new Set(keys)].sort()) {
    const argv = id === '' ? [] : id.split(':');
    // A page oclif cannot render here is left out: bin/run.js then asks oclif at run time.
    try {
      const help = new Help(config, config.pjson.oclif.helpOptions ?? config.pjson.helpOptions);
      entries[argv.join(' ')] = await capture(() => help.showHelp(argv));
    } catch (error) {
      process.stderr.write(`help-cache: skipped "${argv.join(' ')}": ${error.message}\n`);
    }
  }
  return { version: config.version, columns: HELP_CACHE_COLUMNS, entries };
}

/** Everything written to stdout while `fn` runs. */
async function capture(fn) {
  const chunks = [];
  const write = process.stdout.write;
  process.stdout.write = (chunk, ...rest) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const callback = rest.find((r) => typeof r === 'function');
    if (callback) callback();
    return true;
  };
  try {
    await fn();
  } finally {
    process.stdout.write = write;
  }
  return chunks.join('');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const cache = await renderHelpCache();
  const out = new URL('../dist/help-cache.json', import.meta.url);
  writeFileSync(out, `${JSON.stringify(cache)}\n`);
  process.stderr.write(`wrote ${Object.keys(cache.entries).length} help pages to ${fileURLToPath(out)}\n`);
}
