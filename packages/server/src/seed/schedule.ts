import type { Booking, Session } from '@sporthub/schemas';
import type { Db } from '../db/dialect.js';
import { newId } from '../ids.js';
import { bookingRow } from '../routes/bookings/model.js';
import { newSession, sessionRow } from '../routes/sessions/model.js';
import { addDays, lastFitnessDay, shanghaiInstant } from './dates.js';
import { type MemberPools, pickDistinct } from './pools.js';
import { Prng, prngFor, weightedPick } from './prng.js';
import type { Reference, SeedProgram } from './reference.js';
import { CHUNK, existingKeys, insertWithEvents, slices } from './write.js';

export interface SeedSession {
  id: string;
  externalId: string;
  outletId: string;
  program: SeedProgram;
  startsAt: string;
  capacity: number;
  /** Before today: it took place, so it has participation and feedback. */
  past: boolean;
  fresh: boolean;
}

/** Sessions per outlet and day: enough room for `scale` check-ins at ~40 a session, 3 to 24. */
export const sessionsPerDayFor = (scale: number, outlets: number) =>
  Math.min(24, Math.max(3, Math.ceil(scale / (Math.max(1, outlets) * 45 * 40))));

interface Planned {
  input: Parameters<typeof newSession>[0];
  program: SeedProgram;
  past: boolean;
}

/** The quarter's timetable plus the National Fitness Day walk at every active outlet. */
function plan(
  ref: Reference,
  quarter: { today: string; first: string; days: number },
  perDay: number,
): Planned[] {
  const rng = prngFor('sessions');
  const regular = ref.programs.filter((p) => p.weight > 0);
  const choose = () => weightedPick(regular, (p) => p.weight, rng);
  const out: Planned[] = [];
  const add = (
    outlet: Reference['outlets'][number],
    date: string,
    slot: number,
    program: SeedProgram,
    time: string,
    title?: string,
  ) => {
    const minutes = program.input.defaultDurationMinutes ?? 60;
    const startsAt = shanghaiInstant(date, time);
    out.push({
      program,
      past: date < quarter.today,
      input: {
        externalId: `DEMO-S-${outlet.code}-${date.replaceAll('-', '')}-${String(slot).padStart(2, '0')}`,
        outletId: outlet.id,
        ...(outlet.zones.has(program.zone) ? { zoneId: outlet.zones.get(program.zone) } : {}),
        programId: program.id,
        ...(program.input.kind === 'assessment' || ref.coaches.length === 0
          ? {}
          : { coachId: ref.coaches[rng.int(0, ref.coaches.length - 1)] }),
        ...(title ? { title } : {}),
        startsAt,
        endsAt: new Date(Date.parse(startsAt) + minutes * 60_000).toISOString(),
        capacity: program.capacity,
        waitlistCapacity: Math.ceil(program.capacity / 5),
        status: date < quarter.today ? 'completed' : 'scheduled',
        seriesKey: `DEMO-${outlet.code}-${program.input.code}`,
      },
    });
  };
  const fitnessDay = ref.programs.find((p) => p.input.theme === 'national-fitness-day');
  for (const outlet of ref.outlets.filter((o) => o.active)) {
    for (let d = 0; d < quarter.days; d += 1) {
      const date = addDays(quarter.first, d);
      for (let slot = 0; slot < perDay; slot += 1) {
        const program = choose();
        add(outlet, date, slot, program, rng.pick(program.times));
      }
    }
    if (fitnessDay)
      add(
        outlet,
        lastFitnessDay(quarter.today),
        99,
        fitnessDay,
        '08:00',
        '全民健身日 · 健步走 National Fitness Day Walk',
      );
  }
  return out;
}

/** Sessions new to the organization are written (in chunks); bookings fill the new future ones. */
export async function seedSessions(
  db: Db,
  org: string,
  ref: Reference,
  pools: MemberPools,
  quarter: { today: string; first: string; days: number },
  perDay: number,
  now: string,
) {
  const planned = plan(ref, quarter, perDay);
  const sessions: SeedSession[] = [];
  const bookingRng = new Prng(0xb00c);
  let bookings = 0;
  for (const slice of slices(planned, CHUNK)) {
    await db.transaction().execute(async (trx) => {
      const known = await existingKeys(
        trx,
        org,
        'sessions',
        'external_id',
        slice.map((p) => p.input.externalId ?? ''),
      );
      const fresh: Session[] = [];
      const newBookings: Booking[] = [];
      for (const p of slice) {
        const ext = p.input.externalId ?? '';
        const existing = known.get(ext);
        let id = existing;
        if (!existing) {
          const session = newSession(p.input, now);
          if (!p.past) {
            const booked = bookFuture(session, p.program, pools, bookingRng, now);
            newBookings.push(...booked);
            session.bookedCount = booked.filter((b) => b.status === 'booked').length;
            session.waitlistedCount = booked.filter((b) => b.status === 'waitlisted').length;
          }
          fresh.push(session);
          id = session.id;
        }
        sessions.push({
          id: id ?? '',
          externalId: ext,
          outletId: p.input.outletId,
          program: p.program,
          startsAt: p.input.startsAt,
          capacity: p.input.capacity,
          past: p.past,
          fresh: !existing,
        });
      }
      await insertWithEvents(
        trx,
        org,
        'sessions',
        fresh.map((s) => sessionRow(org, s)),
        fresh.map((s) => ({ type: 'session.created', data: s })),
      );
      await insertWithEvents(
        trx,
        org,
        'bookings',
        newBookings.map((b) => bookingRow(org, b)),
        newBookings.map((b) => ({ type: 'booking.created', data: b })),
      );
      bookings += newBookings.length;
    });
  }
  return { sessions, created: sessions.filter((s) => s.fresh).length, bookings };
}

/** Bookings of an upcoming session: nearer sessions are fuller; full ones get a waitlist and a cancellation or two. */
function bookFuture(
  session: Session,
  program: SeedProgram,
  pools: MemberPools,
  rng: Prng,
  now: string,
): Booking[] {
  const fill = rng.next() * 1.2;
  const wanted = Math.round(session.capacity * fill);
  const people = pickDistinct(pools.of(program.input.ageGroups), wanted + 2, rng);
  return people.map((member, i): Booking => {
    const cancelled = i >= wanted;
    const waitlisted = !cancelled && i >= session.capacity;
    const position = waitlisted ? i - session.capacity + 1 : null;
    return {
      id: newId('bkg'),
      sessionId: session.id,
      memberId: member.id,
      status: cancelled
        ? 'cancelled'
        : waitlisted
          ? position !== null && position <= session.waitlistCapacity
            ? 'waitlisted'
            : 'cancelled'
          : 'booked',
      position: waitlisted && position !== null && position <= session.waitlistCapacity ? position : null,
      cancelledAt: cancelled || (waitlisted && (position ?? 0) > session.waitlistCapacity) ? now : null,
      createdAt: now,
      updatedAt: now,
      revision: 1,
    };
  });
}
