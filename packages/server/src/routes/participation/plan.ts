import {
  type BatchItemResult,
  type FieldError,
  type Participation,
  ParticipationCreateSchema,
} from '@sporthub/schemas';
import type { z } from 'zod';
import type { Db } from '../../db/dialect.js';
import type { Change, ValidItem } from '../../http/batch.js';
import { RFC3339_TIMESTAMP } from './local-time.js';
import { applyParticipationItem, newParticipation, pairKey, type SessionContext } from './model.js';
import { existingMembers, findParticipationByKeys, sessionContexts } from './queries.js';

/** The create/upsert body, with `checkedInAt` checked as an RFC 3339 timestamp (the schema takes any string). */
export const CheckInSchema = ParticipationCreateSchema.superRefine((value, ctx) => {
  if (
    value.checkedInAt !== undefined &&
    (!RFC3339_TIMESTAMP.test(value.checkedInAt) || Number.isNaN(Date.parse(value.checkedInAt)))
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['checkedInAt'],
      message: 'expected an RFC 3339 timestamp with offset',
    });
  }
});
export type CheckIn = z.output<typeof CheckInSchema>;

export interface CheckInPlan {
  results: BatchItemResult[];
  changes: Change<Participation>[];
  sessions: Map<string, SessionContext>;
}

/**
 * Decides per item: reject (unknown session or member, cancelled session, a (session, member) pair
 * held by another record), create, update or unchanged. `create` mode (the single POST) treats any
 * existing match as a conflict; `upsert` (batches) matches on externalId, else on the pair.
 */
export async function planCheckIns(
  trx: Db,
  org: string,
  items: readonly ValidItem<CheckIn>[],
  now: string,
  mode: 'create' | 'upsert',
): Promise<CheckInPlan> {
  const sessions = await sessionContexts(
    trx,
    org,
    items.map(({ item }) => item.sessionId),
  );
  const members = await existingMembers(
    trx,
    org,
    items.map(({ item }) => item.memberId),
  );
  const externalIds = items.flatMap(({ item }) => (item.externalId === undefined ? [] : [item.externalId]));
  const { byExternalId, byPair } = await findParticipationByKeys(
    trx,
    org,
    externalIds,
    items.map(({ item }) => item),
  );
  const results: BatchItemResult[] = [];
  const changes: Change<Participation>[] = [];
  const claimed = new Set<string>();
  for (const { index, item } of items) {
    const at = (field: string) => `/items/${index}/${field}`;
    const reject = (errors: FieldError[]) => results.push({ index, status: 'rejected', errors });
    const session = sessions.get(item.sessionId);
    const errors: FieldError[] = [];
    if (!session)
      errors.push({ path: at('sessionId'), code: 'unknown_session', message: 'no session with this id' });
    else if (session.status === 'cancelled')
      errors.push({ path: at('sessionId'), code: 'session_cancelled', message: 'the session is cancelled' });
    if (!members.has(item.memberId))
      errors.push({ path: at('memberId'), code: 'unknown_member', message: 'no member with this id' });
    if (!session || errors.length > 0) {
      reject(errors);
      continue;
    }
    const pair = pairKey(item.sessionId, item.memberId);
    const byKey = item.externalId === undefined ? undefined : byExternalId.get(item.externalId);
    const pairHolder = byPair.get(pair);
    if (mode === 'create' && (byKey || pairHolder)) {
      const message = byKey
        ? `externalId ${item.externalId} is taken`
        : 'this member already checked in to this session';
      reject([{ path: at(byKey ? 'externalId' : 'memberId'), code: 'conflict', message }]);
      continue;
    }
    // Without an externalId match, the pair's record is the one to update, unless it has another key.
    const adoptable = pairHolder && (item.externalId === undefined || pairHolder.externalId === null);
    const current = byKey ?? (adoptable ? pairHolder : undefined);
    if ((pairHolder && pairHolder !== current) || claimed.has(pair)) {
      reject([
        {
          path: at('memberId'),
          code: 'conflict',
          message: 'this member already checked in to this session under another record',
        },
      ]);
      continue;
    }
    claimed.add(pair);
    const next = current
      ? applyParticipationItem(current, item, session, now)
      : newParticipation(item, session, now);
    if (current && next === current) {
      results.push({ index, status: 'unchanged', id: current.id });
      continue;
    }
    changes.push({ before: current ?? null, after: next });
    results.push({ index, status: current ? 'updated' : 'created', id: next.id });
  }
  return { results, changes, sessions };
}
