import type { Consent, Event, HealthMeasurement, Member, Partner, SportHub } from '@sporthub/sdk';
import type { SyncState } from '../sync-state.js';
import type { PatientShare } from './bundle.js';
import { newPseudonymKey, patientIdentifier } from './pseudonym.js';

/*
 * What `sync clinic` shares (SPEC §6.5, §6.7): the health measurements created since the last run, of
 * members who, checked right now, have an active `health_data_sharing` consent naming this partner (a
 * guardian's for a member under 14 or of unknown age). New measurements are found in the change feed
 * (commit order, never skipping a committed row), so the cursor is an event id; the first run lists every
 * measurement instead and remembers the feed's head. Measurements of members without consent are passed
 * over for good: consent covers shares from the moment it is given, and a later run does not send them.
 */

const MEASUREMENT_EVENTS = [
  'health_measurement.created',
  'health_measurement.updated',
  'health_measurement.deleted',
] as const;
/** Measurements created this close to the first run's start may also appear in the feed after its head. */
const BOOTSTRAP_OVERLAP_MS = 5 * 60_000;

/** The state entry of one partner's clinic sync. */
export interface ClinicCursor {
  /** The last change-feed event read (null: the feed was empty at the first run). */
  after: string | null;
  /** Measurement ids already shared that the feed may show again (first-run overlap only). */
  recentIds: string[];
  /** Pseudonyms issued to this partner → member id, to resolve referrals that name them. */
  pseudonyms: Record<string, string>;
  lastRunAt: string;
  sharedTotal: number;
}

export interface SkippedMember {
  memberId: string;
  reason: 'no_consent' | 'guardian_consent_required' | 'erased' | 'member_not_found';
  measurements: number;
}

export interface PlannedShare {
  patients: PatientShare[];
  skipped: SkippedMember[];
  /** What to save once the share has been delivered. */
  nextCursor: ClinicCursor;
  firstRun: boolean;
}

export const clinicStateKey = (partnerId: string) => `clinic:${partnerId}`;
const PSEUDONYM_KEY_ENTRY = 'pseudonymKey';

/** The pseudonym key: SPORTHUB_PSEUDONYM_KEY, else the state's, else a new one stored in the state. */
export function pseudonymKey(state: SyncState, env: NodeJS.ProcessEnv = process.env): string {
  if (env.SPORTHUB_PSEUDONYM_KEY) return env.SPORTHUB_PSEUDONYM_KEY;
  let key = state.get<string>(PSEUDONYM_KEY_ENTRY);
  if (!key) {
    key = newPseudonymKey();
    state.set(PSEUDONYM_KEY_ENTRY, key);
  }
  return key;
}

/** Reads what is new, checks consent per member, and plans the share; writes nothing. */
export async function planMeasurementShare(
  hub: SportHub,
  options: { partner: Partner; pseudonymize: boolean; state: SyncState; now?: Date },
): Promise<PlannedShare> {
  const { partner, state } = options;
  const now = options.now ?? new Date();
  const previous = state.get<ClinicCursor>(clinicStateKey(partner.id));
  const found = previous ? await readNewFromFeed(hub, previous) : await readAllForFirstRun(hub, now);
  const byMember = new Map<string, HealthMeasurement[]>();
  for (const m of found.measurements) {
    const list = byMember.get(m.memberId) ?? [];
    list.push(m);
    byMember.set(m.memberId, list);
  }
  const key = pseudonymKey(state);
  const pseudonyms = { ...(previous?.pseudonyms ?? {}) };
  const patients: PatientShare[] = [];
  const skipped: SkippedMember[] = [];
  for (const [memberId, measurements] of byMember) {
    const verdict = await consentVerdict(hub, partner.id, memberId, now);
    if (verdict !== 'ok') {
      skipped.push({ memberId, reason: verdict, measurements: measurements.length });
      continue;
    }
    const identifier = patientIdentifier({ pseudonymize: options.pseudonymize, key, partner, memberId });
    if (options.pseudonymize) pseudonyms[identifier.value] = memberId;
    measurements.sort((a, b) => a.measuredAt.localeCompare(b.measuredAt) || a.id.localeCompare(b.id));
    patients.push({ identifier, measurements });
  }
  const shared = patients.reduce((n, p) => n + p.measurements.length, 0);
  return {
    patients,
    skipped,
    firstRun: !previous,
    nextCursor: {
      after: found.after,
      recentIds: found.recentIds,
      pseudonyms,
      lastRunAt: now.toISOString(),
      sharedTotal: (previous?.sharedTotal ?? 0) + shared,
    },
  };
}

