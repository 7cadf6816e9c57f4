import {
  type AgeGroup,
  type Feedback,
  type HealthMeasurement,
  type HealthMeasurementType,
  MEASUREMENT_UNITS,
  type Participation,
} from '@sporthub/schemas';
import type { Db } from '../db/dialect.js';
import { insertMany } from '../db/insert-many.js';
import { recordEvents } from '../events/record.js';
import { newId } from '../ids.js';
import { participationRow } from '../routes/participation/model.js';
import { FEEDBACK_COMMENTS } from './catalog.js';
import { addDays, shanghaiDate, shanghaiInstant } from './dates.js';
import type { SeedMember } from './people.js';
import { type MemberPools, pickDistinct } from './pools.js';
import { Prng, prngFor } from './prng.js';
import type { SeedSession } from './schedule.js';
import { CHUNK, existingKeys, insertWithEvents } from './write.js';

const SOURCES: Participation['source'][] = [
  'staff',
  'staff',
  'staff',
  'staff',
  'staff',
  'staff',
  'qr',
  'qr',
  'qr',
  'import',
];

/**
 * `scale` check-ins spread over the sessions that took place, in proportion to their capacity. Each
 * record's externalId names its session and member, so a re-run (even at another scale) finds the
 * records it made before and the (session, member) pair stays unique. Written in chunks of CHUNK
 * rows: one transaction each, the rows and their `participation.recorded` events as multi-row
 * INSERTs; `change_seq` is the event's feed position, as the export watermark expects.
 */
export async function seedParticipation(
  db: Db,
  org: string,
  sessions: SeedSession[],
  pools: MemberPools,
  scale: number,
  now: string,
) {
  const past = sessions.filter((s) => s.past);
  const totalCapacity = past.reduce((sum, s) => sum + s.capacity, 0);
  const rng = prngFor('participation');
  let created = 0;
  let batch: Participation[] = [];
  // On a first run nothing can exist yet: skip the per-chunk lookups (a range on the unique index).
  const anyBefore = await db
    .selectFrom('participation')
    .select('id')
    .where('organization_id', '=', org)
    .where('external_id', '>=', 'DEMO-P-')
    .where('external_id', '<', 'DEMO-P.')
    .limit(1)
    .executeTakeFirst();
  const flush = async () => {
    const known = anyBefore
      ? await existingKeys(
          db,
          org,
          'participation',
          'external_id',
          batch.map((p) => p.externalId ?? ''),
        )
      : new Map<string, string>();
    const fresh = batch.filter((p) => !known.has(p.externalId ?? ''));
    batch = [];
    if (fresh.length === 0) return;
    await db.transaction().execute(async (trx) => {
      const seqs = await recordEvents(
        trx,
        org,
        fresh.map((p) => ({ type: 'participation.recorded', data: p })),
      );
      const rows = fresh.map((p, i) =>
        participationRow(org, p, shanghaiDate(Date.parse(p.checkedInAt)), seqs[i] ?? 0),
      );
      await insertMany(trx, 'participation', rows);
    });
    created += fresh.length;
  };
  let cumulative = 0;
  let assigned = 0;
  for (const session of past) {
    cumulative += session.capacity;
    const target = totalCapacity === 0 ? 0 : Math.floor((scale * cumulative) / totalCapacity);
    const people = pickDistinct(pools.of(session.program.input.ageGroups), target - assigned, rng);
    assigned += people.length; // a short pool's deficit moves on to the next session
    const start = Date.parse(session.startsAt);
    const minutes = session.program.input.defaultDurationMinutes ?? 60;
    for (const member of people) {
      batch.push({
        id: newId('par'),
        externalId: `DEMO-P-${session.externalId.slice('DEMO-S-'.length)}-${member.no}`,
        sessionId: session.id,
        memberId: member.id,
        outletId: session.outletId,
        checkedInAt: new Date(start - rng.int(0, 15) * 60_000).toISOString(),
        durationMinutes: Math.max(10, minutes - rng.int(0, 15)),
        source: rng.chance(0.02) ? 'partner' : rng.pick(SOURCES),
        createdAt: now,
        updatedAt: now,
        revision: 1,
      });
      if (batch.length >= CHUNK) await flush();
    }
  }
  await flush();
  return { created, planned: assigned };
}

const TYPES = Object.keys(MEASUREMENT_UNITS) as HealthMeasurementType[];

