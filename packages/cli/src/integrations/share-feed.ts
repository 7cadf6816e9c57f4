import type { ShareWithheld } from '@sporthub/sdk';

/*
 * Reading a partner share feed (`hub.partners.shares.healthMeasurements|referralAttendance`): the server
 * checks agreement and consent at the call, pseudonymises and audits each call; the CLI chains pages from
 * the cursor saved by the last run until the server says it is caught up.
 */

/** One page as every share feed returns it. */
export interface SharePage<T> {
  data: T[];
  nextCursor: string;
  hasMore: boolean;
  withheld: ShareWithheld;
}

export interface ShareRead<T> {
  items: T[];
  /** Where the next run starts (save it only after the share was delivered). */
  cursor: string;
  withheld: ShareWithheld;
  /** Share calls made: one audit entry each on the server. */
  calls: number;
}

/** Records per call: few calls for a nightly run, small enough to keep each response quick. */
export const SHARE_PAGE_SIZE = 500;

export async function readShareFeed<T>(
  fetchPage: (params: { after?: string; limit: number }) => Promise<SharePage<T>>,
  after: string | undefined,
): Promise<ShareRead<T>> {
  const items: T[] = [];
  const withheld: ShareWithheld = { noConsent: 0, guardianConsentRequired: 0, erased: 0 };
  let cursor = after;
  let calls = 0;
  for (;;) {
    const page = await fetchPage({ ...(cursor ? { after: cursor } : {}), limit: SHARE_PAGE_SIZE });
    calls += 1;
    items.push(...page.data);
    withheld.noConsent += page.withheld.noConsent;
    withheld.guardianConsentRequired += page.withheld.guardianConsentRequired;
    withheld.erased += page.withheld.erased;
    cursor = page.nextCursor;
    if (!page.hasMore) return { items, cursor, withheld, calls };
  }
}
