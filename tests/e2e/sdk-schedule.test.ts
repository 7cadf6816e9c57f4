/**
 * The SDK against the real server: programs, staff, zones, sessions (cancel, batchUpsert, upsertMany),
 * bookings (capacity, waitlist promotion on cancel).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Outlet,
  type Program,
  SerializedItems,
  type SessionCreate,
  SportHub,
} from '../../packages/sdk/src/index.js';
import { type RunningServer, startServer } from '../support/server.js';

let server: RunningServer;
let hub: SportHub;
let outlet: Outlet;
let program: Program;
const run = randomBytes(3).toString('hex').toUpperCase();
const HOUR = 3_600_000;
const at = (ms: number) => new Date(ms).toISOString();
const tomorrow = Date.parse(`${new Date(Date.now() + 24 * HOUR).toISOString().slice(0, 10)}T00:00:00Z`);

beforeAll(async () => {
  server = await startServer({ env: { SPORTHUB_RATE_LIMIT: '0' } });
  hub = new SportHub({ baseUrl: server.baseUrl, token: server.token });
  outlet = await hub.outlets.create({ code: `SCH-${run}`, name: '排课网点' });
  program = await hub.programs.create({
    code: `P-${run}`,
    title: '太极拳',
    kind: 'class',
    category: 'tai_chi',
    ageGroups: ['senior'],
    intensity: 'light',
  });
});

afterAll(async () => {
  await hub?.close();
  await server?.stop();
});

const session = (i: number, extra: Partial<SessionCreate> = {}): SessionCreate => ({
  externalId: `SCH-${run}-${i}`,
  outletId: outlet.id,
  programId: program.id,
  startsAt: at(tomorrow + i * HOUR),
  endsAt: at(tomorrow + i * HOUR + HOUR / 2),
  capacity: 20,
  ...extra,
});

describe('programs, staff, zones', () => {
  it('programs: get, update with ifMatch, list by code, batchUpsert, delete', async () => {
    expect(await hub.programs.get(program.id)).toMatchObject({ code: program.code });
    const updated = await hub.programs.update(
      program.id,
      { theme: 'national-fitness-day' },
      { ifMatch: program.revision },
    );
    expect(updated.revision).toBe(program.revision + 1);
    expect((await hub.programs.list({ code: program.code }).toArray({ max: 5 })).map((p) => p.id)).toEqual([
      program.id,
    ]);
    const spare = {
      code: `P2-${run}`,
      title: '瑜伽',
      kind: 'class',
      category: 'yoga',
      ageGroups: ['adult'],
      intensity: 'moderate',
    } as const;
    const batch = await hub.programs.batchUpsert([{ ...spare, ageGroups: [...spare.ageGroups] }]);
    expect(batch.summary.created).toBe(1);
    await hub.programs.delete(batch.results[0]?.id as string);
  });

  it('staff: create, get, update, list, batchUpsert, delete', async () => {
    const coach = await hub.staff.create({
      externalId: `EMP-${run}`,
      name: '王教练',
      role: 'coach',
      outletIds: [outlet.id],
    });
    expect(await hub.staff.get(coach.id)).toMatchObject({ name: '王教练' });
    expect((await hub.staff.update(coach.id, { role: 'health_advisor' })).role).toBe('health_advisor');
    expect((await hub.staff.list({ externalId: coach.externalId }).toArray({ max: 5 })).length).toBe(1);
    const again = await hub.staff.batchUpsert([
      { externalId: `EMP-${run}`, name: '王教练', role: 'health_advisor', outletIds: [outlet.id] },
    ]);
    expect(again.results[0]).toMatchObject({ id: coach.id });
    await hub.staff.delete(coach.id);
  });

  it('zones: create, list, get, update, delete', async () => {
    const zone = await hub.outlets.zones.create(outlet.id, {
      code: 'HC',
      name: '健康检测区',
      kind: 'health_check',
      capacity: 4,
    });
    expect((await hub.outlets.zones.list(outlet.id).toArray({ max: 10 })).map((z) => z.id)).toContain(
      zone.id,
    );
    expect(await hub.outlets.zones.get(outlet.id, zone.id)).toMatchObject({ code: 'HC' });
    expect((await hub.outlets.zones.update(outlet.id, zone.id, { capacity: 6 })).capacity).toBe(6);
    await hub.outlets.zones.delete(outlet.id, zone.id);
  });
});

describe('sessions and bookings', () => {
  it('sessions: create, get, update, list, cancel, delete', async () => {
    const created = await hub.sessions.create(session(0));
    expect(await hub.sessions.get(created.id)).toMatchObject({
      externalId: created.externalId,
      status: 'scheduled',
    });
    expect(
      (await hub.sessions.update(created.id, { capacity: 25 }, { ifMatch: created.revision })).capacity,
    ).toBe(25);
    expect(
      (await hub.sessions.list({ externalId: created.externalId ?? '' }).toArray({ max: 5 })).length,
    ).toBe(1);
    expect((await hub.sessions.cancel(created.id, { reason: '台风停课' })).status).toBe('cancelled');
    await hub.sessions.delete(created.id);
  });

  it('sessions.upsertMany: 3,000 rows in parallel batches, idempotent on re-run', async () => {
    const rows = function* () {
      for (let i = 100; i < 3_100; i++) yield session(i);
    };
    const first = await hub.sessions.upsertMany(rows(), { batchSize: 500, concurrency: 3 });
    expect(first.summary).toMatchObject({ processed: 3_000, created: 3_000, rejected: 0 });
    expect(first.results.every((r, i) => r.index === i && r.id?.startsWith('ses_'))).toBe(true);
    const batches: number[] = [];
    const second = await hub.sessions.upsertMany(rows(), {
      batchSize: 1_000,
      onBatch: (b) => void batches.push(b.offset),
    });
    expect(second.summary).toMatchObject({ unchanged: 3_000 });
    expect(second.results).toEqual([]);
    expect(batches.sort((a, b) => a - b)).toEqual([0, 1_000, 2_000]);
  });

  it('sessions.batchUpsert with SerializedItems: sent as is, validated by the server like any body', async () => {
    const texts = [9001, 9002].map((i) => JSON.stringify(session(i)));
    // A syntactically fine object the server refuses (capacity below zero): rejected, not a 500.
    texts.push(JSON.stringify(session(9003, { capacity: -1 })));
    const first = await hub.sessions.batchUpsert(SerializedItems.of(texts), { mode: 'partial' });
    expect(first.summary).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 1 });
    expect(first.results[2]).toMatchObject({ index: 2, status: 'rejected' });
    const again = await hub.sessions.batchUpsert(SerializedItems.of(texts.slice(0, 2)), { mode: 'partial' });
    expect(again.summary).toMatchObject({ unchanged: 2 });
    const created = await hub.sessions.get(first.results[0]?.id as string);
    expect(created.externalId).toBe(`SCH-${run}-9001`);
    expect(() => SerializedItems.of(['[1,2]'])).toThrow(TypeError);
    expect(() => SerializedItems.of(['{"a":1} trailing'])).toThrow(TypeError);
  });

  it('bookings: capacity, waitlist, cancel promotes, update', async () => {
    const small = await hub.sessions.create(session(50, { capacity: 1, waitlistCapacity: 5 }));
    const [a, b] = await Promise.all(
      ['甲', '乙'].map((name, i) => hub.members.create({ externalId: `BK-${run}-${i}`, displayName: name })),
    );
    const first = await hub.bookings.create({ sessionId: small.id, memberId: a?.id as string });
    const second = await hub.bookings.create({ sessionId: small.id, memberId: b?.id as string });
    expect([first.status, second.status]).toEqual(['booked', 'waitlisted']);
    expect((await hub.bookings.cancel(first.id)).status).toBe('cancelled');
    expect((await hub.bookings.get(second.id)).status).toBe('booked');
    expect((await hub.bookings.list({ sessionId: small.id }).toArray({ max: 10 })).length).toBe(2);
    const updated = await hub.bookings.update(
      second.id,
      { status: 'attended' },
      { ifMatch: (await hub.bookings.get(second.id)).revision },
    );
    expect(updated.status).toBe('attended');
  });
});
