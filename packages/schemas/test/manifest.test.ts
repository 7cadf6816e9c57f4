import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  MANIFEST_API_VERSION,
  ManifestOutletSchema,
  ManifestPartnerSchema,
  ManifestProgramSchema,
  ManifestSchema,
  ManifestStaffSchema,
} from '../src/index.js';

// The example of SPEC §6.1, verbatim.
const specExample = `
apiVersion: sporthub/v1
programs:
  - {code: P-TAICHI, title: 太极拳晨练, kind: class, category: tai_chi, ageGroups: [adult, senior], intensity: light}
  - {code: P-WALK, title: 社区健步走, kind: event, category: walking, ageGroups: [child, youth, adult, senior], intensity: moderate, theme: national-fitness-day}
staff:
  - {externalId: C-0042, name: 王教练, role: coach, outlets: [SH-PD-0001], certifications: [国家二级社会体育指导员]}
outlets:
  - code: SH-PD-0001
    name: 浦东世纪大道体育服务点
    status: active
    timezone: Asia/Shanghai
    address: {province: 上海市, city: 上海市, district: 浦东新区, street: 世纪大道211号}
    geo: {lat: 31.2353, lng: 121.5068}
    services: [consultation, training_registration, health_check, community_activity]
    openingHours: {mon: ["09:00-21:00"], sat: ["08:00-18:00"]}
    zones:
      - {code: EXP, name: 体验区, kind: experience, capacity: 20}
    partners: [clinic-pudong-01]
`;

type Doc = Record<string, unknown> & {
  programs: Record<string, unknown>[];
  staff: Record<string, unknown>[];
  outlets: (Record<string, unknown> & { zones: Record<string, unknown>[] })[];
  partners?: Record<string, unknown>[];
};

/** A fresh copy of the SPEC example, changed by `edit`. */
function example(edit: (doc: Doc) => void = () => {}): unknown {
  const doc = parse(specExample) as Doc;
  edit(doc);
  return doc;
}

const good: [string, unknown][] = [
  ['the SPEC §6.1 example', example()],
  ['only apiVersion', { apiVersion: 'sporthub/v1' }],
  [
    'JSON with $schema, partners and cleared fields',
    example((d) => {
      d.$schema = 'https://sporthub.dev/schemas/manifest.schema.json';
      d.partners = [
        { code: 'clinic-pudong-01', kind: 'clinic', name: '浦东新区社区卫生服务中心' },
        { code: 'school-jq-07', kind: 'school', name: '金桥实验小学' },
      ];
      Object.assign(d.programs[0]!, { theme: null, description: null, defaultDurationMinutes: 60 });
      d.outlets[0]!.zones.push({ code: 'HC', name: '健康检测区', kind: 'health_check', capacity: null });
    }),
  ],
  [
    'an unknown but well-formed category',
    example((d) => {
      d.programs[0]!.category = 'dragon_boat';
    }),
  ],
];

