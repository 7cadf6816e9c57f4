import { describe, expect, it } from 'vitest';
import { buildShareBundle, type PatientShare } from '../../src/integrations/fhir/bundle.js';
import { renderShareCsv } from '../../src/integrations/fhir/csv.js';
import type { Bundle, Procedure } from '../../src/integrations/fhir/types.js';
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
    attendance: [
      {
        id: 'par_1',
        referralId: 'sr-2026-0001',
        programCode: 'P-WALK',
        checkedInAt: '2026-09-05T23:40:00+08:00',
        durationMinutes: 45,
      },
      {
        id: 'par_2',
        referralId: 'ServiceRequest/sr-2026-0002',
        programCode: 'P-WALK',
        checkedInAt: at,
        durationMinutes: null,
      },
    ],
  },
];

let n = 0;
const newUuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

describe('buildShareBundle', () => {
  it('transaction: urn:uuid fullUrls, a request on every entry, conditional Patient create', () => {
    const bundle = buildShareBundle(patients, { type: 'transaction', timestamp: at, newUuid });
    expect(bundle.type).toBe('transaction');
    expect(bundle.entry).toHaveLength(7);
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

describe('attendance as Procedure', () => {
  const bundle = buildShareBundle(patients, { type: 'transaction', timestamp: at, newUuid });
  const procedures = (bundle.entry ?? []).filter((e) => e.resource?.resourceType === 'Procedure');

  it('one completed Procedure per attendance, basedOn the referral, performed in the session', () => {
    expect(procedures).toHaveLength(2);
    const [long, short] = procedures.map((e) => e.resource as Procedure);
    expect(long).toMatchObject({
      status: 'completed',
      basedOn: [{ reference: 'ServiceRequest/sr-2026-0001' }],
      identifier: [{ system: 'urn:sporthub:participation', value: 'par_1' }],
      code: { coding: [{ system: 'urn:sporthub:program', code: 'P-WALK' }] },
      // 45 minutes from 23:40 local runs past midnight, in the same offset.
      performedPeriod: { start: '2026-09-05T23:40:00+08:00', end: '2026-09-06T00:25:00+08:00' },
    });
    expect(short?.basedOn).toEqual([{ reference: 'ServiceRequest/sr-2026-0002' }]);
    expect(short?.performedDateTime).toBe(at);
    expect(short?.performedPeriod).toBeUndefined();
    const patient = bundle.entry?.find(
      (e) => e.resource?.resourceType === 'Patient' && e.request?.ifNoneExist?.endsWith('psn_def'),
    );
    expect(long?.subject.reference).toBe(patient?.fullUrl);
    expect(procedures[0]?.request).toEqual({
      method: 'POST',
      url: 'Procedure',
      ifNoneExist: 'identifier=urn:sporthub:participation|par_1',
    });
    expect(validateBundle(bundle)).toEqual([]);
  });

  it('validation catches a Procedure without basedOn, status or a zoned time', () => {
    const broken = buildShareBundle(patients, { type: 'transaction', timestamp: at, newUuid });
    const p = broken.entry?.find((e) => e.resource?.resourceType === 'Procedure')?.resource as Procedure;
    p.basedOn = [];
    (p as { status?: string }).status = 'done';
    if (p.performedPeriod) p.performedPeriod.end = '2026-09-06T00:25:00';
    expect(validateBundle(broken).map((i) => i.rule)).toEqual(
      expect.arrayContaining(['basedOn', 'required', 'dateTime']),
    );
  });
});

describe('validateBundle', () => {
  const valid = () => buildShareBundle(patients, { type: 'transaction', timestamp: at, newUuid });

  it('bdl-3: request missing in a transaction, present in a collection', () => {
    const tx = valid();
    delete tx.entry?.[0]?.request;
    expect(validateBundle(tx).map((i) => i.rule)).toContain('bdl-3');
    const collection: Bundle = { ...valid(), type: 'collection' };
    expect(validateBundle(collection).filter((i) => i.rule === 'bdl-3')).toHaveLength(7);
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
    expect(bundle.entry?.[4]?.resource?.resourceType).toBe('Observation');
    delete obs.status;
    if (obs.valueQuantity) obs.valueQuantity.system = 'http://example.org/units';
    const rules = validateBundle(bundle).map((i) => i.rule);
    expect(rules).toEqual(expect.arrayContaining(['bdl-7', 'required', 'ucum']));
  });
});

describe('renderShareCsv', () => {
  it('one row per value; blood pressure as two rows under its panel code; one per attendance', () => {
    const lines = renderShareCsv(patients).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'patient_ref,patient_ref_system,record_id,type,loinc_code,loinc_display,panel_code,category,effective_at,value,ucum_unit,referral_id,program_code',
    );
    expect(lines).toHaveLength(7);
    expect(lines[5]).toBe(
      'psn_def,urn:sporthub:pseudonym:XH-CHC-01,par_1,attendance,,,,activity,2026-09-05T23:40:00+08:00,45,min,sr-2026-0001,P-WALK',
    );
    expect(lines[2]).toContain(',8480-6,Systolic blood pressure,85354-9,vital-signs,');
    expect(lines[3]).toContain(',8462-4,Diastolic blood pressure,85354-9,');
    expect(lines[4]).toContain('psn_def,urn:sporthub:pseudonym:XH-CHC-01,msr_3,steps,41950-7');
  });
});
