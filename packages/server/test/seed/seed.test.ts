import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeSeed, seedDemo } from '../../src/seed/index.js';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

// A fixed "today", so the calendar (and the National Fitness Day walk) is the same on every run.
const NOW = new Date('2026-11-25T04:00:00Z');
const SCALE = 600;

const TABLES = [
  'outlets',
  'zones',
  'programs',
  'staff',
  'partners',
  'data_sharing_agreements',
  'members',
  'consents',
  'groups',
  'enrollments',
  'sessions',
  'bookings',
  'participation',
  'health_measurements',
  'feedback',
  'events',
] as const;

async function counts(t: TestApp): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await t.database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .where('organization_id', '=', t.organizationId)
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

describe.each(DIALECTS)('seed --demo on %s', (kind) => {
  let t: TestApp;
  let first: Record<string, number>;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const summary = await seedDemo(t.database.db, { scale: SCALE, now: NOW });
    expect(summary.organizationId).toBe(t.organizationId); // the first organization by default
    expect(describeSeed(summary)).toMatch(/^seeded org_\w+ in [\d.]+s: 12 outlets, /);
    first = await counts(t);
  }, 60_000);
  afterAll(() => t?.close());

  it('fills every resource, with exactly --scale participation records', () => {
    expect(first).toMatchObject({
      outlets: 12,
      zones: 48,
      programs: 9,
      staff: 16,
      partners: 3,
      data_sharing_agreements: 3,
      groups: 3,
    });
    expect(first.participation).toBe(SCALE);
    expect(first.members).toBe(400);
    for (const table of TABLES) expect(first[table], table).toBeGreaterThan(0);
    // One change-feed event per created record (zones travel inside their outlet's event).
    const { events, zones, ...records } = first;
    const total = Object.values(records).reduce((a, b) => a + b, 0);
    expect(events).toBe(total);
  });

  it('adds nothing on a second run', async () => {
    const summary = await seedDemo(t.database.db, { scale: SCALE, now: NOW });
    expect(Object.values(summary.created).every((n) => n === 0)).toBe(true);
    expect(await counts(t)).toEqual(first);
  }, 60_000);

  it('produces data the API serves as the contract says', async () => {
    const token = t.tokens.admin;
    for (const path of [
      '/v1/outlets',
      '/v1/programs',
      '/v1/staff',
      '/v1/sessions',
      '/v1/members',
      '/v1/bookings',
      '/v1/participation',
      '/v1/health-measurements',
      '/v1/feedback',
      '/v1/partners',
      '/v1/groups',
      '/v1/enrollments',
      '/v1/events?limit=100',
    ]) {
      const response = await call(
        t.app,
        'GET',
        `${path}${path.includes('?') ? '&' : '?'}limit=100`.replace('?limit=100&limit=100', '?limit=100'),
        { token },
      );
      expect(response.status, path).toBe(200);
      expect(response.body.data.length, path).toBeGreaterThan(0);
    }
  });

  it('covers every age group, measurement type, guardians and the National Fitness Day walk', async () => {
    const db = t.database.db;
    const org = t.organizationId;
    const ages = await db
      .selectFrom('members')
      .select('age_group')
      .distinct()
      .where('organization_id', '=', org)
      .execute();
    expect(ages.map((a) => a.age_group).sort()).toEqual(['adult', 'child', 'senior', 'youth']);
    const types = await db
      .selectFrom('health_measurements')
      .select(['type', 'unit'])
      .distinct()
      .where('organization_id', '=', org)
      .execute();
    expect(types).toHaveLength(9);
    const bp = await db
      .selectFrom('health_measurements')
      .select(['value', 'unit'])
      .where('organization_id', '=', org)
      .where('type', '=', 'blood_pressure')
      .executeTakeFirstOrThrow();
    expect(bp.unit).toBe('mm[Hg]');
    expect(JSON.parse(bp.value)).toEqual({ systolic: expect.any(Number), diastolic: expect.any(Number) });
    const guardians = await db
      .selectFrom('members')
      .select('guardian')
      .where('organization_id', '=', org)
      .where('guardian', 'is not', null)
      .execute();
    expect(guardians.length).toBeGreaterThan(0);
    const phones = await db
      .selectFrom('members')
      .select('phone')
      .where('organization_id', '=', org)
      .where('phone', 'is not', null)
      .execute();
    for (const { phone } of phones) expect(phone).toMatch(/^\+86 139-0000-\d{4}$/);
    const fitnessDay = await db
      .selectFrom('sessions')
      .select('starts_at')
      .where('organization_id', '=', org)
      .where('external_id', 'like', '%-20260808-99')
      .execute();
    expect(fitnessDay.length).toBe(11); // every active outlet
  });
});
