import type { Bundle, Identifier, Patient, Resource, ServiceRequest } from './types.js';

/*
 * Clinic referrals (SPEC §6.5): a FHIR Bundle (any type: transaction, collection, searchset) or a single
 * ServiceRequest, e.g. SNOMED CT 390893007 "Referral to physical activity program". Each becomes a
 * program enrolment with source `referral` and referenceId = the ServiceRequest id, so importing the
 * same referral again finds the enrolment instead of creating a second one.
 */

export const SNOMED = 'http://snomed.info/sct';
export const REFERRAL_TO_PHYSICAL_ACTIVITY = '390893007';
/** A coding with this system names the sporthub program directly (its code), overriding `--program`. */
export const PROGRAM_CODE_SYSTEM = 'urn:sporthub:program';

/** ServiceRequest statuses that still ask for the service; others (revoked, completed…) are skipped. */
const OPEN_STATUSES = new Set(['active', 'draft', 'on-hold']);

export interface Referral {
  /** The ServiceRequest's id (`referenceId` of the enrolment). */
  id: string;
  status: string;
  /** Identifiers of the referred patient: from `subject.identifier` or the Patient it references. */
  subjectIdentifiers: Identifier[];
  /** The program code when the request names one (`urn:sporthub:program`). */
  programCode: string | undefined;
  /** Where it came from in the file, for messages: `entry[3]`. */
  location: string;
}

export interface ReferralProblem {
  location: string;
  message: string;
}

export interface ParsedReferrals {
  open: Referral[];
  /** Closed requests (revoked, completed, entered-in-error): nothing to enrol. */
  closed: Referral[];
  problems: ReferralProblem[];
}

/** Reads the referrals out of a parsed JSON document; throws when it is not FHIR at all. */
export function readReferrals(document: unknown): ParsedReferrals {
  const resource = document as Resource | null;
  if (!resource || typeof resource !== 'object' || typeof resource.resourceType !== 'string') {
    throw new Error('not a FHIR resource: expected a Bundle of ServiceRequest or a ServiceRequest');
  }
  const entries =
    resource.resourceType === 'Bundle'
      ? ((resource as Bundle).entry ?? []).map((e, i) => ({
          fullUrl: e.fullUrl,
          resource: e.resource,
          at: `entry[${i}]`,
        }))
      : [{ fullUrl: undefined, resource, at: resource.resourceType }];
  const patients = new Map<string, Patient>();
  for (const e of entries) {
    if (e.resource?.resourceType !== 'Patient') continue;
    const patient = e.resource as Patient;
    if (e.fullUrl) patients.set(e.fullUrl, patient);
    if (patient.id) patients.set(`Patient/${patient.id}`, patient);
  }
  const parsed: ParsedReferrals = { open: [], closed: [], problems: [] };
  for (const e of entries) {
    if (e.resource?.resourceType !== 'ServiceRequest') continue;
    const request = e.resource as ServiceRequest;
    const id = request.id ?? request.identifier?.find((i) => i.value)?.value;
    if (!id) {
      parsed.problems.push({ location: e.at, message: 'ServiceRequest has no id or identifier' });
      continue;
    }
    const subject = request.subject;
    const identifiers = subject?.identifier
      ? [subject.identifier]
      : ((subject?.reference ? patients.get(subject.reference) : undefined)?.identifier ?? []);
    const usable = identifiers.filter((i) => i.value);
    if (usable.length === 0) {
      parsed.problems.push({
        location: e.at,
        message: `ServiceRequest ${id}: subject has no identifier (reference ${subject?.reference ?? 'missing'})`,
      });
      continue;
    }
    const programCode = request.code?.coding?.find((c) => c.system === PROGRAM_CODE_SYSTEM)?.code;
    const referral: Referral = {
      id,
      status: request.status ?? 'active',
      subjectIdentifiers: usable,
      programCode,
      location: e.at,
    };
    (OPEN_STATUSES.has(referral.status) ? parsed.open : parsed.closed).push(referral);
  }
  return parsed;
}
