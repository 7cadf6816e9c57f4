import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { requestSchemas, responseSchemas } from './registry.js';

const contract = JSON.parse(
  readFileSync(new URL('../../packages/server/src/generated/openapi.json', import.meta.url), 'utf8'),
) as { components: { schemas: Record<string, { examples?: unknown[] }> }; paths: Record<string, unknown> };

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(contract, 'contract');

const zodByName: Record<string, z.ZodType> = { ...responseSchemas, ...requestSchemas };
const componentNames = Object.keys(contract.components.schemas);

describe('contract components and zod schemas', () => {
  test('every component schema has exactly one zod counterpart', () => {
    const listed = [...Object.keys(responseSchemas), ...Object.keys(requestSchemas)];
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...componentNames].sort());
  });

  test.each(componentNames)('%s has realistic examples that pass ajv and zod', (name) => {
    const examples = contract.components.schemas[name]?.examples ?? [];
    const zodSchema = zodByName[name];
    expect(zodSchema, `no zod schema for ${name}`).toBeDefined();
    // Enum components carry their values instead of examples.
    const schema = contract.components.schemas[name] as { enum?: unknown[] };
    const samples = examples.length > 0 ? examples : (schema.enum ?? []);
    expect(samples.length, `${name} has no examples`).toBeGreaterThan(0);
    const validate = ajv.getSchema(`contract#/components/schemas/${name}`);
    expect(validate).toBeDefined();
    for (const sample of samples) {
      expect(validate?.(sample), JSON.stringify(validate?.errors)).toBe(true);
      const parsed = zodSchema!.safeParse(sample);
      expect(parsed.success, parsed.error?.message).toBe(true);
    }
  });

  test('zod rejects what the contract rejects', () => {
    const validate = ajv.getSchema('contract#/components/schemas/OutletCreate')!;
    const bad = [{ name: 'no code' }, { code: 'X', name: 'n', unknownField: 1 }, { code: '', name: 'n' }];
    for (const sample of bad) {
      expect(validate(sample)).toBe(false);
      expect(requestSchemas.OutletCreate.safeParse(sample).success).toBe(false);
    }
  });
});

describe('media-type examples in operations', () => {
  type Media = { schema?: unknown; example?: unknown; examples?: Record<string, { value: unknown }> };
  const escapePointer = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');
  const cases: [string, Media][] = [];
  const walk = (node: unknown, pointer: string) => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const here = `${pointer}/${escapePointer(key)}`;
      if (key === 'content' && value && typeof value === 'object') {
        for (const [type, media] of Object.entries(value as Record<string, Media>)) {
          if (media.schema && (media.example !== undefined || media.examples)) {
            cases.push([`${here}/${escapePointer(type)}`, media]);
          }
        }
      } else walk(value, here);
    }
  };
  walk(contract, '');

  test('operations carry examples', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  test.each(cases)('%s', (pointer, media) => {
    const validate = ajv.getSchema(`contract#${pointer}/schema`);
    expect(validate, pointer).toBeDefined();
    const values =
      media.example !== undefined ? [media.example] : Object.values(media.examples ?? {}).map((e) => e.value);
    for (const value of values) expect(validate?.(value), JSON.stringify(validate?.errors)).toBe(true);
  });
});
