import type { Db } from '../../db/dialect.js';
import { chunkRows } from '../../db/insert-many.js';
import type { ShareContext } from './partner-share.js';

/** Why a member's data may or may not go to a partner (the `withheld` reasons of a share). */
export type ConsentVerdict = 'ok' | 'no_consent' | 'guardian_consent_required' | 'erased';

/** What the verdict needs to know of a member. */
export interface ConsentSubject {
  birthYear: number | null;
  erased: boolean;
}

/**
 * Each member's verdict for this share (SPEC §6.7), as consent stood at `share.startedAt`: a consent
 * naming the partner and the share's purpose, granted by then and not revoked by then. Anyone who may be
 * under 14 (unknown age counts as a minor) needs a guardian's; adults need their own or a guardian's,
 * unless the agreement does not require consent (never for health data). Erased members never pass; an
 * id missing from `members` counts as erased (it no longer exists).
 */
export async function consentVerdicts(
  db: Db,
  org: string,
  share: ShareContext,
  members: ReadonlyMap<string, ConsentSubject>,
  memberIds: readonly string[],
): Promise<Map<string, ConsentVerdict>> {
  const unique = [...new Set(memberIds)];
  const grants = new Map<string, Set<string>>();
  for (const chunk of chunkRows(unique.map((id) => ({ id })))) {
    const found = await db
      .selectFrom('consents')
      .select(['member_id', 'granted_by'])
      .where('organization_id', '=', org)
      .where(
        'member_id',
        'in',
        chunk.map((c) => c.id),
      )
      .where('partner_id', '=', share.partnerId)
      .where('purpose', '=', share.purpose)
      .where('granted_at', '<=', share.startedAt)
      .where((w) => w.or([w('revoked_at', 'is', null), w('revoked_at', '>', share.startedAt)]))
      .execute();
    for (const c of found) {
      const set = grants.get(c.member_id) ?? new Set<string>();
      set.add(c.granted_by);
      grants.set(c.member_id, set);
    }
  }
  const verdicts = new Map<string, ConsentVerdict>();
  for (const id of unique) {
    const member = members.get(id);
    if (!member || member.erased) {
      verdicts.set(id, 'erased');
      continue;
    }
    const by = grants.get(id);
    const adult = member.birthYear !== null && member.birthYear <= share.adultBirthYearMax;
    if (by?.has('guardian') || (adult && (!share.requiresConsent || (by?.size ?? 0) > 0))) {
      verdicts.set(id, 'ok');
    } else if (!adult && (by?.size ?? 0) > 0) {
      verdicts.set(id, 'guardian_consent_required');
    } else {
      verdicts.set(id, 'no_consent');
    }
  }
  return verdicts;
}