// path: where zod reports the problem; jsonSchema: whether the JSON Schema can reject it too
// (uniqueness of keys across records is a zod-only check).
const bad: { name: string; doc: unknown; path: (string | number)[]; jsonSchema: boolean }[] = [
  {
    name: 'unknown top-level key (typo)',
    doc: example((d) => {
      d.program = [];
    }),
    path: [],
    jsonSchema: true,
  },
  {
    name: 'unknown outlet key',
    doc: example((d) => {
      d.outlets[0]!.adress = {};
    }),
    path: ['outlets', 0],
    jsonSchema: true,
  },
  {
    name: 'unknown zone key',
    doc: example((d) => {
      d.outlets[0]!.zones[0]!.capacty = 20;
    }),
    path: ['outlets', 0, 'zones', 0],
    jsonSchema: true,
  },
  {
    name: 'staff with partnerIds instead of outlets',
    doc: example((d) => {
      d.staff[0]!.outletIds = ['out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P'];
    }),
    path: ['staff', 0],
    jsonSchema: true,
  },
  {
    name: 'wrong apiVersion',
    doc: example((d) => {
      d.apiVersion = 'sporthub/v2';
    }),
    path: ['apiVersion'],
    jsonSchema: true,
  },
  {
    name: 'missing apiVersion',
    doc: example((d) => {
      delete d.apiVersion;
    }),
    path: ['apiVersion'],
    jsonSchema: true,
  },
  {
    name: 'wrong program kind',
    doc: example((d) => {
      d.programs[0]!.kind = 'course';
    }),
    path: ['programs', 0, 'kind'],
    jsonSchema: true,
  },
  {
    name: 'wrong age group',
    doc: example((d) => {
      d.programs[1]!.ageGroups = ['adult', 'elderly'];
    }),
    path: ['programs', 1, 'ageGroups', 1],
    jsonSchema: true,
  },
  {
    name: 'wrong intensity',
    doc: example((d) => {
      d.programs[0]!.intensity = 'high';
    }),
    path: ['programs', 0, 'intensity'],
    jsonSchema: true,
  },
  {
    name: 'category not snake_case',
    doc: example((d) => {
      d.programs[0]!.category = 'Tai Chi';
    }),
    path: ['programs', 0, 'category'],
    jsonSchema: true,
  },
  {
    name: 'wrong staff role',
    doc: example((d) => {
      d.staff[0]!.role = 'trainer';
    }),
    path: ['staff', 0, 'role'],
    jsonSchema: true,
  },
  {
    name: 'wrong zone kind',
    doc: example((d) => {
      d.outlets[0]!.zones[0]!.kind = 'gym';
    }),
    path: ['outlets', 0, 'zones', 0, 'kind'],
    jsonSchema: true,
  },
  {
    name: 'wrong outlet service',
    doc: example((d) => {
      d.outlets[0]!.services = ['consultation', 'sauna'];
    }),
    path: ['outlets', 0, 'services', 1],
    jsonSchema: true,
  },
  {
    name: 'wrong partner kind',
    doc: example((d) => {
      d.partners = [{ code: 'clinic-pudong-01', kind: 'hospital', name: '浦东新区人民医院' }];
    }),
    path: ['partners', 0, 'kind'],
    jsonSchema: true,
  },
  {
    name: 'program without code',
    doc: example((d) => {
      delete d.programs[1]!.code;
    }),
    path: ['programs', 1, 'code'],
    jsonSchema: true,
  },
  {
    name: 'outlet without code',
    doc: example((d) => {
      delete d.outlets[0]!.code;
    }),
    path: ['outlets', 0, 'code'],
    jsonSchema: true,
  },
  {
    name: 'zone without code',
    doc: example((d) => {
      delete d.outlets[0]!.zones[0]!.code;
    }),
    path: ['outlets', 0, 'zones', 0, 'code'],
    jsonSchema: true,
  },
  {
    name: 'staff without externalId',
    doc: example((d) => {
      delete d.staff[0]!.externalId;
    }),
    path: ['staff', 0, 'externalId'],
    jsonSchema: true,
  },
  {
    name: 'empty code',
    doc: example((d) => {
      d.programs[0]!.code = '';
    }),
    path: ['programs', 0, 'code'],
    jsonSchema: true,
  },
  {
    name: 'outlet code reference with a space',
    doc: example((d) => {
      d.staff[0]!.outlets = ['SH PD 0001'];
    }),
    path: ['staff', 0, 'outlets', 0],
    jsonSchema: true,
  },
  {
    name: 'opening hours in the wrong format',
    doc: example((d) => {
      d.outlets[0]!.openingHours = { mon: ['9-21'] };
    }),
    path: ['outlets', 0, 'openingHours', 'mon', 0],
    jsonSchema: true,
  },
  {
    name: 'repeated age group',
    doc: example((d) => {
      d.programs[0]!.ageGroups = ['senior', 'senior'];
    }),
    path: ['programs', 0, 'ageGroups'],
    jsonSchema: true,
  },
  {
    name: 'duplicate program code',
    doc: example((d) => {
      d.programs[1]!.code = 'P-TAICHI';
    }),
    path: ['programs', 1, 'code'],
    jsonSchema: false,
  },
  {
    name: 'duplicate zone code within an outlet',
    doc: example((d) => {
      d.outlets[0]!.zones.push({ code: 'EXP', name: '第二体验区', kind: 'experience' });
    }),
    path: ['outlets', 0, 'zones', 1, 'code'],
    jsonSchema: false,
  },
  {
    name: 'duplicate staff externalId',
    doc: example((d) => {
      d.staff.push({ externalId: 'C-0042', name: '王教练', role: 'coach' });
    }),
    path: ['staff', 1, 'externalId'],
    jsonSchema: false,
  },
];

