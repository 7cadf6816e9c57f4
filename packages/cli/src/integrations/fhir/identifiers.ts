import type { Identifier } from './types.js';

/*
 * How a clinic knows a member (SPEC §6.5, §6.7): the `memberRef` the server's share gives — the partner's
 * pseudonym (`psn_…`, HMAC per partner on the server, stable across runs, different between partners),
 * or the member id when the agreement allows identifiers. The CLI never computes pseudonyms itself.
 */

export const MEMBER_ID_SYSTEM = 'urn:sporthub:member';

/** The identifier system of one partner's pseudonyms. */
export function pseudonymSystem(partnerCode: string): string {
  return `urn:sporthub:pseudonym:${partnerCode}`;
}

/** A share's `memberRef` as the FHIR identifier of the Patient. */
export function patientIdentifier(partnerCode: string, memberRef: string): Required<Identifier> {
  return memberRef.startsWith('psn_')
    ? { system: pseudonymSystem(partnerCode), value: memberRef }
    : { system: MEMBER_ID_SYSTEM, value: memberRef };
}
