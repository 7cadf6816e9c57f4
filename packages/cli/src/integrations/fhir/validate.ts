import type { Bundle, BundleEntry, Observation, Procedure, Quantity } from './types.js';

/*
 * The FHIR R4 rules a bundle can be checked against without a terminology server or the StructureDefinitions:
 * Bundle invariants bdl-1/-3/-7 (hl7.org/fhir/R4/bundle.html#invs), required elements and obs-6/-7 of
 * Observation, required elements of Procedure (status, subject; basedOn a ServiceRequest for attendance),
 * UCUM quantities, and that every `urn:uuid:` reference resolves inside the bundle. Run on
 * each bundle before it leaves the machine, and by the tests.
 */

export interface BundleIssue {
  /** FHIRPath-like location, e.g. `Bundle.entry[3].resource.subject`. */
  path: string;
  /** The FHIR invariant id (`bdl-3`) or a short rule name (`required`, `reference`). */
  rule: string;
  message: string;
}

const BUNDLE_TYPES = new Set([
  'document',
  'message',
  'transaction',
  'transaction-response',
  'batch',
  'batch-response',
  'history',
  'searchset',
  'collection',
]);
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH']);
const OBSERVATION_STATUS = new Set([
  'registered',
  'preliminary',
  'final',
  'amended',
  'corrected',
  'cancelled',
  'entered-in-error',
  'unknown',
]);
const PROCEDURE_STATUS = new Set([
  'preparation',
  'in-progress',
  'not-done',
  'on-hold',
  'stopped',
  'completed',
  'entered-in-error',
  'unknown',
]);
const URN_UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Every problem found; an empty list means the bundle passes the checks above. */
export function validateBundle(bundle: Bundle): BundleIssue[] {
  const issues: BundleIssue[] = [];
  const add = (path: string, rule: string, message: string) => issues.push({ path, rule, message });
  if (bundle.resourceType !== 'Bundle') add('Bundle', 'resourceType', 'resourceType must be "Bundle"');
  if (!BUNDLE_TYPES.has(bundle.type))
    add('Bundle.type', 'required', `type "${bundle.type}" is not a Bundle type`);
  const entries = bundle.entry ?? [];
  const fullUrls = new Set<string>();
  for (const [i, e] of entries.entries()) {
    const at = `Bundle.entry[${i}]`;
    checkEntry(bundle, e, at, add);
    if (e.fullUrl) {
      // bdl-7: fullUrl must be unique in a bundle (versionId aside, which these bundles never carry).
      if (fullUrls.has(e.fullUrl)) add(`${at}.fullUrl`, 'bdl-7', `fullUrl ${e.fullUrl} appears twice`);
      fullUrls.add(e.fullUrl);
    }
  }
  for (const [i, e] of entries.entries()) {
    for (const [path, ref] of referencesIn(e.resource, `Bundle.entry[${i}].resource`)) {
      if (ref.startsWith('urn:uuid:') && !fullUrls.has(ref)) {
        add(path, 'reference', `${ref} does not resolve to an entry of the bundle`);
      }
    }
  }
  return issues;
}

type Add = (path: string, rule: string, message: string) => void;

function checkEntry(bundle: Bundle, e: BundleEntry, at: string, add: Add): void {
  const needsRequest = bundle.type === 'transaction' || bundle.type === 'batch';
  // bdl-3: entry.request mandatory for batch/transaction/history, otherwise prohibited.
  if (needsRequest && !e.request) add(`${at}.request`, 'bdl-3', `a ${bundle.type} entry needs request`);
  if (!needsRequest && bundle.type !== 'history' && e.request) {
    add(`${at}.request`, 'bdl-3', `a ${bundle.type} entry must not have request`);
  }
  if (e.request) {
    if (!METHODS.has(e.request.method))
      add(`${at}.request.method`, 'required', 'method must be an HTTP verb');
    if (!e.request.url) add(`${at}.request.url`, 'required', 'request.url is required');
  }
  if (e.response && bundle.type !== 'transaction-response' && bundle.type !== 'batch-response') {
    add(`${at}.response`, 'bdl-4', 'response is only allowed in batch-response/transaction-response');
  }
  // bdl-5: an entry has a resource, a request or a response.
  if (!e.resource && !e.request && !e.response)
    add(at, 'bdl-5', 'entry has no resource, request or response');
  if (e.fullUrl?.startsWith('urn:uuid:') && !URN_UUID.test(e.fullUrl)) {
    add(`${at}.fullUrl`, 'uri', `${e.fullUrl} is not a urn:uuid with a lower-case RFC 4122 UUID`);
  }
  if (needsRequest && e.request?.method === 'POST' && !e.fullUrl) {
    add(`${at}.fullUrl`, 'required', 'a created resource needs a fullUrl others can reference');
  }
  if (!e.resource) return;
  if (typeof e.resource.resourceType !== 'string')
    add(`${at}.resource`, 'required', 'resourceType is required');
  if (e.resource.resourceType === 'Observation')
    checkObservation(e.resource as Observation, `${at}.resource`, add);
  if (e.resource.resourceType === 'Procedure') checkProcedure(e.resource as Procedure, `${at}.resource`, add);
}

