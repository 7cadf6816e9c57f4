import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReferrals } from '../../src/integrations/fhir/referrals.js';

const sample = JSON.parse(
  readFileSync(new URL('../../../../examples/data/fhir/referrals.json', import.meta.url), 'utf8'),
);

describe('readReferrals', () => {
  it('reads the sample bundle: subject identifiers come from the referenced Patient', () => {
    const parsed = readReferrals(sample);
    expect(parsed.problems).toEqual([]);
    expect(parsed.open).toEqual([
      expect.objectContaining({
        id: 'sr-2026-0001',
        status: 'active',
        subjectIdentifiers: [{ system: 'urn:sporthub:member-external-id', value: 'WX-10086' }],
      }),
    ]);
  });

  it('closed requests are set aside; a subject without identifier is a problem', () => {
    const parsed = readReferrals({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          resource: {
            resourceType: 'ServiceRequest',
            id: 'a',
            status: 'revoked',
            subject: { identifier: { value: 'x' } },
          },
        },
        {
          resource: {
            resourceType: 'ServiceRequest',
            id: 'b',
            status: 'active',
            subject: { reference: 'Patient/404' },
          },
        },
        {
          resource: {
            resourceType: 'ServiceRequest',
            id: 'c',
            code: { coding: [{ system: 'urn:sporthub:program', code: 'P-WALK' }] },
            subject: { identifier: { system: 'urn:sporthub:member', value: 'mem_1' } },
          },
        },
      ],
    });
    expect(parsed.closed.map((r) => r.id)).toEqual(['a']);
    expect(parsed.problems).toEqual([
      { location: 'entry[1]', message: expect.stringContaining('no identifier') },
    ]);
    expect(parsed.open).toEqual([expect.objectContaining({ id: 'c', programCode: 'P-WALK' })]);
  });

  it('refuses something that is not FHIR', () => {
    expect(() => readReferrals({ hello: 1 })).toThrow(/not a FHIR resource/);
  });
});
