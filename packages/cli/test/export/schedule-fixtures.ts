import type { Outlet, Program, Session, Staff } from '@sporthub/sdk';
import { ScheduleReferences } from '../../src/import/references.js';

/** Two outlets in different zones, a program, a coach: what `schedules export` looks codes up in. */
export function exportRefs(): ScheduleReferences {
  const outlets = [
    {
      id: 'out_SH',
      code: 'SH-PD-0001',
      timezone: 'Asia/Shanghai',
      zones: [{ id: 'zon_EXP', code: 'EXP', capacity: 20 }],
    },
    { id: 'out_LN', code: 'LN-CAM-0001', timezone: 'Europe/London', zones: [] },
  ] as unknown as Outlet[];
  const programs = [{ id: 'prg_TAICHI', code: 'P-TAICHI' }] as unknown as Program[];
  const staff = [{ id: 'stf_C42', externalId: 'C-0042', name: '王教练' }] as unknown as Staff[];
  return new ScheduleReferences(outlets, programs, staff);
}

/** A session as the server returns it: instants in UTC. */
export function session(fields: Partial<Session> & Pick<Session, 'startsAt' | 'endsAt'>): Session {
  return {
    id: 'ses_01',
    externalId: 'PD-TAICHI-20270301-0730',
    outletId: 'out_SH',
    zoneId: null,
    programId: 'prg_TAICHI',
    coachId: null,
    title: null,
    capacity: 20,
    waitlistCapacity: 0,
    status: 'scheduled',
    seriesKey: null,
    bookedCount: 0,
    waitlistedCount: 0,
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt: '2027-01-01T00:00:00.000Z',
    revision: 1,
    ...fields,
  };
}
