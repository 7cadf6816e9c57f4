import { describe, expect, it } from 'vitest';
import { buildShareBundle, type PatientShare } from '../../src/integrations/fhir/bundle.js';
import { renderShareCsv } from '../../src/integrations/fhir/csv.js';
import type { Bundle } from '../../src/integrations/fhir/types.js';
import { validateBundle } from '../../src/integrations/fhir/validate.js';

const at = '2026-09-05T09:30:00+08:00';
const patients: PatientShare[] = [
  {
    identifier: { system: 'urn:sporthub:pseudonym:XH-CHC-01', value: 'psn_abc' },
    measurements: [
      { id: 'msr_1', type: 'weight', value: 61.5, measuredAt: at },
      { id: 'msr_2', type: 'blood_pressure', value: { systolic: 128, diastolic: 82 }, measuredAt: at },
    ],
  },
  {
    identifier: { system: 'urn:sporthub:pseudonym:XH-CHC-01', value: 'psn_def' },
    measurements: [{ id: 'msr_3', type: 'steps', value: 9000, measuredAt: at }],
  },
];

let n = 0;
const newUuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

describe('buildShareBundle', () => {
  it('transaction: urn:uuid fullUrls, a request on every entry, conditional Patient create', () => {
    const bundle = buildShareBundle(patients, { type: 'transaction', timestamp: at, newUuid });
    expect(bundle.type).toBe('transaction');
    expect(bundle.entry).toHaveLength(5);
    for (const e of bundle.entry ?? []) {
      expect(e.fullUrl).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(e.request?.method).toBe('POST');
    }
    const patient = bundle.entry?.[0];
    expect(patient?.request).toEqual({
      method: 'POST',
      url: 'Patient',
      ifNoneExist: 'identifier=urn:sporthub:pseudonym:XH-CHC-01|psn_abc',
    });
    const observation = bundle.entry?.[1]?.resource as { subject?: { reference?: string } };
    expect(observation.subject?.reference).toBe(patient?.fullUrl);
    expect(validateBundle(bundle)).toEqual([]);
  });

  it('collection: the same entries without request (bdl-3)', () => {
    const bundle = buildShareBundle(patients, { type: 'collection', timestamp: at, newUuid });
    expect(bundle.entry?.every((e) => e.request === undefined)).toBe(true);
    expect(validateBundle(bundle)).toEqual([]);
  });

  it('an empty share is a valid empty bundle', () => {
    expect(validateBundle(buildShareBundle([], { type: 'transaction' }))).toEqual([]);
  });
});

describe('validateBundle', () => {
  const valid = () => buildShareBundle(patients, { type: 'transaction', timestamp: at, newUuid });

  it('bdl-3: request missing in a transaction, present in a collection', () => {
    const tx = valid();
    delete tx.entry?.[0]?.request;
    expect(validateBundle(tx).map((i) => i.rule)).toContain('bdl-3');
    const collection: Bundle = { ...valid(), type: 'collection' };
    expect(validateBundle(collection).filter((i) => i.rule === 'bdl-3')).toHaveLength(5);
  });

  it('references must resolve inside the bundle', () => {
    const bundle = valid();
    bundle.entry?.splice(0, 1);
    expect(validateBundle(bundle).map((i) => i.rule)).toContain('reference');
  });

  it('bdl-7 duplicate fullUrl, missing status, non-UCUM unit', () => {
    const bundle = valid();
    const [first, second] = bundle.entry ?? [];
    if (second && first?.fullUrl) second.fullUrl = first.fullUrl;
    const obs = bundle.entry?.[4]?.resource as { status?: string; valueQuantity?: { system: string } };
    delete obs.status;
    if (obs.valueQuantity) obs.valueQuantity.system = 'http://example.org/units';
    const rules = validateBundle(bundle).map((i) => i.rule);
    expect(rules).toEqual(expect.arrayContaining(['bdl-7', 'required', 'ucum']));
  });
});

describe('renderShareCsv', () => {
  it('one row per value; blood pressure as two rows under its panel code', () => {
    const lines = renderShareCsv(patients).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'patient_ref,patient_ref_system,measurement_id,type,loinc_code,loinc_display,panel_code,category,effective_at,value,ucum_unit',
    );
    expect(lines).toHaveLength(5);
    expect(lines[2]).toContain(',8480-6,Systolic blood pressure,85354-9,vital-signs,');
    expect(lines[3]).toContain(',8462-4,Diastolic blood pressure,85354-9,');
    expect(lines[4]).toContain('psn_def,urn:sporthub:pseudonym:XH-CHC-01,msr_3,steps,41950-7');
  });
});
