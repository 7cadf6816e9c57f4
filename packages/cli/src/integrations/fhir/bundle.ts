import { randomUUID } from 'node:crypto';
import {
  type AttendanceInput,
  attendanceToProcedure,
  PARTICIPATION_IDENTIFIER_SYSTEM,
} from './attendance.js';
import {
  MEASUREMENT_IDENTIFIER_SYSTEM,
  type MeasurementInput,
  measurementToObservation,
} from './observation.js';
import type { Bundle, BundleEntry, Identifier, Observation, Patient, Resource } from './types.js';

/** The bundle types `sync clinic --bundle-type` writes. */
export const SHARE_BUNDLE_TYPES = ['transaction', 'collection'] as const;
export type ShareBundleType = (typeof SHARE_BUNDLE_TYPES)[number];

/** One member's share: how the clinic will know them, their new measurements and attendance. */
export interface PatientShare {
  /** The pseudonym (or, when the agreement allows identifiers, the member id) as a FHIR Identifier. */
  identifier: Required<Identifier>;
  measurements: readonly MeasurementInput[];
  /** Sessions attended since the last run, under one of this clinic's referrals. */
  attendance?: readonly AttendanceInput[];
}

export interface BuildBundleOptions {
  type: ShareBundleType;
  /** `Bundle.timestamp`. Default: now. */
  timestamp?: string;
  /** New `urn:uuid` values; injectable for golden-file tests. */
  newUuid?: () => string;
}

/** `identifier=<system>|<value>`: the FHIR token search a conditional create uses. */
export function identifierQuery(identifier: Required<Identifier>): string {
  return `identifier=${identifier.system}|${identifier.value}`;
}

/**
 * The Bundle a clinic receives (SPEC §6.5). `transaction` (the default): every entry has an `urn:uuid`
 * fullUrl and a `request`; each Patient is a conditional create (`ifNoneExist` on its pseudonymous
 * identifier, so the clinic's server links to the patient it already has), and each Observation is one
 * too, on the measurement's identifier, so posting the same bundle twice creates nothing twice; so is
 * each attendance Procedure (basedOn the clinic's ServiceRequest), on the participation record's id.
 * `collection`: the same entries without `request` (FHIR bdl-3 forbids it outside batch/transaction).
 */
export function buildShareBundle(patients: readonly PatientShare[], options: BuildBundleOptions): Bundle {
  const newUuid = options.newUuid ?? randomUUID;
  const transaction = options.type === 'transaction';
  const entries: BundleEntry[] = [];
  for (const share of patients) {
    const attendance = share.attendance ?? [];
    if (share.measurements.length === 0 && attendance.length === 0) continue;
    const patientUrl = `urn:uuid:${newUuid()}`;
    const patient: Patient = { resourceType: 'Patient', identifier: [share.identifier] };
    entries.push(
      entry(patientUrl, patient, transaction, {
        method: 'POST',
        url: 'Patient',
        ifNoneExist: identifierQuery(share.identifier),
      }),
    );
    for (const m of share.measurements) {
      const observation: Observation = measurementToObservation(m, { reference: patientUrl });
      const request = {
        method: 'POST' as const,
        url: 'Observation',
        ifNoneExist: identifierQuery({ system: MEASUREMENT_IDENTIFIER_SYSTEM, value: m.id }),
      };
      entries.push(entry(`urn:uuid:${newUuid()}`, observation, transaction, request));
    }
    for (const a of attendance) {
      const procedure = attendanceToProcedure(a, { reference: patientUrl });
      const request = {
        method: 'POST' as const,
        url: 'Procedure',
        ifNoneExist: identifierQuery({ system: PARTICIPATION_IDENTIFIER_SYSTEM, value: a.id }),
      };
      entries.push(entry(`urn:uuid:${newUuid()}`, procedure, transaction, request));
    }
  }
  return {
    resourceType: 'Bundle',
    type: options.type,
    timestamp: options.timestamp ?? new Date().toISOString(),
    entry: entries,
  };
}

function entry(
  fullUrl: string,
  resource: Resource,
  transaction: boolean,
  request: NonNullable<BundleEntry['request']>,
): BundleEntry {
  return transaction ? { fullUrl, resource, request } : { fullUrl, resource };
}
