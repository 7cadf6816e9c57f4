import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/audit/record.js';
import { createToken } from '../../src/tenancy/tokens.js';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('audit log on %s', (kind) => {
  let t: TestApp;
  let auditor: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    auditor = (
      await createToken(t.database.db, {
        organizationId: t.organizationId,
        name: 'a',
        scopes: ['audit:read'],
      })
    ).token;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('records entries in the caller transaction and lists them with filters and pages', async () => {
    const org = t.organizationId;
    await t.database.db.transaction().execute((trx) =>
      recordAudit(trx, [
        {
          organizationId: org,
          actor: 'tok_A',
          action: 'export',
          memberCount: 412,
          detail: { format: 'csv' },
        },
        {
          organizationId: org,
          actor: 'tok_A',
          action: 'share',
          partnerId: 'prt_01JD0Z8Q3W5XKJ5V7J9C2N4M6W',
          memberCount: 3,
          detail: { via: 'webhook' },
        },
        { organizationId: org, actor: 'tok_B', action: 'erase', memberCount: 1, detail: {} },
      ]),
    );
    // A rolled-back transaction leaves no entry.
    await t.database.db
      .transaction()
      .execute(async (trx) => {
        await recordAudit(trx, [
          { organizationId: org, actor: 'tok_C', action: 'access', memberCount: 1, detail: {} },
        ]);
        throw new Error('rollback');
      })
      .catch(() => undefined);

    const all = await call(t.app, 'GET', '/v1/audit', { token: auditor });
    expect(all.status).toBe(200);
    expect(all.body.data.map((e: { action: string }) => e.action)).toEqual(['export', 'share', 'erase']);
    expect(all.body.data[0]).toMatchObject({
      actor: 'tok_A',
      memberCount: 412,
      partnerId: null,
      detail: { format: 'csv' },
    });

    const shares = await call(t.app, 'GET', '/v1/audit?partnerId=prt_01JD0Z8Q3W5XKJ5V7J9C2N4M6W', {
      token: auditor,
    });
    expect(shares.body.data.map((e: { action: string }) => e.action)).toEqual(['share']);
    const erase = await call(t.app, 'GET', '/v1/audit?action=erase', { token: auditor });
    expect(erase.body.data).toHaveLength(1);

    const at = all.body.data[0].at as string;
    const from = await call(t.app, 'GET', `/v1/audit?from=${encodeURIComponent(at)}`, { token: auditor });
    expect(from.body.data).toHaveLength(3);
    const to = await call(t.app, 'GET', `/v1/audit?to=${encodeURIComponent(at)}`, { token: auditor });
    expect(to.body.data).toHaveLength(0);
    // Another offset naming the same instant selects the same entries.
    const shanghai = new Date(Date.parse(at) + 8 * 3600_000).toISOString().replace('Z', '+08:00');
    const same = await call(t.app, 'GET', `/v1/audit?from=${encodeURIComponent(shanghai)}`, {
      token: auditor,
    });
    expect(same.body.data).toHaveLength(3);

    const page1 = await call(t.app, 'GET', '/v1/audit?limit=2', { token: auditor });
    const page2 = await call(t.app, 'GET', `/v1/audit?limit=2&cursor=${page1.body.nextCursor}`, {
      token: auditor,
    });
    expect([...page1.body.data, ...page2.body.data]).toEqual(all.body.data);
    expect(page2.body.nextCursor).toBeNull();
  });

  it('answers 422, 403, 401 and never shows another tenant', async () => {
    expect((await call(t.app, 'GET', '/v1/audit?action=steal', { token: auditor })).status).toBe(422);
    expect((await call(t.app, 'GET', '/v1/audit?from=yesterday', { token: auditor })).status).toBe(422);
    expect((await call(t.app, 'GET', '/v1/audit', { token: t.tokens.reader })).status).toBe(403);
    expect((await call(t.app, 'GET', '/v1/audit')).status).toBe(401);
    expect((await call(t.app, 'GET', '/v1/audit', { token: t.other.token })).body.data).toEqual([]);
  });
});
