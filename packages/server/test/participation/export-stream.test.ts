import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { addCheckIns, addMembers, addOutlet, addProgram, addSessions } from './fixtures.js';

describe.each(DIALECTS)('participation export streaming on %s', (kind) => {
  let t: TestApp;
  let base: string;
  let someId: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.database.db;
    const org = t.organizationId;
    const outlet = await addOutlet(db, org, 'SH-PD-0001');
    const sessions = await addSessions(db, org, outlet, await addProgram(db, org, 'P-1'), 100);
    const members = await addMembers(
      db,
      org,
      Array.from({ length: 200 }, () => ({})),
    );
    const items = sessions.flatMap((sessionId, i) =>
      members.map((memberId, j) => ({
        sessionId,
        memberId,
        outletId: outlet,
        checkedInAt: new Date(Date.UTC(2026, 6, 1) + (i * 200 + j) * 60_000).toISOString(),
      })),
    );
    someId = (await addCheckIns(db, org, items))[0] as string;
    base = await t.app.listen({ host: '127.0.0.1', port: 0 });
  }, 120_000);
  afterAll(() => t.close());

  it('serves a concurrent GET while a 20k-row export is streaming', async () => {
    const headers = { authorization: `Bearer ${t.tokens.admin}` };
    const started = performance.now();
    const exportResponse = await fetch(`${base}/v1/participation:export?format=csv`, { headers });
    expect(exportResponse.status).toBe(200);
    const reader = exportResponse.body?.getReader();
    if (!reader) throw new Error('no body');
    let text = '';
    let getDoneAt: number | undefined;
    let get: Promise<number> | undefined;
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      get ??= fetch(`${base}/v1/participation/${someId}`, { headers }).then(async (res) => {
        await res.text();
        getDoneAt = performance.now();
        return res.status;
      });
    }
    const exportDoneAt = performance.now();
    expect(await get).toBe(200);
    expect(getDoneAt).toBeLessThan(exportDoneAt);
    expect(text.split('\r\n').length - 2).toBe(20_000);
    expect(exportDoneAt - started).toBeGreaterThan(0);
  });

  it('keeps list pages working beside the export (in-process check)', async () => {
    const res = await call(t.app, 'GET', '/v1/participation?limit=500', { token: t.tokens.admin });
    expect(res.body.data).toHaveLength(500);
  });
});
