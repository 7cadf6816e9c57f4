import type { Feedback, FeedbackCreate } from '@sporthub/schemas';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/dialect.js';
import type { FeedbackTable } from '../../db/tables/participation.js';
import { recordEvents } from '../../events/record.js';
import type { PageRequest } from '../../http/pagination.js';
import { newId } from '../../ids.js';

export function toFeedback(row: Selectable<FeedbackTable>): Feedback {
  return {
    id: row.id,
    sessionId: row.session_id,
    outletId: row.outlet_id,
    memberId: row.member_id,
    rating: Number(row.rating),
    nps: row.nps === null ? null : Number(row.nps),
    comment: row.comment,
    createdAt: row.created_at,
  };
}

export function newFeedback(input: FeedbackCreate, outletId: string, now: string): Feedback {
  return {
    id: newId('fbk'),
    sessionId: input.sessionId ?? null,
    outletId,
    memberId: input.memberId ?? null,
    rating: input.rating,
    nps: input.nps ?? null,
    comment: input.comment ?? null,
    createdAt: now,
  };
}

export interface FeedbackFilter {
  outletId?: string | undefined;
  sessionId?: string | undefined;
}

export async function listFeedback(db: Db, org: string, page: PageRequest, filter: FeedbackFilter) {
  let query = db.selectFrom('feedback').selectAll().where('organization_id', '=', org);
  if (page.afterId !== undefined) query = query.where('id', '>', page.afterId);
  if (filter.outletId !== undefined) query = query.where('outlet_id', '=', filter.outletId);
  if (filter.sessionId !== undefined) query = query.where('session_id', '=', filter.sessionId);
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toFeedback);
}

export async function findFeedback(db: Db, org: string, id: string): Promise<Feedback | undefined> {
  const row = await db
    .selectFrom('feedback')
    .selectAll()
    .where('organization_id', '=', org)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toFeedback(row);
}

export async function insertFeedback(trx: Db, org: string, f: Feedback): Promise<void> {
  await trx
    .insertInto('feedback')
    .values({
      organization_id: org,
      id: f.id,
      session_id: f.sessionId,
      outlet_id: f.outletId,
      member_id: f.memberId,
      rating: f.rating,
      nps: f.nps,
      comment: f.comment,
      created_at: f.createdAt,
    })
    .execute();
  await recordEvents(trx, org, [{ type: 'feedback.created', data: f }]);
}
