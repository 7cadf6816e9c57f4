#!/usr/bin/env node
// `pnpm docs`: writes the generated references, never edited by hand:
//   docs/cli.md               the CLI reference, from the built CLI's oclif.manifest.json
//   docs/reference/sdk/       the SDK reference, TypeDoc + typedoc-plugin-markdown, from packages/sdk/src
//   docs/reference/api.html   the API reference, one self-contained HTML page (Redocly build-docs, Redoc
//                             inlined: it opens offline) from openapi/sporthub.yaml
// `pnpm docs:check` (`--check`) renders the same into a temp folder and fails, naming each file, when the
// committed output differs. Outputs carry no timestamps, versions of the generator or source links, so
// the same sources always give the same bytes. Needs a built CLI (`pnpm run build`).
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const check = process.argv.includes('--check');

/** The generated paths, relative to the repository root; each is replaced whole by `pnpm docs`. */
const GENERATED = ['docs/cli.md', 'docs/reference/sdk', 'docs/reference/api.html'];

function run(command, args) {
  try {
    execFileSync(command, args, {
      cwd: root,
      stdio: 'pipe',
      // No telemetry or update check from Redocly: the build must not touch the network.
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
  } catch (error) {
    process.stderr.write(`✗ ${relative(root, command)} ${args.join(' ')}\n`);
    process.stderr.write(String(error.stdout ?? ''));
    process.stderr.write(String(error.stderr ?? error));
    process.exit(1);
  }
}

async function renderCli(out) {
  const manifestPath = join(root, 'packages/cli/oclif.manifest.json');
  if (!existsSync(manifestPath)) {
    process.stderr.write('✗ packages/cli/oclif.manifest.json is missing: run `pnpm run build` first.\n');
    process.exit(1);
  }
  const { renderCliDocs } = await import('../../packages/cli/scripts/render-docs.mjs');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, renderCliDocs(Object.values(manifest.commands)));
}

function renderSdk(out) {
  run(bin('typedoc'), [
    '--options',
    join(root, 'docs/scripts/typedoc.json'),
    '--entryPoints',
    join(root, 'packages/sdk/src/index.ts'),
    '--tsconfig',
    join(root, 'packages/sdk/tsconfig.json'),
    '--out',
    out,
  ]);
}

function renderApi(out) {
  run(bin('redocly'), [
    'build-docs',
    join(root, 'openapi/sporthub.yaml'),
    '--inlineBundle',
    '--title',
    'sporthub API reference',
    '--lint-config',
    'off',
    '-o',
    out,
  ]);
}

async function renderAll(base) {
  await renderCli(join(base, 'docs/cli.md'));
  renderSdk(join(base, 'docs/reference/sdk'));
  renderApi(join(base, 'docs/reference/api.html'));
}

/** Every file under `path` (or `path` itself), relative to `base`. */
function listFiles(base, path) {
  const full = join(base, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(base, join(e.parentPath, e.name)))
    .sort();
}

const tmp = mkdtempSync(join(tmpdir(), 'sporthub-docs-'));
try {
  await renderAll(tmp);
  if (check) {
    const stale = [];
    for (const path of GENERATED) {
      const fresh = new Set(listFiles(tmp, path));
      const committed = new Set(listFiles(root, path));
      for (const file of new Set([...fresh, ...committed])) {
        if (!fresh.has(file)) stale.push(`${file} (no longer generated)`);
        else if (!committed.has(file)) stale.push(`${file} (missing)`);
        else if (!readFileSync(join(tmp, file)).equals(readFileSync(join(root, file)))) stale.push(file);
      }
    }
    if (stale.length > 0) {
      for (const file of stale) process.stderr.write(`✗ ${file} is out of date\n`);
      process.stderr.write('Run `pnpm docs` (after `pnpm run build`) and commit the result.\n');
      process.exit(1);
    }
    process.stderr.write('✓ generated references are up to date (docs/cli.md, docs/reference/)\n');
  } else {
    for (const path of GENERATED) {
      rmSync(join(root, path), { recursive: true, force: true });
      cpSync(join(tmp, path), join(root, path), { recursive: true });
      process.stderr.write(`✓ wrote ${path}\n`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
