import type { Db } from '../db/dialect.js';
import { HttpProblem } from '../http/problem.js';
import { consentVerdicts } from '../routes/participation/consent-verdicts.js';
import {
  HEALTH_SHARE,
  loadShareContext,
  PARTICIPATION_SHARE,
  pseudonym,
  type ShareContext,
} from '../routes/participation/partner-share.js';
import { consentSubjects } from '../routes/shares/members.js';

/*
 * What a partner's webhook endpoint may receive (SPEC §6.7): events about members follow the partner's
 * agreement and each member's consent, checked at the moment of the attempt (a retry a day later
 * re-checks, so a revocation stops it). Other events (outlets, sessions, programs…) carry no personal
 * data and go out unchanged.
 */

export type PartnerView =
  | { kind: 'plain' }
  | { kind: 'withheld' }
  | { kind: 'personal'; body: string; memberCount: number; purpose: ShareContext['purpose'] };

type Data = Record<string, unknown>;

/** Member ids an event is about: the member itself, a record's memberId, or a group's memberIds. */
function membersOf(type: string, data: Data): { single: string | undefined; list: string[] | undefined } {
  if (type.startsWith('member.')) return { single: stringOr(data.id), list: undefined };
  if (typeof data.memberId === 'string') return { single: data.memberId, list: undefined };
  if (Array.isArray(data.memberIds)) return { single: undefined, list: data.memberIds.map(String) };
  return { single: undefined, list: undefined };
}

const stringOr = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Fields of a member a partner never receives: phone numbers and the guardian's contact (SPEC §3). */
const NEVER_SENT = ['phone', 'guardian'];

/**
 * The body to send to a partner's endpoint, or `withheld`. `event` is the stored change-feed event.
 */
export async function partnerView(
  db: Db,
  org: string,
  partnerId: string,
  event: { id: string; type: string; occurred_at: string; data: string },
): Promise<PartnerView> {
  const data = JSON.parse(event.data) as Data;
  const { single, list } = membersOf(event.type, data);
  if (single === undefined && list === undefined) return { kind: 'plain' };
  if (await concernsAnotherPartner(db, org, partnerId, event.type, data)) return { kind: 'withheld' };
  const kind = event.type.startsWith('health_measurement.') ? HEALTH_SHARE : PARTICIPATION_SHARE;
  let share: ShareContext;
  try {
    share = await loadShareContext(db, org, partnerId, kind);
  } catch (error) {
    // No agreement in force for this kind of data: nothing personal goes to the partner.
    if (error instanceof HttpProblem) return { kind: 'withheld' };
    throw error;
  }
  const ids = single !== undefined ? [single] : (list ?? []);
  // The withdrawal of a member's consent to this partner (or their erasure, which revokes it) is the
  // one event about a member without consent that the partner must get: it tells them to stop using,
  // and to delete, what they received under it. It names the member as everything before it did.
  const allowed = event.type === 'consent.revoked' ? ids : await consentedOf(db, org, share, ids);
  const ref = (id: string) => (share.pseudonymize ? pseudonym(share.secret, partnerId, id) : id);
  let view: Data;
  if (single !== undefined) {
    if (allowed.length === 0) return { kind: 'withheld' };
    view = event.type.startsWith('member.')
      ? memberView(data, ref(single), share)
      : recordView(data, ref(single), share);
  } else {
    // A group: its own fields are not personal; only members who may be shared are listed.
    const { memberIds: _ids, ...rest } = data;
    view = { ...rest, memberRefs: allowed.map(ref) };
  }
  const body = `{"id":${JSON.stringify(event.id)},"type":${JSON.stringify(event.type)},"occurredAt":${JSON.stringify(event.occurred_at)},"data":${JSON.stringify(view)}}`;
  return { kind: 'personal', body, memberCount: allowed.length, purpose: share.purpose };
}

/** Those of `ids` whose consent covers this share now. */
async function consentedOf(db: Db, org: string, share: ShareContext, ids: string[]): Promise<string[]> {
  const verdicts = await consentVerdicts(db, org, share, await consentSubjects(db, org, ids), ids);
  return ids.filter((id) => verdicts.get(id) === 'ok');
}

/**
 * A member's relation with someone else is not this partner's business: another partner's (or the
 * platform's) consent, a class or referral cohort of another partner, an enrolment through another
 * partner's group (a referral carries that clinic's ServiceRequest id).
 */
async function concernsAnotherPartner(
  db: Db,
  org: string,
  partnerId: string,
  type: string,
  data: Data,
): Promise<boolean> {
  if (type.startsWith('consent.')) return data.partnerId !== partnerId;
  if (type.startsWith('group.')) return data.partnerId != null && data.partnerId !== partnerId;
  if (type.startsWith('enrollment.') && data.source !== 'self') {
    if (typeof data.groupId !== 'string') return true;
    const group = await db
      .selectFrom('groups')
      .select('partner_id')
      .where('organization_id', '=', org)
      .where('id', '=', data.groupId)
      .executeTakeFirst();
    return group?.partner_id !== partnerId;
  }
  return false;
}

function memberView(data: Data, memberRef: string, share: ShareContext): Data {
  const base: Data = {
    memberRef,
    ageGroup: data.ageGroup ?? null,
    gender: data.gender ?? null,
    erasedAt: data.erasedAt ?? null,
  };
  if (share.pseudonymize) return base;
  return { id: data.id, externalId: data.externalId ?? null, displayName: data.displayName ?? null, ...base };
}

function recordView(data: Data, memberRef: string, share: ShareContext): Data {
  const view: Data = { ...data, memberRef };
  if (share.pseudonymize) delete view.memberId;
  for (const field of NEVER_SENT) delete view[field];
  return view;
}