interface Found {
  measurements: HealthMeasurement[];
  after: string | null;
  recentIds: string[];
}

/** Measurements created after the cursor (dropping ones deleted since, taking the latest data of each). */
async function readNewFromFeed(hub: SportHub, cursor: ClinicCursor): Promise<Found> {
  const pending = new Map<string, HealthMeasurement>();
  const alreadyShared = new Set(cursor.recentIds);
  let after = cursor.after;
  const params = { types: [...MEASUREMENT_EVENTS], limit: 500, ...(after ? { after } : {}) };
  for await (const event of hub.events.list(params)) {
    after = event.id;
    applyEvent(pending, alreadyShared, event);
  }
  return { measurements: [...pending.values()], after, recentIds: [] };
}

function applyEvent(pending: Map<string, HealthMeasurement>, alreadyShared: Set<string>, event: Event): void {
  const m = event.data as unknown as HealthMeasurement;
  if (typeof m?.id !== 'string') return;
  if (event.type === 'health_measurement.deleted') pending.delete(m.id);
  else if (event.type === 'health_measurement.created' && !alreadyShared.has(m.id)) pending.set(m.id, m);
  // An update of a measurement not yet shared replaces its data; one already shared is not re-sent.
  else if (event.type === 'health_measurement.updated' && pending.has(m.id)) pending.set(m.id, m);
}

/**
 * First run: the feed's head first, then every measurement. One created between the two is in both; its
 * id is remembered so the next run (reading the feed after the head) does not share it twice.
 */
async function readAllForFirstRun(hub: SportHub, now: Date): Promise<Found> {
  let after: string | null = null;
  for await (const event of hub.events.list({ types: ['health_measurement.created'], limit: 500 }))
    after = event.id;
  const measurements = await hub.healthMeasurements
    .list({ limit: 500 })
    .toArray({ max: Number.MAX_SAFE_INTEGER });
  const since = now.getTime() - BOOTSTRAP_OVERLAP_MS;
  const recentIds = measurements.filter((m) => Date.parse(m.createdAt) >= since).map((m) => m.id);
  return { measurements, after, recentIds };
}

/** Consent as it stands now: read from the server for each member right before the share. */
async function consentVerdict(
  hub: SportHub,
  partnerId: string,
  memberId: string,
  now: Date,
): Promise<'ok' | SkippedMember['reason']> {
  let member: Member;
  try {
    member = await hub.members.get(memberId);
  } catch (error) {
    if ((error as { status?: number }).status === 404) return 'member_not_found';
    throw error;
  }
  if (member.erasedAt) return 'erased';
  const consents: Consent[] = await hub.members.consents
    .list(memberId, { active: true })
    .toArray({ max: 1000 });
  const matching = consents.filter(
    (c) => c.partnerId === partnerId && c.purpose === 'health_data_sharing' && c.revokedAt === null,
  );
  if (matching.length === 0) return 'no_consent';
  const { isMinorForSharing } = await import('@sporthub/schemas');
  // SPEC §6.7: a member under 14 (or of unknown age) needs a guardian's consent.
  if (isMinorForSharing(member, now) && !matching.some((c) => c.grantedBy === 'guardian')) {
    return 'guardian_consent_required';
  }
  return 'ok';
}
