/*
 * The slice of FHIR R4 (hl7.org/fhir/R4) that clinic sync writes and reads: Bundle, Patient, Observation,
 * ServiceRequest. Hand-written rather than @types/fhir: a dozen fields, and the names match the spec.
 */

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Identifier {
  system?: string;
  value?: string;
}

export interface Reference {
  reference?: string;
  identifier?: Identifier;
  display?: string;
}

/** A UCUM quantity: `unit` for people, `system` + `code` for machines. */
export interface Quantity {
  value: number;
  unit: string;
  system: 'http://unitsofmeasure.org';
  code: string;
}

export interface ObservationComponent {
  code: CodeableConcept;
  valueQuantity?: Quantity;
}

export interface Observation {
  resourceType: 'Observation';
  id?: string;
  meta?: { profile?: string[] };
  identifier?: Identifier[];
  status:
    | 'registered'
    | 'preliminary'
    | 'final'
    | 'amended'
    | 'corrected'
    | 'cancelled'
    | 'entered-in-error'
    | 'unknown';
  category?: CodeableConcept[];
  code: CodeableConcept;
  subject?: Reference;
  effectiveDateTime?: string;
  issued?: string;
  valueQuantity?: Quantity;
  component?: ObservationComponent[];
}

/** R4 Procedure (hl7.org/fhir/R4/procedure.html): attendance reported back against a referral. */
export interface Procedure {
  resourceType: 'Procedure';
  id?: string;
  identifier?: Identifier[];
  basedOn?: Reference[];
  status:
    | 'preparation'
    | 'in-progress'
    | 'not-done'
    | 'on-hold'
    | 'stopped'
    | 'completed'
    | 'entered-in-error'
    | 'unknown';
  code?: CodeableConcept;
  subject: Reference;
  performedDateTime?: string;
  performedPeriod?: { start?: string; end?: string };
}

export interface Patient {
  resourceType: 'Patient';
  id?: string;
  identifier?: Identifier[];
}

export interface ServiceRequest {
  resourceType: 'ServiceRequest';
  id?: string;
  identifier?: Identifier[];
  status?: string;
  intent?: string;
  code?: CodeableConcept;
  subject?: Reference;
  authoredOn?: string;
}

export type Resource =
  | Observation
  | Procedure
  | Patient
  | ServiceRequest
  | { resourceType: string; id?: string };

export type BundleType =
  | 'document'
  | 'message'
  | 'transaction'
  | 'transaction-response'
  | 'batch'
  | 'batch-response'
  | 'history'
  | 'searchset'
  | 'collection';

export interface BundleRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  url: string;
  ifNoneExist?: string;
}

export interface BundleEntry<R = Resource> {
  fullUrl?: string;
  resource?: R;
  request?: BundleRequest;
  response?: { status: string };
}

export interface Bundle<R = Resource> {
  resourceType: 'Bundle';
  id?: string;
  type: BundleType;
  timestamp?: string;
  entry?: BundleEntry<R>[];
}
