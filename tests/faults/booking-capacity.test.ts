/**
 * SPEC §7 / issue 9 concurrency: 500 members book one 20-place session (waitlist 10) at the same time,
 * over real HTTP against the real server. Never oversold: exactly 20 `booked`, exactly 10 `waitlisted`
 * with positions 1–10, every other request refused, and the session's counters agree with the bookings.
 * SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { inParallel } from '../support/cli.js';
import { type RunningServer, startServer } from '../support/server.js';

const MEMBERS = 500;
const CAPACITY = 20;
const WAITLIST = 10;
/** Requests in flight at once: enough to contend on every batch the server takes. */
const IN_FLIGHT = 100;

describe.each(['sqlite', 'postgres'] as const)(
  '500 concurrent bookings of a 20-place session on %s',
  (db) => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startServer({ db, env: { SPORTHUB_RATE_LIMIT: '0' } });
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('books exactly 20, waitlists exactly 10, refuses the rest', async () => {
      const hub = api(server.baseUrl, server.token);
      const outlet = await hub.call<{ id: string }>('POST', '/v1/outlets', {
        code: 'BK-OUT',
        name: '抢课网点',
      });
      const program = await hub.call<{ id: string }>('POST', '/v1/programs', {
        code: 'BK-PRG',
        title: '热门课程',
        kind: 'class',
        category: 'yoga',
        ageGroups: ['adult'],
        intensity: 'light',
      });
      const session = await hub.call<{ id: string }>('POST', '/v1/sessions', {
        externalId: 'BK-1',
        outletId: outlet.id,
        programId: program.id,
        startsAt: '2027-03-01T09:00:00+08:00',
        endsAt: '2027-03-01T10:00:00+08:00',
        capacity: CAPACITY,
        waitlistCapacity: WAITLIST,
      });
      const members = await hub.call<{ results: Array<{ id: string }> }>('POST', '/v1/members:batchUpsert', {
        items: Array.from({ length: MEMBERS }, (_, i) => ({
          externalId: `BK-M-${i}`,
          displayName: `会员${i}`,
        })),
      });
      const memberIds = members.results.map((r) => r.id);
      expect(memberIds).toHaveLength(MEMBERS);

      const answers = await inParallel(memberIds, IN_FLIGHT, async (memberId) => {
        const res = await fetch(`${server.baseUrl}/v1/bookings`, {
          method: 'POST',
          headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ sessionId: session.id, memberId }),
        });
        const body = (await res.json()) as { status?: string; code?: string };
        return { http: res.status, status: body.status ?? body.code ?? '' };
      });
      const count = (http: number, status: string) =>
        answers.filter((a) => a.http === http && a.status === status).length;
      expect(count(201, 'booked')).toBe(CAPACITY);
      expect(count(201, 'waitlisted')).toBe(WAITLIST);
      // Every other request was refused with a 4xx problem, none failed with a 5xx.
      const refused = answers.filter((a) => a.http !== 201);
      expect(refused).toHaveLength(MEMBERS - CAPACITY - WAITLIST);
      expect(refused.every((a) => a.http >= 400 && a.http < 500)).toBe(true);

      const stored = await hub.all<{ status: string; position: number | null }>(
        `/v1/bookings?sessionId=${session.id}`,
      );
      expect(stored.filter((b) => b.status === 'booked')).toHaveLength(CAPACITY);
      const waitlisted = stored.filter((b) => b.status === 'waitlisted');
      expect(waitlisted.map((b) => b.position).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
        Array.from({ length: WAITLIST }, (_, i) => i + 1),
      );
      const after = await hub.call<{ bookedCount: number; waitlistedCount: number }>(
        'GET',
        `/v1/sessions/${session.id}`,
      );
      expect(after).toMatchObject({ bookedCount: CAPACITY, waitlistedCount: WAITLIST });
    }, 120_000);
  },
);
