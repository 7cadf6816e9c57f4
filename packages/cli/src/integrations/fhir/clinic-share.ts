import type {
  HealthMeasurementShare,
  Partner,
  ReferralAttendanceShare,
  ShareWithheld,
  SportHub,
} from '@sporthub/sdk';
import { agreementRequired, isAgreementRequired } from '../partner-ref.js';
import { readShareFeed, type ShareRead } from '../share-feed.js';
import type { SyncState } from '../sync-state.js';
import type { AttendanceInput } from './attendance.js';
import type { PatientShare } from './bundle.js';
import { isMappedType } from './codes.js';
import { patientIdentifier } from './identifiers.js';
import type { MeasurementInput } from './observation.js';

/*
 * What `sync clinic` shares (SPEC §6.5, §6.7), read through the server's partner shares: the health
 * measurements recorded since the last run and, for members this clinic referred, the sessions they
 * attended. The server checks the agreement and each member's consent at the moment of each call,
 * replaces member ids by the clinic's pseudonym, and writes one `share` audit entry per call; the CLI only
 * renders FHIR (or CSV) and keeps the two cursors, saved after the share was delivered.
 */

/** The state entry of one clinic: where each share feed continues. */
export interface ClinicCursor {
  measurements: string | null;
  attendance: string | null;
  lastRunAt: string;
  sharedTotal: number;
}

export const clinicStateKey = (partnerId: string) => `clinic-share:${partnerId}`;

export interface ClinicShare {
  patients: PatientShare[];
  /** Records the server withheld (no consent, guardian consent missing, erased), both feeds. */
  withheld: ShareWithheld;
  /** Measurements of types without a verified LOINC code (grip strength), skipped, by type. */
  unsupported: Record<string, number>;
  observations: number;
  attendance: number;
  /** Why attendance was not reported (the clinic has no participation:individual agreement), else null. */
  attendanceSkipped: string | null;
  /** Share calls made (each one an audit entry on the server). */
  calls: number;
  firstRun: boolean;
  /** Save once the share was delivered. */
  nextCursor: ClinicCursor;
}

export async function readClinicShare(
  hub: SportHub,
  partner: Partner,
  state: SyncState,
  now: Date = new Date(),
): Promise<ClinicShare> {
  const previous = state.get<ClinicCursor>(clinicStateKey(partner.id));
  let measurements: ShareRead<HealthMeasurementShare>;
  try {
    measurements = await readShareFeed(
      (params) => hub.partners.shares.healthMeasurements(partner.id, params),
      previous?.measurements ?? undefined,
    );
  } catch (error) {
    if (isAgreementRequired(error)) throw agreementRequired(partner, 'health:observations');
    throw error;
  }
  let attendance: ShareRead<ReferralAttendanceShare> | undefined;
  let attendanceSkipped: string | null = null;
  try {
    attendance = await readShareFeed(
      (params) => hub.partners.shares.referralAttendance(partner.id, params),
      previous?.attendance ?? undefined,
    );
  } catch (error) {
    if (!isAgreementRequired(error)) throw error;
    attendanceSkipped = `no agreement in force grants ${partner.code} participation:individual`;
  }
  const byRef = new Map<string, { measurements: MeasurementInput[]; attendance: AttendanceInput[] }>();
  const of = (ref: string) => {
    const entry = byRef.get(ref) ?? { measurements: [], attendance: [] };
    byRef.set(ref, entry);
    return entry;
  };
  const unsupported: Record<string, number> = {};
  for (const m of measurements.items) {
    const { type } = m;
    if (!isMappedType(type)) {
      unsupported[type] = (unsupported[type] ?? 0) + 1;
      continue;
    }
    of(m.memberRef).measurements.push({ id: m.id, type, value: m.value, measuredAt: m.measuredAt });
  }
  for (const a of attendance?.items ?? []) of(a.memberRef).attendance.push(a);
  const patients: PatientShare[] = [...byRef].map(([ref, shared]) => ({
    identifier: patientIdentifier(partner.code, ref),
    measurements: shared.measurements,
    attendance: shared.attendance,
  }));
  const observations = patients.reduce((n, p) => n + p.measurements.length, 0);
  const attended = attendance?.items.length ?? 0;
  return {
    patients,
    withheld: sum(measurements.withheld, attendance?.withheld),
    unsupported,
    observations,
    attendance: attended,
    attendanceSkipped,
    calls: measurements.calls + (attendance?.calls ?? 0),
    firstRun: !previous,
    nextCursor: {
      measurements: measurements.cursor,
      attendance: attendance?.cursor ?? previous?.attendance ?? null,
      lastRunAt: now.toISOString(),
      sharedTotal: (previous?.sharedTotal ?? 0) + observations + attended,
    },
  };
}

function sum(a: ShareWithheld, b: ShareWithheld | undefined): ShareWithheld {
  return {
    noConsent: a.noConsent + (b?.noConsent ?? 0),
    guardianConsentRequired: a.guardianConsentRequired + (b?.guardianConsentRequired ?? 0),
    erased: a.erased + (b?.erased ?? 0),
  };
}