function measurementValue(type: HealthMeasurementType, age: AgeGroup, rng: Prng): HealthMeasurement['value'] {
  const senior = age === 'senior';
  const young = age === 'child' || age === 'youth';
  switch (type) {
    case 'weight':
      return rng.around(young ? 42 : 64, young ? 14 : 12, 1);
    case 'height':
      return rng.around(young ? 150 : 165, young ? 22 : 9, 1);
    case 'bmi':
      return rng.around(senior ? 24.5 : 22.5, 4, 1);
    case 'heart_rate':
      return rng.around(95, 25);
    case 'resting_heart_rate':
      return rng.around(senior ? 74 : 68, 10);
    case 'blood_pressure':
      return { systolic: rng.around(senior ? 138 : 118, 18), diastolic: rng.around(senior ? 84 : 76, 10) };
    case 'steps':
      return rng.around(senior ? 6500 : 8000, 3500);
    case 'mvpa_minutes_per_week':
      return rng.around(senior ? 120 : 150, 90);
    case 'grip_strength':
      return rng.around(senior ? 24 : 32, 8, 1);
  }
}

/** Health checks of new members: every type appears (the first members get all of them), BP as objects. */
export async function seedMeasurements(
  db: Db,
  org: string,
  members: SeedMember[],
  outletIds: string[],
  quarter: { today: string; first: string },
  now: string,
) {
  const fresh = members.filter((m) => m.fresh);
  const rows: HealthMeasurement[] = [];
  const span = Math.max(1, (Date.parse(quarter.today) - Date.parse(quarter.first)) / 86_400_000);
  for (const member of fresh) {
    const rng = new Prng(member.no * 69069 + 1);
    if (member.no > 9 && !rng.chance(0.35)) continue;
    const outletId = outletIds[member.no % outletIds.length] ?? '';
    const day = addDays(quarter.first, rng.int(0, span - 1));
    const measuredAt = shanghaiInstant(
      day,
      `${String(rng.int(8, 16)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`,
    );
    for (const type of TYPES) {
      if (member.no > 9 && !rng.chance(type === 'blood_pressure' || type === 'weight' ? 0.9 : 0.45)) continue;
      const source: HealthMeasurement['source'] =
        type === 'steps' ? 'device' : type === 'mvpa_minutes_per_week' ? 'self' : 'staff';
      rows.push({
        id: newId('msr'),
        memberId: member.id,
        outletId,
        type,
        value: measurementValue(type, member.ageGroup, rng),
        unit: MEASUREMENT_UNITS[type],
        measuredAt,
        source,
        createdAt: now,
      });
    }
  }
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await db.transaction().execute(async (trx) => {
      // change_seq is the event's feed position, as partner share cursors expect.
      const seqs = await recordEvents(
        trx,
        org,
        chunk.map((m) => ({ type: 'health_measurement.created', data: m })),
      );
      await insertMany(
        trx,
        'health_measurements',
        chunk.map((m, index) => ({
          organization_id: org,
          id: m.id,
          member_id: m.memberId,
          outlet_id: m.outletId,
          type: m.type,
          value: JSON.stringify(m.value),
          unit: m.unit,
          measured_at: m.measuredAt,
          local_date: shanghaiDate(Date.parse(m.measuredAt)),
          source: m.source,
          created_at: m.createdAt,
          change_seq: seqs[index] ?? 0,
        })),
      );
    });
  }
  return rows.length;
}

/** Ratings and NPS on new past sessions (about one in three), mostly happy, some not. */
export async function seedFeedback(
  db: Db,
  org: string,
  sessions: SeedSession[],
  pools: MemberPools,
  now: string,
) {
  const rng = prngFor('feedback');
  const rows: Feedback[] = [];
  for (const session of sessions.filter((s) => s.past && s.fresh)) {
    if (!rng.chance(0.3)) continue;
    for (const member of pickDistinct(pools.of(session.program.input.ageGroups), rng.int(1, 2), rng)) {
      const rating = rng.pick([5, 5, 5, 4, 4, 4, 3, 2, 1]);
      rows.push({
        id: newId('fbk'),
        sessionId: session.id,
        outletId: session.outletId,
        memberId: rng.chance(0.2) ? null : member.id,
        rating,
        nps: rng.chance(0.7) ? Math.min(10, Math.max(0, rating * 2 + rng.int(-2, 0))) : null,
        comment: rng.pick(FEEDBACK_COMMENTS),
        createdAt: now,
      });
    }
  }
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await db.transaction().execute((trx) =>
      insertWithEvents(
        trx,
        org,
        'feedback',
        chunk.map((f) => ({
          organization_id: org,
          id: f.id,
          session_id: f.sessionId,
          outlet_id: f.outletId,
          member_id: f.memberId,
          rating: f.rating,
          nps: f.nps,
          comment: f.comment,
          created_at: f.createdAt,
        })),
        chunk.map((f) => ({ type: 'feedback.created', data: f })),
      ),
    );
  }
  return rows.length;
}
