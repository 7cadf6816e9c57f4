import { createHmac, randomBytes } from 'node:crypto';
import type { Identifier } from './types.js';

/*
 * Patient identifiers in a clinic share (SPEC §6.5, §6.7). With `pseudonymize` (the default of an
 * agreement) the clinic gets `psn_…`: HMAC-SHA256 of partner + member under a key that never leaves this
 * side, stable per partner and member, so the clinic links a patient's observations over time without
 * learning who they are, and two partners cannot join their data. The key comes from
 * SPORTHUB_PSEUDONYM_KEY or is generated once into the sync state.
 *
 * The server pseudonymises participation exports with its own per-organization key, which no API
 * exposes, so these pseudonyms differ from `member_ref` in a participation export for the same partner.
 */

export const MEMBER_ID_SYSTEM = 'urn:sporthub:member';

/** The identifier system of one partner's pseudonyms. */
export function pseudonymSystem(partnerCode: string): string {
  return `urn:sporthub:pseudonym:${partnerCode}`;
}

export function newPseudonymKey(): string {
  return randomBytes(32).toString('base64url');
}

export function pseudonym(key: string, partnerId: string, memberId: string): string {
  const digest = createHmac('sha256', Buffer.from(key, 'base64url'))
    .update(`${partnerId}:${memberId}`)
    .digest();
  return `psn_${digest.subarray(0, 20).toString('base64url')}`;
}

/** How the clinic will know a member: the pseudonym, or the member id when the agreement allows it. */
export function patientIdentifier(options: {
  pseudonymize: boolean;
  key: string;
  partner: { id: string; code: string };
  memberId: string;
}): Required<Identifier> {
  if (!options.pseudonymize) return { system: MEMBER_ID_SYSTEM, value: options.memberId };
  return {
    system: pseudonymSystem(options.partner.code),
    value: pseudonym(options.key, options.partner.id, options.memberId),
  };
}
