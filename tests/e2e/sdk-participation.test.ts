/**
 * The SDK against the real server: participation (record, batchUpsert, streamed export NDJSON and CSV,
 * incremental by watermark), health measurements, feedback, the health-index report.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Member, type Outlet, type Session, SportHub } from '../../packages/sdk/src/index.js';
import { type RunningServer, startServer } from '../support/server.js';

let server: RunningServer;
let hub: SportHub;
let outlet: Outlet;
let session: Session;
let members: Member[];
const run = randomBytes(3).toString('hex').toUpperCase();
const HOUR = 3_600_000;

beforeAll(async () => {
  server = await startServer({ env: { SPORTHUB_RATE_LIMIT: '0' } });
  hub = new SportHub({ baseUrl: server.baseUrl, token: server.token });
  outlet = await hub.outlets.create({
    code: `PAR-${run}`,
    name: '参与网点',
    address: { district: `参与区${run}` },
  });
  const program = await hub.programs.create({
    code: `P-PAR-${run}`,
    title: '广场舞',
    kind: 'class',
    category: 'square_dance',
    ageGroups: ['senior'],
    intensity: 'moderate',
  });
  const startsAt = Date.now() - 2 * HOUR;
  session = await hub.sessions.create({
    externalId: `PAR-${run}`,
    outletId: outlet.id,
    programId: program.id,
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(startsAt + HOUR).toISOString(),
    capacity: 50,
  });
  const batch = await hub.members.batchUpsert(
    Array.from({ length: 12 }, (_, i) => ({
      externalId: `PM-${run}-${i}`,
      displayName: `居民${i}`,
      birthYear: 1955,
    })),
  );
  members = await Promise.all(batch.results.map((r) => hub.members.get(r.id as string)));
});

afterAll(async () => {
  await hub?.close();
  await server?.stop();
});

describe('participation', () => {
  it('records, gets, lists and batch-upserts', async () => {
    const one = await hub.participation.record({
      sessionId: session.id,
      memberId: members[0]?.id as string,
      checkedInAt: new Date(Date.now() - 90 * 60_000).toISOString(),
      durationMinutes: 60,
      source: 'staff',
    });
    expect(await hub.participation.get(one.id)).toMatchObject({ outletId: outlet.id });
    const rows = members.slice(1).map((m, i) => ({
      externalId: `PP-${run}-${i}`,
      sessionId: session.id,
      memberId: m.id,
      durationMinutes: 45,
      source: 'import' as const,
    }));
    const result = await hub.participation.upsertMany(rows, { batchSize: 5 });
    expect(result.summary).toMatchObject({ processed: 11, created: 11 });
    expect((await hub.participation.list({ sessionId: session.id }).toArray({ max: 100 })).length).toBe(12);
    expect((await hub.participation.batchUpsert(rows.slice(0, 2))).summary.unchanged).toBe(2);
  });

  it('streams the export as typed rows with a verified trailer, then incrementally by watermark', async () => {
    const rows = hub.participation.export({ outletId: outlet.id });
    const ids: string[] = [];
    for await (const row of rows) {
      expect(row.outlet_code).toBe(outlet.code);
      ids.push(row.participation_id);
    }
    expect(ids).toHaveLength(12);
    expect(rows.trailer).toEqual({ count: 12, watermark: rows.watermark });

    const late = await hub.members.create({ externalId: `PL-${run}`, displayName: '迟到的居民' });
    await hub.participation.record({
      sessionId: session.id,
      memberId: late.id,
      source: 'qr',
      externalId: `PX-${run}`,
    });
    const next = hub.participation.export({ outletId: outlet.id, afterWatermark: rows.watermark as string });
    const fresh: string[] = [];
    for await (const row of next) fresh.push(row.participation_id);
    expect(fresh).toHaveLength(1);
  });

  it('gives the CSV bytes and watermark through raw()', async () => {
    const raw = await hub.participation.export({ format: 'csv', outletId: outlet.id }).raw();
    let text = '';
    for await (const chunk of raw.body) text += Buffer.from(chunk).toString('utf8');
    const [header, ...lines] = text.trim().split(/\r?\n/);
    expect(header?.replace(/^\uFEFF/, '')).toBe(
      'participation_id,session_id,session_external_id,outlet_code,program_code,member_ref,age_group,checked_in_at,duration_minutes,source',
    );
    expect(lines).toHaveLength(13);
    expect(raw.watermark).toEqual(expect.any(String));
    expect(raw.contentType).toMatch(/^text\/csv/);
  });
});

describe('health measurements, feedback, reports', () => {
  it('records, gets, lists and deletes measurements', async () => {
    const m = await hub.healthMeasurements.record({
      memberId: members[0]?.id as string,
      outletId: outlet.id,
      type: 'blood_pressure',
      value: { systolic: 128, diastolic: 82 },
      unit: 'mm[Hg]',
      source: 'staff',
    });
    expect(await hub.healthMeasurements.get(m.id)).toMatchObject({ type: 'blood_pressure' });
    expect(
      (await hub.healthMeasurements.list({ memberId: members[0]?.id as string }).toArray({ max: 10 })).length,
    ).toBe(1);
    await hub.healthMeasurements.delete(m.id);
  });

  it('creates, gets and lists feedback', async () => {
    const f = await hub.feedback.create({
      sessionId: session.id,
      memberId: members[1]?.id as string,
      rating: 5,
      nps: 9,
      comment: '老师很耐心',
    });
    expect(await hub.feedback.get(f.id)).toMatchObject({ rating: 5 });
    expect(
      (await hub.feedback.list({ sessionId: session.id }).toArray({ max: 10 })).map((x) => x.id),
    ).toContain(f.id);
  });

  it('computes the health-index report of an outlet', async () => {
    const period = new Date().toISOString().slice(0, 7);
    const report = await hub.reports.healthIndex({ outletId: outlet.id, period });
    expect(report.suppressionThreshold).toBe(5);
    expect(report.participations).toBeDefined();
  });
});
