import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/ids.js';
import { addMembers, addOutlet, addProgram, addSessions } from '../participation/fixtures.js';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

/**
 * A hand-made dataset; every expectation below is computed by hand in the comments.
 * Outlet A and B are in 浦东新区, C elsewhere; all in Asia/Shanghai (+08:00).
 */
const CHECK_INS: [string, string, 'A' | 'B' | 'C'][] = [
  ['S1', '2026-07-05T09:00:00+08:00', 'A'],
  ['S1', '2026-09-10T09:00:00+08:00', 'A'],
  ['S1', '2026-09-12T09:00:00+08:00', 'A'],
  ['S1', '2026-10-01T00:10:00+08:00', 'A'], // Q4: outside
  ['S1', '2026-06-30T23:30:00+08:00', 'A'], // Q2 (15:30Z on 30 June)
  ['S1', '2026-05-10T09:00:00+08:00', 'A'], // Q2
  ['S2', '2026-09-01T00:00:00+08:00', 'A'], // Q3 although 31 Aug in UTC
  ['S2', '2026-09-02T09:00:00+08:00', 'A'],
  ['S3', '2026-09-30T23:30:00+08:00', 'A'], // Q3: the last local day (15:30Z)
  ['S4', '2026-07-20T09:00:00+08:00', 'A'],
  ['S5', '2026-09-03T09:00:00+08:00', 'A'],
  ['S5', '2026-09-04T09:00:00+08:00', 'B'],
  ['S6', '2026-09-05T09:00:00+08:00', 'A'],
  ['A1', '2026-09-06T09:00:00+08:00', 'A'],
  ['A1', '2026-09-07T09:00:00+08:00', 'A'],
  ['A2', '2026-09-08T09:00:00+08:00', 'A'],
  ['A2', '2026-04-01T00:00:00+08:00', 'A'], // Q2 (31 Mar 16:00Z)
  ['A3', '2026-09-09T09:00:00+08:00', 'A'],
  ['A4', '2026-07-09T09:00:00+08:00', 'A'],
  ['A5', '2026-09-11T09:00:00+08:00', 'A'],
  ['Y1', '2026-09-13T09:00:00+08:00', 'A'],
  ['Y2', '2026-09-14T09:00:00+08:00', 'A'],
  ['Y2', '2026-09-15T09:00:00+08:00', 'A'],
  ['S4', '2026-09-16T09:00:00+08:00', 'C'],
];

const WEIGHTS: [string, number, string][] = [
  ['S1', 100, '2026-06-20T09:00:00+08:00'], // Q2: outside
  ['S1', 70, '2026-07-01T09:00:00+08:00'],
  ['S1', 69, '2026-08-01T09:00:00+08:00'],
  ['S1', 68, '2026-09-01T09:00:00+08:00'],
  ['S2', 80, '2026-07-02T09:00:00+08:00'],
  ['S2', 79, '2026-09-02T09:00:00+08:00'],
  ['S3', 60, '2026-07-03T09:00:00+08:00'],
  ['S3', 61, '2026-09-03T09:00:00+08:00'],
  ['S4', 90, '2026-07-04T09:00:00+08:00'],
  ['S4', 86, '2026-09-04T09:00:00+08:00'],
  ['S5', 75, '2026-07-05T09:00:00+08:00'],
  ['S5', 75, '2026-09-05T09:00:00+08:00'],
  ['S6', 70, '2026-07-06T09:00:00+08:00'], // measured once: does not count
];

