import { describe, expect, it } from 'vitest';
import { isMappedType, MEASUREMENT_CODINGS } from '../../src/integrations/fhir/codes.js';
import { measurementToObservation } from '../../src/integrations/fhir/observation.js';

const subject = { reference: 'urn:uuid:00000000-0000-4000-8000-000000000001' };
const at = '2026-09-05T09:30:00+08:00';
const CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';

type Case = [
  string,
  {
    type: string;
    value: unknown;
    want: { codes: string[]; unit?: string; category: string; value?: number };
  },
];

// SPEC §6.5 table: LOINC code(s), UCUM unit and category per measurement type.
const CASES: Case[] = [
  [
    'body weight',
    {
      type: 'weight',
      value: 61.5,
      want: { codes: ['29463-7'], unit: 'kg', category: 'vital-signs', value: 61.5 },
    },
  ],
  [
    'body height',
    {
      type: 'height',
      value: 162,
      want: { codes: ['8302-2'], unit: 'cm', category: 'vital-signs', value: 162 },
    },
  ],
  [
    'BMI',
    {
      type: 'bmi',
      value: 23.4,
      want: { codes: ['39156-5'], unit: 'kg/m2', category: 'vital-signs', value: 23.4 },
    },
  ],
  [
    'heart rate',
    {
      type: 'heart_rate',
      value: 72,
      want: { codes: ['8867-4'], unit: '/min', category: 'vital-signs', value: 72 },
    },
  ],
  [
    'resting heart rate',
    {
      type: 'resting_heart_rate',
      value: 61,
      want: { codes: ['40443-4', '8867-4'], unit: '/min', category: 'vital-signs', value: 61 },
    },
  ],
  [
    'steps per day',
    {
      type: 'steps',
      value: 8000,
      want: { codes: ['41950-7'], unit: '/d', category: 'activity', value: 8000 },
    },
  ],
  [
    'MVPA minutes per week',
    {
      type: 'mvpa_minutes_per_week',
      value: 150,
      want: { codes: ['82290-8'], unit: 'min/wk', category: 'activity', value: 150 },
    },
  ],
];

describe('measurementToObservation', () => {
  it.each(CASES)('%s', (_name, { type, value, want }) => {
    const o = measurementToObservation(
      { id: 'msr_1', type: type as never, value: value as never, measuredAt: at },
      subject,
    );
    expect(o.resourceType).toBe('Observation');
    expect(o.status).toBe('final');
    expect(o.effectiveDateTime).toBe(at);
    expect(o.subject).toEqual(subject);
    expect(o.code.coding?.map((c) => c.code)).toEqual(want.codes);
    expect(o.code.coding?.every((c) => c.system === 'http://loinc.org')).toBe(true);
    expect(o.category?.[0]?.coding?.[0]).toMatchObject({ system: CATEGORY, code: want.category });
    expect(o.valueQuantity).toEqual({
      value: want.value,
      unit: want.unit,
      system: 'http://unitsofmeasure.org',
      code: want.unit,
    });
    expect(o.identifier).toEqual([{ system: 'urn:sporthub:health-measurement', value: 'msr_1' }]);
  });

  it('blood pressure is the 85354-9 panel with systolic 8480-6 and diastolic 8462-4 in mm[Hg]', () => {
    const o = measurementToObservation(
      { id: 'msr_2', type: 'blood_pressure', value: { systolic: 128, diastolic: 82 }, measuredAt: at },
      subject,
    );
    expect(o.code.coding?.[0]?.code).toBe('85354-9');
    expect(o.valueQuantity).toBeUndefined();
    expect(o.category?.[0]?.coding?.[0]?.code).toBe('vital-signs');
    expect(
      o.component?.map((c) => [c.code.coding?.[0]?.code, c.valueQuantity?.value, c.valueQuantity?.code]),
    ).toEqual([
      ['8480-6', 128, 'mm[Hg]'],
      ['8462-4', 82, 'mm[Hg]'],
    ]);
  });

  it('exercise known as days × minutes is the 89574-8 Exercise Vital Sign panel', () => {
    const o = measurementToObservation(
      {
        id: 'msr_3',
        type: 'mvpa_minutes_per_week',
        value: { daysPerWeek: 3, minutesPerDay: 40 } as never,
        measuredAt: at,
      },
      subject,
    );
    expect(o.code.coding?.[0]?.code).toBe('89574-8');
    expect(o.category?.[0]?.coding?.[0]?.code).toBe('activity');
    expect(
      o.component?.map((c) => [c.code.coding?.[0]?.code, c.valueQuantity?.value, c.valueQuantity?.code]),
    ).toEqual([
      ['89555-7', 3, 'd/wk'],
      ['68516-4', 40, 'min/d'],
      ['82290-8', 120, 'min/wk'],
    ]);
  });

  it('maps exactly the SPEC §6.5 list; grip strength (no verified LOINC code) is not mapped', () => {
    const table = Object.fromEntries(
      Object.entries(MEASUREMENT_CODINGS).map(([type, c]) => [
        type,
        [c.codes.map((x) => x.code).join('+'), c.unit.code, c.category],
      ]),
    );
    expect(table).toEqual({
      weight: ['29463-7', 'kg', 'vital-signs'],
      height: ['8302-2', 'cm', 'vital-signs'],
      bmi: ['39156-5', 'kg/m2', 'vital-signs'],
      heart_rate: ['8867-4', '/min', 'vital-signs'],
      resting_heart_rate: ['40443-4+8867-4', '/min', 'vital-signs'],
      blood_pressure: ['85354-9', 'mm[Hg]', 'vital-signs'],
      steps: ['41950-7', '/d', 'activity'],
      mvpa_minutes_per_week: ['82290-8', 'min/wk', 'activity'],
    });
    expect(isMappedType('grip_strength')).toBe(false);
    expect(isMappedType('weight')).toBe(true);
  });

  it('refuses a value that does not fit its type', () => {
    expect(() =>
      measurementToObservation(
        { id: 'm', type: 'weight', value: { systolic: 1 } as never, measuredAt: at },
        subject,
      ),
    ).toThrow(/needs a number/);
  });
});
