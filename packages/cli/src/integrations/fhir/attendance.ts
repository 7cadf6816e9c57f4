import type { ReferralAttendanceShare } from '@sporthub/sdk';
import { PROGRAM_CODE_SYSTEM } from './referrals.js';
import type { Identifier, Procedure, Reference } from './types.js';

/*
 * Attendance reported back to the referring clinic (SPEC §6.5) as FHIR R4 Procedures: a Procedure is "an
 * action that is or was performed on or for a patient", and `Procedure.basedOn` (Reference(CarePlan |
 * ServiceRequest)) is FHIR's link from a performed service to the request it fulfils — the clinic's
 * referral. One Procedure per session attended: status `completed`, `performedPeriod` from check-in and
 * duration (a `performedDateTime` when no duration was recorded), `code` naming the sporthub program (no
 * SNOMED CT code is claimed for a programme the platform cannot classify). An Encounter would need a
 * healthcare provider and a class; a Task (the PA IG's referral-management resource) tracks the
 * referral's status, not each attendance.
 */

/** Identifies the platform record a Procedure came from, so a clinic spots a re-send. */
export const PARTICIPATION_IDENTIFIER_SYSTEM = 'urn:sporthub:participation';

/** The attendance fields a Procedure needs. */
export type AttendanceInput = Pick<
  ReferralAttendanceShare,
  'id' | 'referralId' | 'programCode' | 'checkedInAt' | 'durationMinutes'
>;

/** The referral as a FHIR reference: `ServiceRequest/<id>` on the clinic's server (ids given as such kept). */
export function referralReference(referralId: string): Reference {
  return { reference: referralId.includes('/') ? referralId : `ServiceRequest/${referralId}` };
}

/** `checkedInAt` plus `minutes`, written with the same offset as the check-in. */
export function addMinutes(iso: string, minutes: number): string {
  const offset = /([+-]\d{2}:\d{2}|Z)$/.exec(iso)?.[1] ?? 'Z';
  const shiftMs =
    offset === 'Z'
      ? 0
      : Number(`${offset[0]}1`) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
  const local = new Date(Date.parse(iso) + minutes * 60_000 + shiftMs).toISOString().slice(0, 19);
  return `${local}${offset}`;
}

export function attendanceToProcedure(a: AttendanceInput, subject: Reference): Procedure {
  const identifier: Identifier[] = [{ system: PARTICIPATION_IDENTIFIER_SYSTEM, value: a.id }];
  return {
    resourceType: 'Procedure',
    identifier,
    basedOn: [referralReference(a.referralId)],
    status: 'completed',
    code: { coding: [{ system: PROGRAM_CODE_SYSTEM, code: a.programCode }], text: a.programCode },
    subject,
    ...(a.durationMinutes === null
      ? { performedDateTime: a.checkedInAt }
      : { performedPeriod: { start: a.checkedInAt, end: addMinutes(a.checkedInAt, a.durationMinutes) } }),
  };
}
