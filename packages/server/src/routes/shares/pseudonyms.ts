import type { PseudonymMatch } from '@sporthub/schemas';
import type { Db } from '../../db/dialect.js';
import { organizationSecret, pseudonym } from '../participation/partner-share.js';

/** Members read per step while looking for pseudonyms. */
const SCAN_PAGE = 5000;

/**
 * Which member each pseudonym of this partner stands for. Pseudonyms are one-way (HMAC), so the
 * organization's members are scanned in id pages until every pseudonym is found or none is left: a few
 * milliseconds per thousand members, done only when a partner sends pseudonyms back (referrals).
 */
export async function resolvePseudonyms(
  db: Db,
  org: string,
  partnerId: string,
  pseudonyms: readonly string[],
): Promise<PseudonymMatch[]> {
  const secret = await organizationSecret(db, org);
  const wanted = new Set(pseudonyms.filter((p) => p.startsWith('psn_')));
  const found = new Map<string, string>();
  let afterId: string | undefined;
  while (found.size < wanted.size) {
    let query = db.selectFrom('members').select('id').where('organization_id', '=', org);
    if (afterId !== undefined) query = query.where('id', '>', afterId);
    const ids = await query.orderBy('id').limit(SCAN_PAGE).execute();
    for (const { id } of ids) {
      const candidate = pseudonym(secret, partnerId, id);
      if (wanted.has(candidate)) found.set(candidate, id);
    }
    if (ids.length < SCAN_PAGE) break;
    afterId = ids.at(-1)?.id;
  }
  return pseudonyms.map((p) => ({ pseudonym: p, memberId: found.get(p) ?? null }));
}
