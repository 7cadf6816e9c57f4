#!/usr/bin/env node
// `sporthub --version` must start within 2× `node -e 0` (SPEC §7), and loading @oclif/core alone takes
// ~3×: answer it from package.json, in oclif's own format, before oclif loads.
const argv = process.argv.slice(2);
if (argv.length === 1 && argv[0] === '--version') {
  const { readFileSync } = await import('node:fs');
  const pjson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(
    `${pjson.name}/${pjson.version} ${process.platform}-${process.arch} node-${process.version}\n`,
  );
} else {
  const { execute } = await import('@oclif/core');
  await execute({ dir: import.meta.url });
}