describe.each(DIALECTS)('health-index report on %s', (kind) => {
  let t: TestApp;
  const outlets: Record<string, string> = {};
  const url = (query: string) => `/v1/reports/health-index?${query}`;
  const get = (query: string, token = t.tokens.admin) => call(t.app, 'GET', url(query), { token });

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.database.db;
    const org = t.organizationId;
    outlets.A = await addOutlet(db, org, 'SH-PD-0001');
    outlets.B = await addOutlet(db, org, 'SH-PD-0002');
    outlets.C = await addOutlet(db, org, 'SH-JA-0001', { district: '静安区' });
    const program = await addProgram(db, org, 'P-TAICHI');
    const sessions: Record<string, string[]> = {};
    for (const key of ['A', 'B', 'C'])
      sessions[key] = await addSessions(db, org, outlets[key] as string, program, 10, {
        externalPrefix: key,
      });
    const names = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'A1', 'A2', 'A3', 'A4', 'A5', 'Y1', 'Y2'];
    const ids = await addMembers(
      db,
      org,
      names.map((n) => ({ ageGroup: n.startsWith('S') ? 'senior' : n.startsWith('A') ? 'adult' : 'youth' })),
    );
    const member = Object.fromEntries(names.map((n, i) => [n, ids[i] as string]));
    const used = new Map<string, number>();
    const items = CHECK_INS.map(([who, at, where]) => {
      const k = `${who}${where}`;
      const n = used.get(k) ?? 0;
      used.set(k, n + 1);
      return { sessionId: sessions[where]?.[n], memberId: member[who], checkedInAt: at };
    });
    const batch = await call(t.app, 'POST', '/v1/participation:batchUpsert', {
      token: t.tokens.admin,
      body: { items },
    });
    expect(batch.body.summary.created).toBe(CHECK_INS.length);
    const measure = (who: string, type: string, value: unknown, measuredAt: string) =>
      call(t.app, 'POST', '/v1/health-measurements', {
        token: t.tokens.admin,
        body: { memberId: member[who], outletId: outlets.A, type, value, measuredAt },
      });
    for (const [who, kg, at] of WEIGHTS) expect((await measure(who, 'weight', kg, at)).status).toBe(201);
    await measure('S1', 'blood_pressure', { systolic: 130, diastolic: 85 }, '2026-07-07T09:00:00+08:00');
    await measure('S1', 'blood_pressure', { systolic: 126, diastolic: 80 }, '2026-09-07T09:00:00+08:00');
    await measure('S2', 'blood_pressure', { systolic: 140, diastolic: 90 }, '2026-07-08T09:00:00+08:00');
    await measure('S2', 'blood_pressure', { systolic: 135, diastolic: 88 }, '2026-09-08T09:00:00+08:00');
    // Feedback's createdAt is set by the server, so the period's feedback is written directly.
    const feedback = [
      [5, 10],
      [4, 9],
      [5, 9],
      [3, 7],
      [4, 3],
      [5, null],
    ].map(([rating, nps], i) => ({
      organization_id: org,
      id: newId('fbk'),
      session_id: null,
      outlet_id: outlets.A as string,
      member_id: null,
      rating: rating as number,
      nps,
      comment: null,
      created_at: `2026-09-0${i + 1}T02:00:00.000Z`,
    }));
    feedback.push({
      ...feedback[0],
      id: newId('fbk'),
      rating: 1,
      nps: 0,
      created_at: '2026-10-01T01:00:00.000Z',
    } as never);
    await db.insertInto('feedback').values(feedback).execute();
  });
  afterAll(() => t.close());

  it('reports an outlet for a quarter: totals, age groups with suppression, repeat rate, satisfaction, trends', async () => {
    const res = await get(`outletId=${outlets.A}&period=2026-Q3`);
    expect(res.status).toBe(200);
    const r = res.body;
    expect(r.scope).toEqual({
      kind: 'outlet',
      outletId: outlets.A,
      outletCode: 'SH-PD-0001',
      outletName: '服务点 SH-PD-0001',
      district: '浦东新区',
      outletCount: 1,
      timezone: 'Asia/Shanghai',
    });
    expect(r.period).toEqual({ label: '2026-Q3', kind: 'quarter', from: '2026-07-01', to: '2026-09-30' });
    expect(r.previousPeriod).toEqual({
      label: '2026-Q2',
      kind: 'quarter',
      from: '2026-04-01',
      to: '2026-06-30',
    });
    // Seniors S1×3 S2×2 S3..S6×1 = 9 by 6; adults A1×2 A2..A5×1 = 6 by 5; youth Y1×1 Y2×2 = 3 by 2.
    expect(r.activeMembers).toBe(13);
    expect(r.participations).toBe(18);
    expect(r.participationRateByAgeGroup).toEqual([
      { ageGroup: 'child', activeMembers: 0, participations: 0, rate: null, suppressed: false },
      // 2 people: suppressed; it is the only one, so the next smallest (adults, 5) is suppressed too.
      { ageGroup: 'youth', activeMembers: null, participations: null, rate: null, suppressed: true },
      { ageGroup: 'adult', activeMembers: null, participations: null, rate: null, suppressed: true },
      { ageGroup: 'senior', activeMembers: 6, participations: 9, rate: 1.5, suppressed: false },
      { ageGroup: 'unknown', activeMembers: 0, participations: 0, rate: null, suppressed: false },
    ]);
    // Twice or more: S1, S2, A1, Y2 → 4 / 13 = 0.3077.
    expect(r.repeatRate).toBe(0.31);
    // Ratings 5,4,5,3,4,5 → 26/6 = 4.33; NPS answers 10,9,9,7,3 → (3 promoters − 1 detractor)/5 = 40.
    expect(r.satisfaction).toEqual({ responses: 6, averageRating: 4.33, npsResponses: 5, nps: 40 });
    expect(r.measurementTrends).toEqual([
      // First/last per member twice measured: S1 70→68, S2 80→79, S3 60→61, S4 90→86, S5 75→75.
      {
        type: 'weight',
        component: null,
        unit: 'kg',
        members: 5,
        averageStart: 75,
        averageEnd: 73.8,
        change: -1.2,
        suppressed: false,
      },
      {
        type: 'blood_pressure',
        component: 'systolic',
        unit: 'mm[Hg]',
        members: null,
        averageStart: null,
        averageEnd: null,
        change: null,
        suppressed: true,
      },
      {
        type: 'blood_pressure',
        component: 'diastolic',
        unit: 'mm[Hg]',
        members: null,
        averageStart: null,
        averageEnd: null,
        change: null,
        suppressed: true,
      },
    ]);
    // Q2: S1 ×2 (30 Jun 23:30 local, 10 May), A2 ×1 (1 Apr 00:00 local); 2 people → repeat rate suppressed.
    expect(r.previous).toEqual({ activeMembers: 2, participations: 3, repeatRate: null });
    expect(r.suppressionThreshold).toBe(5);
  });

  it('reports a district over its outlets in Asia/Shanghai', async () => {
    const r = (await get(`district=${encodeURIComponent('浦东新区')}&period=2026-Q3`)).body;
    expect(r.scope).toMatchObject({
      kind: 'district',
      outletId: null,
      outletCode: null,
      district: '浦东新区',
      outletCount: 2,
    });
    // Outlet B adds S5's second check-in: seniors 10 by 6 (1.67); repeaters S1, S2, S5, A1, Y2 = 5/13.
    expect(r.activeMembers).toBe(13);
    expect(r.participations).toBe(19);
    expect(r.participationRateByAgeGroup[3]).toEqual({
      ageGroup: 'senior',
      activeMembers: 6,
      participations: 10,
      rate: 1.67,
      suppressed: false,
    });
    expect(r.repeatRate).toBe(0.38);
  });

  it('reports a month with the previous month', async () => {
    const r = (await get(`outletId=${outlets.A}&period=2026-09`)).body;
    expect(r.period).toEqual({ label: '2026-09', kind: 'month', from: '2026-09-01', to: '2026-09-30' });
    expect(r.previousPeriod).toEqual({
      label: '2026-08',
      kind: 'month',
      from: '2026-08-01',
      to: '2026-08-31',
    });
    // Seniors S1×2 S2×2 S3 S5 S6 = 7 by 5; adults A1×2 A2 A3 A5 = 5 by 4 (suppressed); youth 3 by 2 (suppressed).
    expect(r.activeMembers).toBe(11);
    expect(r.participations).toBe(15);
    expect(r.participationRateByAgeGroup.map((c: { suppressed: boolean }) => c.suppressed)).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
    expect(r.participationRateByAgeGroup[3]).toMatchObject({
      activeMembers: 5,
      participations: 7,
      rate: 1.4,
    });
    expect(r.repeatRate).toBe(0.36); // S1, S2, A1, Y2 = 4/11
    expect(r.previous).toEqual({ activeMembers: 0, participations: 0, repeatRate: null });
    // Only one weight per member in September: nobody qualifies, the type still appears, suppressed.
    expect(r.measurementTrends[0]).toMatchObject({ type: 'weight', members: null, suppressed: true });
  });

  it('gives zeros for a district without outlets', async () => {
    const r = (await get(`district=nowhere&period=2026-Q1`)).body;
    expect(r).toMatchObject({ activeMembers: 0, participations: 0, repeatRate: null, measurementTrends: [] });
    expect(r.scope.outletCount).toBe(0);
    expect(r.previousPeriod.label).toBe('2025-Q4');
    expect(r.satisfaction).toEqual({ responses: 0, averageRating: null, npsResponses: 0, nps: null });
  });

  it('answers 422 for a bad scope or period, 404 for unknown or other tenants’ outlets, 403 without reports:read', async () => {
    expect((await get('period=2026-Q3')).status).toBe(422);
    expect((await get(`outletId=${outlets.A}&district=x&period=2026-Q3`)).status).toBe(422);
    expect((await get(`outletId=${outlets.A}&period=2026-Q5`)).status).toBe(422);
    expect((await get(`outletId=${outlets.A}`)).status).toBe(422);
    expect((await get(`outletId=${newId('out')}&period=2026-Q3`)).status).toBe(404);
    expect((await get(`outletId=out_bad&period=2026-Q3`)).status).toBe(404);
    expect((await get(`outletId=${outlets.A}&period=2026-Q3`, t.other.token)).status).toBe(404);
    expect((await get(`outletId=${outlets.A}&period=2026-Q3`, t.tokens.reader)).status).toBe(403);
  });
});
