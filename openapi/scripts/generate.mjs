#!/usr/bin/env node
// Turns the hand-written contract into its generated forms:
//   packages/server/src/generated/openapi.json  — the bundled contract (served at /openapi.json, used by tests)
//   packages/sdk/src/generated/sporthub.ts      — TypeScript types (openapi-typescript)
// `--check` regenerates in memory and fails when the committed files differ (CI drift check).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const source = join(root, 'openapi/sporthub.yaml');
const targets = {
  bundle: join(root, 'packages/server/src/generated/openapi.json'),
  types: join(root, 'packages/sdk/src/generated/sporthub.ts'),
};
const check = process.argv.includes('--check');

const tmp = mkdtempSync(join(tmpdir(), 'sporthub-gen-'));
try {
  const bundled = join(tmp, 'sporthub.json');
  try {
    execFileSync(join(root, 'node_modules/.bin/redocly'), ['bundle', source, '-o', bundled], {
      stdio: 'pipe',
    });
  } catch (error) {
    process.stderr.write(error.stderr ?? String(error));
    process.exit(1);
  }
  const bundle = `${JSON.stringify(JSON.parse(readFileSync(bundled, 'utf8')), null, 2)}\n`;

  // defaultNonNullable: false keeps request fields that have a `default` optional, as clients send them.
  const ast = await openapiTS(pathToFileURL(bundled), { defaultNonNullable: false, alphabetize: false });
  const types = `/**\n * Generated from openapi/sporthub.yaml by \`pnpm generate\`. Do not edit by hand.\n */\n\n${astToString(ast)}`;

  const outputs = { [targets.bundle]: bundle, [targets.types]: types };
  let drift = false;
  for (const [file, content] of Object.entries(outputs)) {
    let current = null;
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    if (check) {
      if (current !== content) {
        drift = true;
        console.error(`✗ ${file.slice(root.length + 1)} is out of date with openapi/sporthub.yaml`);
      }
    } else if (current !== content) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      console.error(`✓ wrote ${file.slice(root.length + 1)}`);
    }
  }
  if (drift) {
    console.error('Run `pnpm generate` and commit the result.');
    process.exit(1);
  }
  if (check) console.error('✓ generated files match the contract');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
