import { type Event, EventTypeSchema } from '@sporthub/schemas';
import type { FastifyInstance } from 'fastify';
import { decodeTime } from 'ulid';
import { z } from 'zod';
import type { Db } from '../../db/dialect.js';
import { HttpProblem } from '../../http/problem.js';
import { parseQuery } from '../../http/validate.js';
import { isId } from '../../ids.js';
import { retentionCutoff } from '../../webhooks/retention.js';

const ListQuerySchema = z.object({
  after: z.string().optional(),
  types: z
    .string()
    .transform((value) => value.split(','))
    .pipe(z.array(EventTypeSchema).min(1))
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

const invalidAfter = (message: string) =>
  new HttpProblem(422, 'validation_failed', 'The `after` cursor is not valid.', [
    { path: 'after', code: 'invalid_cursor', message },
  ]);

const expired = (cutoff: string) =>
  new HttpProblem(
    410,
    'cursor_expired',
    `Events before ${cutoff} are no longer retained; resynchronise and start a new feed.`,
  );

/**
 * The feed position (`seq`) after which to read. Cursors are event ids: one older than the 30-day
 * retention answers 410 whether or not the cleanup has removed it yet; an id the feed never had is 422.
 */
async function seqAfter(db: Db, organizationId: string, after: string): Promise<number> {
  if (!isId('evt', after)) throw invalidAfter('pass an event id (evt_…), such as a previous nextCursor');
  const cutoff = retentionCutoff();
  const row = await db
    .selectFrom('events')
    .select(['seq', 'occurred_at'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', after)
    .executeTakeFirst();
  if (row) {
    if (row.occurred_at < cutoff) throw expired(cutoff);
    return Number(row.seq);
  }
  // Gone: the id's own timestamp tells an expired cursor (deleted by retention) from a made-up one.
  if (decodeTime(after.slice(4)) < Date.parse(cutoff) + 60 * 60 * 1000) throw expired(cutoff);
  throw invalidAfter('no event with this id');
}

/** The change feed: `GET /v1/events` (openapi/paths/events.yaml#/events). */
export async function eventRoutes(app: FastifyInstance): Promise<void> {
  app.get('/v1/events', { config: { scope: 'webhooks:read' } }, async (request) => {
    const query = parseQuery(ListQuerySchema, request.query);
    const org = request.auth.organizationId;
    const after = query.after === undefined ? 0 : await seqAfter(app.db, org, query.after);
    // `seq` is assigned under a per-organization lock held until commit (events/record.ts), so a row
    // with a smaller seq can never become visible after one with a larger seq: reading "seq > after"
    // in seq order never skips a row that commits later.
    let select = app.db
      .selectFrom('events')
      .select(['id', 'type', 'occurred_at', 'data'])
      .where('organization_id', '=', org)
      .where('seq', '>', after);
    if (query.types !== undefined) select = select.where('type', 'in', query.types);
    const rows = await select.orderBy('seq').limit(query.limit).execute();
    const data = rows.map(
      (row): Event => ({
        id: row.id,
        type: row.type as Event['type'],
        occurredAt: row.occurred_at,
        data: JSON.parse(row.data),
      }),
    );
    return { data, nextCursor: data.at(-1)?.id ?? null };
  });
}
