#!/usr/bin/env node
// `sporthub --version` and `sporthub <command> --help` must start within 2× `node -e 0` (SPEC §7), and
// loading @oclif/core alone takes ~3×: answer them before oclif loads. --version comes from package.json
// in oclif's own format; help comes from dist/help-cache.json, rendered by oclif at build time
// (scripts/help-cache.mjs). Anything else, or help the cache cannot reproduce, goes to oclif.
const argv = process.argv.slice(2);
if (argv.length === 1 && argv[0] === '--version') {
  const { readFileSync } = await import('node:fs');
  const pjson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(
    `${pjson.name}/${pjson.version} ${process.platform}-${process.arch} node-${process.version}\n`,
  );
} else if (!(await cachedHelp(argv))) {
  // undici parses HTTP with llhttp compiled to WebAssembly. V8's optimizing tier recompiles it in the
  // background for ~35 MB of transient memory, which alone would break the import's RSS bar (SPEC §7);
  // the baseline compiler is plenty for the CLI's responses. Read at compile time, so setting it here,
  // before undici loads, is enough.
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--liftoff-only');
  // Imports stream millions of short-lived rows, and V8 lets the young generation grow to 32 MB
  // when they come fast: a third of the import's RSS bar (SPEC §7: 150 MB). It starts at its initial
  // 1 MB semi-spaces and cannot grow; once rows flow, pass 1 lets it grow to 8 MB and no further
  // (src/import/memory.ts). Other commands keep V8's default: an export's speed bar matters more there.
  if (isImport(argv)) setFlagsFromString('--semi-space-growth-factor=1');
  const { execute } = await import('@oclif/core');
  await execute({ dir: import.meta.url });
}

/** `schedules import|validate` and `jobs resume`, the commands that stream a schedule file. */
function isImport(args) {
  return args.some(
    (word, i) =>
      (word === 'schedules' && (args[i + 1] === 'import' || args[i + 1] === 'validate')) ||
      (word === 'jobs' && args[i + 1] === 'resume'),
  );
}

/**
 * Prints the cached help for `[help] <words…> [--help]` and returns true; false when oclif must answer:
 * other arguments, no cache (not built), or output the cache was not rendered for — a terminal narrower
 * than its 80 columns, OCLIF_COLUMNS, FORCE_COLOR, or SPORTHUB_NO_HELP_CACHE set.
 */
async function cachedHelp(args) {
  const env = process.env;
  if (env.SPORTHUB_NO_HELP_CACHE || env.OCLIF_COLUMNS || env.FORCE_COLOR) return false;
  let words;
  if (args.length === 0) words = [];
  else if (args[0] === 'help') words = args.slice(1);
  else if (args.at(-1) === '--help' || args.at(-1) === '-h') words = args.slice(0, -1);
  else return false;
  if (words.some((w) => w.startsWith('-'))) return false;
  if (process.stdout.isTTY && (process.stdout.columns ?? 0) < 80) return false;
  const { readFileSync } = await import('node:fs');
  let cache;
  try {
    cache = JSON.parse(readFileSync(new URL('../dist/help-cache.json', import.meta.url), 'utf8'));
  } catch {
    return false;
  }
  const text = cache.entries?.[words.join(' ')];
  if (typeof text !== 'string') return false;
  process.stdout.write(text);
  return true;
}
