import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/ids.js';
import { addMs, nowIso } from '../../src/time.js';
import { deleteExpired } from '../../src/webhooks/retention.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('change-feed retention on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('deletes events and deliveries older than 30 days, keeps the rest', async () => {
    const db = t.database.db;
    const org = t.organizationId;
    const old = addMs(nowIso(), -31 * 24 * 3600_000);
    const recent = addMs(nowIso(), -29 * 24 * 3600_000);
    const event = (seq: number, at: string) => ({
      organization_id: org,
      seq,
      id: newId('evt'),
      type: 'outlet.created',
      occurred_at: at,
      data: '{}',
    });
    await db
      .insertInto('events')
      .values([event(1, old), event(2, recent)])
      .execute();
    const delivery = (at: string) => ({
      organization_id: org,
      id: newId('whd'),
      endpoint_id: 'whe_x',
      event_id: 'evt_x',
      event_type: 'outlet.created',
      attempt: 1,
      status: 'succeeded',
      response_code: 200,
      duration_ms: 5,
      next_attempt_at: null,
      payload: null,
      created_at: at,
    });
    await db
      .insertInto('webhook_deliveries')
      .values([delivery(old), delivery(recent)])
      .execute();
    await deleteExpired(db);
    const events = await db
      .selectFrom('events')
      .select('occurred_at')
      .where('organization_id', '=', org)
      .execute();
    expect(events.map((e) => e.occurred_at)).toEqual([recent]);
    const deliveries = await db
      .selectFrom('webhook_deliveries')
      .select('created_at')
      .where('organization_id', '=', org)
      .execute();
    expect(deliveries.map((d) => d.created_at)).toEqual([recent]);
  });
});
