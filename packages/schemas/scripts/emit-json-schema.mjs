#!/usr/bin/env node
// Writes dist/manifest.schema.json, the published JSON Schema (2020-12) of the provisioning manifest
// (SPEC §6.1), generated from the zod ManifestSchema so the two cannot drift.
// Runs after tsup (`pnpm build`): it imports the built package, not the TypeScript sources.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { MANIFEST_SCHEMA_ID, ManifestSchema } from '../dist/index.js';

const out = fileURLToPath(new URL('../dist/manifest.schema.json', import.meta.url));

// io: 'input' describes what a file may contain (fields with a default stay optional).
const generated = z.toJSONSchema(ManifestSchema, { target: 'draft-2020-12', io: 'input' });
const { $schema, title, description, ...rest } = generated;
const schema = {
  $schema,
  $id: MANIFEST_SCHEMA_ID,
  title: title ?? 'sporthub provisioning manifest',
  description,
  ...rest,
};

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(schema, null, 2)}\n`);
process.stdout.write(`✓ wrote ${relative(process.cwd(), out)}\n`);