function checkProcedure(p: Procedure, at: string, add: Add): void {
  if (!PROCEDURE_STATUS.has(p.status)) add(`${at}.status`, 'required', 'status is required');
  if (!p.subject?.reference) add(`${at}.subject`, 'required', 'subject is required');
  // Attendance is reported against the clinic's referral: basedOn must name a ServiceRequest.
  if (!p.basedOn?.length) add(`${at}.basedOn`, 'basedOn', 'attendance must reference the referral');
  for (const [i, ref] of (p.basedOn ?? []).entries()) {
    if (!/^(ServiceRequest\/|urn:uuid:|https?:\/\/.+\/ServiceRequest\/)/.test(ref.reference ?? '')) {
      add(`${at}.basedOn[${i}]`, 'reference', `${ref.reference} is not a ServiceRequest reference`);
    }
  }
  // performed[x]: one of dateTime or Period (a choice type takes one form only).
  if (p.performedDateTime !== undefined && p.performedPeriod !== undefined)
    add(`${at}.performed[x]`, 'choice', 'performed[x] has both dateTime and Period');
  for (const [path, value] of [
    ['performedDateTime', p.performedDateTime],
    ['performedPeriod.start', p.performedPeriod?.start],
    ['performedPeriod.end', p.performedPeriod?.end],
  ] as const) {
    if (value !== undefined && !DATE_TIME.test(value))
      add(`${at}.${path}`, 'dateTime', `${value} is not a FHIR dateTime with a zone`);
  }
  // per-1: a Period's start, when present, is not after its end.
  const { start, end } = p.performedPeriod ?? {};
  if (start && end && Date.parse(start) > Date.parse(end))
    add(`${at}.performedPeriod`, 'per-1', 'start is after end');
}

function checkObservation(o: Observation, at: string, add: Add): void {
  if (!OBSERVATION_STATUS.has(o.status)) add(`${at}.status`, 'required', 'status is required');
  if (!o.code?.coding?.length && !o.code?.text) add(`${at}.code`, 'required', 'code is required');
  for (const [i, c] of (o.code?.coding ?? []).entries()) {
    if (!c.system || !c.code) add(`${at}.code.coding[${i}]`, 'coding', 'coding needs system and code');
  }
  if (!o.subject?.reference) add(`${at}.subject`, 'required', 'subject is required for shared observations');
  if (o.effectiveDateTime !== undefined && !DATE_TIME.test(o.effectiveDateTime)) {
    add(`${at}.effectiveDateTime`, 'dateTime', `${o.effectiveDateTime} is not a FHIR dateTime with a zone`);
  }
  const vital = o.category?.some((c) => c.coding?.some((x) => x.code === 'vital-signs'));
  if (vital && !o.effectiveDateTime) add(`${at}.effective[x]`, 'vs-1', 'vital signs need effective[x]');
  if (!o.valueQuantity && !o.component?.length)
    add(`${at}`, 'value', 'an observation needs a value or components');
  if (o.valueQuantity) checkQuantity(o.valueQuantity, `${at}.valueQuantity`, add);
  const ownCodes = new Set((o.code?.coding ?? []).map((c) => `${c.system}|${c.code}`));
  for (const [i, comp] of (o.component ?? []).entries()) {
    if (!comp.code?.coding?.length)
      add(`${at}.component[${i}].code`, 'required', 'component code is required');
    if (!comp.valueQuantity) add(`${at}.component[${i}]`, 'value', 'component needs a value');
    else checkQuantity(comp.valueQuantity, `${at}.component[${i}].valueQuantity`, add);
    // obs-7: a component's code must differ from the observation's code when the observation has a value.
    if (o.valueQuantity && comp.code?.coding?.some((c) => ownCodes.has(`${c.system}|${c.code}`))) {
      add(`${at}.component[${i}].code`, 'obs-7', 'component code equals the observation code');
    }
  }
}

function checkQuantity(q: Quantity, at: string, add: Add): void {
  if (typeof q.value !== 'number' || !Number.isFinite(q.value))
    add(`${at}.value`, 'required', 'value must be a number');
  // qty-3: a code needs a system; the share always uses UCUM.
  if (q.system !== 'http://unitsofmeasure.org') add(`${at}.system`, 'ucum', 'units must be UCUM');
  if (!q.code) add(`${at}.code`, 'qty-3', 'a UCUM quantity needs a code');
}

/** Every `reference` string inside a resource, with its path. */
function referencesIn(value: unknown, path: string): Array<[string, string]> {
  if (Array.isArray(value)) return value.flatMap((v, i) => referencesIn(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const found: Array<[string, string]> = [];
  for (const [key, child] of Object.entries(value)) {
    if (key === 'reference' && typeof child === 'string') found.push([path, child]);
    else found.push(...referencesIn(child, `${path}.${key}`));
  }
  return found;
}