describe('ManifestSchema (zod)', () => {
  test.each(good)('accepts %s', (_name, doc) => {
    const result = ManifestSchema.safeParse(doc);
    expect(result.success, result.error?.message).toBe(true);
  });

  test('the SPEC example parses into typed records', () => {
    const manifest = ManifestSchema.parse(example());
    expect(manifest.apiVersion).toBe(MANIFEST_API_VERSION);
    expect(manifest.programs?.map((p) => p.code)).toEqual(['P-TAICHI', 'P-WALK']);
    expect(manifest.programs?.[1]?.theme).toBe('national-fitness-day');
    expect(manifest.staff?.[0]?.outlets).toEqual(['SH-PD-0001']);
    expect(manifest.outlets?.[0]?.zones?.[0]).toEqual({
      code: 'EXP',
      name: '体验区',
      kind: 'experience',
      capacity: 20,
    });
    expect(manifest.outlets?.[0]?.partners).toEqual(['clinic-pudong-01']);
  });

  test.each(bad)('rejects $name at its path', ({ doc, path }) => {
    const result = ManifestSchema.safeParse(doc);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path) ?? [];
    expect(paths, JSON.stringify(result.error?.issues)).toContainEqual(path);
  });

  test('unknown keys are named', () => {
    const result = ManifestSchema.safeParse(
      example((d) => {
        d.outlets[0]!.zones[0]!.capacty = 20;
      }),
    );
    expect(result.error?.issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      keys: ['capacty'],
      path: ['outlets', 0, 'zones', 0],
    });
  });

  test.each([
    [
      'ManifestProgramSchema',
      ManifestProgramSchema,
      {
        code: 'P-YOGA',
        title: '晨间瑜伽',
        kind: 'class',
        category: 'yoga',
        ageGroups: ['adult'],
        intensity: 'light',
      },
    ],
    [
      'ManifestStaffSchema',
      ManifestStaffSchema,
      { externalId: 'H-0003', name: '张医生', role: 'health_advisor' },
    ],
    ['ManifestOutletSchema', ManifestOutletSchema, { code: 'SH-XH-0002', name: '徐汇滨江体育服务点' }],
    [
      'ManifestPartnerSchema',
      ManifestPartnerSchema,
      { code: 'sc-xh-01', kind: 'senior_center', name: '徐汇区长者照护之家' },
    ],
  ] as const)('%s accepts a minimal record and rejects an extra key', (_name, schema, record) => {
    expect(schema.safeParse(record).success).toBe(true);
    expect(schema.safeParse({ ...record, extra: true }).success).toBe(false);
  });
});

describe('the JSON Schema generated from ManifestSchema', () => {
  // The same call as scripts/emit-json-schema.mjs, from the sources.
  const jsonSchema = z.toJSONSchema(ManifestSchema, { target: 'draft-2020-12', io: 'input' });
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  const validate = ajv.compile(jsonSchema);

  test('is JSON Schema 2020-12 with a title and descriptions', () => {
    expect(jsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(jsonSchema.title).toBe('sporthub provisioning manifest');
    expect(jsonSchema.additionalProperties).toBe(false);
    expect(JSON.stringify(jsonSchema)).toContain(
      '"description":"Codes of the partners linked to this outlet"',
    );
  });

  test.each(good)('accepts %s', (_name, doc) => {
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  test.each(bad.filter((c) => c.jsonSchema))('rejects $name', ({ doc, path }) => {
    expect(validate(doc)).toBe(false);
    // ajv names the offending instance as a JSON Pointer (a missing property: its parent + the name),
    // which must be where zod reports the problem.
    const pointer = path.map((p) => `/${p}`).join('');
    const pointers = (validate.errors ?? []).map((e) =>
      e.keyword === 'required' ? `${e.instancePath}/${e.params.missingProperty}` : e.instancePath,
    );
    expect(pointers, JSON.stringify(validate.errors)).toContain(pointer);
  });
});
