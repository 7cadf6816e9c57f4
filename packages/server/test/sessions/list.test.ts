import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { buildWorld, insertMembers, insertProgram, type World } from './fixtures.js';

describe.each(DIALECTS)('GET /v1/sessions on %s', (kind) => {
  let t: TestApp;
  let w: World;
  let otherProgram: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    w = await buildWorld(t);
    otherProgram = await insertProgram(t);
    // 130 sessions, many sharing a start time, so the keyset must break ties on id.
    const items = Array.from({ length: 130 }, (_, i) => {
      const hour = 8 + (i % 5);
      const day = String(1 + Math.floor(i / 10)).padStart(2, '0');
      return {
        externalId: `L-${i}`,
        outletId: i % 2 === 0 ? w.outletId : w.otherOutletId,
        programId: i % 3 === 0 ? otherProgram : w.programId,
        coachId: i === 7 ? w.coachId : undefined,
        startsAt: `2027-02-${day}T${String(hour).padStart(2, '0')}:00:00+08:00`,
        endsAt: `2027-02-${day}T${String(hour + 1).padStart(2, '0')}:00:00+08:00`,
        capacity: 10,
        status: i === 9 ? 'cancelled' : undefined,
        seriesKey: i < 10 ? 'SERIES-A' : undefined,
      };
    });
    const res = await call(t.app, 'POST', '/v1/sessions:batchUpsert', { token: w.write, body: { items } });
    expect(res.body.summary.created).toBe(130);
  });
  afterAll(async () => {
    await t?.close();
  });

  const list = async (query: string) =>
    (await call(t.app, 'GET', `/v1/sessions?${query}`, { token: w.read })).body;

  it('pages by (startsAt, id), complete and without repeats', async () => {
    const seen: { id: string; startsAt: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: { id: string; startsAt: string }[]; nextCursor: string | null } = await list(
        `limit=17${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(130);
    expect(new Set(seen.map((s) => s.id)).size).toBe(130);
    const key = (s: { id: string; startsAt: string }) => `${s.startsAt}|${s.id}`;
    expect(seen.map(key)).toEqual(seen.map(key).sort());
  });

  it('filters by outlet, program, coach, status, series, externalId and a [from, to) window', async () => {
    expect((await list(`outletId=${w.outletId}&limit=500`)).data).toHaveLength(65);
    expect((await list(`programId=${otherProgram}&limit=500`)).data).toHaveLength(44);
    expect(
      (await list(`coachId=${w.coachId}`)).data.map((s: { externalId: string }) => s.externalId),
    ).toEqual(['L-7']);
    expect((await list('status=cancelled')).data).toHaveLength(1);
    expect((await list('seriesKey=SERIES-A')).data).toHaveLength(10);
    expect((await list('externalId=L-42')).data).toHaveLength(1);
    const from = encodeURIComponent('2027-02-01T09:00:00+08:00');
    const to = encodeURIComponent('2027-02-01T11:00:00+08:00');
    const window = await list(`from=${from}&to=${to}`);
    // Day 1 holds L-0..L-9 at 8..12 o'clock, two each: 9:00 and 10:00 are inside, 11:00 is not.
    expect(window.data).toHaveLength(4);
    expect(window.data.map((s: { startsAt: string }) => s.startsAt)).toEqual([
      '2027-02-01T01:00:00.000Z',
      '2027-02-01T01:00:00.000Z',
      '2027-02-01T02:00:00.000Z',
      '2027-02-01T02:00:00.000Z',
    ]);
  });

  it('filters on held bookings: booked=true lists only sessions with a booked place', async () => {
    const [memberId] = await insertMembers(t, 1);
    const target = (await list('externalId=L-21')).data[0];
    const booking = await call(t.app, 'POST', '/v1/bookings', {
      token: w.write,
      body: { sessionId: target.id, memberId },
    });
    expect(booking.status).toBe(201);
    const booked = (await list('booked=true&limit=500')).data;
    expect(booked.map((s: { externalId: string }) => s.externalId)).toEqual(['L-21']);
    expect((await list('booked=false&limit=500')).data).toHaveLength(129);
  });

  it('answers 422 for a bad cursor, limit or filter value', async () => {
    for (const query of ['cursor=garbage', 'limit=0', 'status=open', 'from=yesterday', 'booked=yes']) {
      expect((await call(t.app, 'GET', `/v1/sessions?${query}`, { token: w.read })).status).toBe(422);
    }
  });
});
