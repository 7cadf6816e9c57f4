import { newId } from '../../src/ids.js';
import type { Scope } from '../../src/tenancy/scopes.js';
import { createToken } from '../../src/tenancy/tokens.js';
import { call, type TestApp } from '../support/app.js';

// Rows of other features that sessions and bookings refer to. Inserted directly (only the columns of
// db/tables/*.ts), so these suites do not depend on the programs, staff and members routes.

export interface World {
  outletId: string;
  zoneId: string;
  otherOutletId: string;
  otherZoneId: string;
  programId: string;
  coachId: string;
  read: string;
  write: string;
}

const now = () => new Date().toISOString();

export async function insertProgram(t: TestApp, organizationId = t.organizationId): Promise<string> {
  const id = newId('prg');
  await t.database.db
    .insertInto('programs')
    .values({
      organization_id: organizationId,
      id,
      code: `P-${id.slice(-8)}`,
      title: '太极拳晨练',
      kind: 'class',
      category: 'tai_chi',
      age_groups: '["adult","senior"]',
      intensity: 'light',
      theme: null,
      created_at: now(),
      updated_at: now(),
      revision: 1,
    } as never)
    .execute();
  return id;
}

export async function insertStaff(t: TestApp, organizationId = t.organizationId): Promise<string> {
  const id = newId('stf');
  await t.database.db
    .insertInto('staff')
    .values({
      organization_id: organizationId,
      id,
      external_id: `C-${id.slice(-8)}`,
      name: '王教练',
      role: 'coach',
      certifications: '[]',
      outlet_ids: '[]',
      phone: null,
      created_at: now(),
      updated_at: now(),
      revision: 1,
    } as never)
    .execute();
  return id;
}

export async function insertMembers(t: TestApp, count: number, organizationId = t.organizationId) {
  const ids = Array.from({ length: count }, () => newId('mem'));
  const rows = ids.map((id, i) => ({
    organization_id: organizationId,
    id,
    external_id: `M-${id.slice(-10)}`,
    display_name: `会员 ${i}`,
    created_at: now(),
    updated_at: now(),
    revision: 1,
  }));
  for (let i = 0; i < rows.length; i += 500) {
    await t.database.db
      .insertInto('members')
      .values(rows.slice(i, i + 500) as never)
      .execute();
  }
  return ids;
}

async function tokenWith(t: TestApp, scopes: Scope[]): Promise<string> {
  const created = await createToken(t.database.db, {
    organizationId: t.organizationId,
    name: scopes.join(' '),
    scopes,
  });
  return created.token;
}

/** Two outlets with a zone each (through the outlets API), a program, a coach, and scoped tokens. */
export async function buildWorld(t: TestApp): Promise<World> {
  const zones = [{ code: 'TRN', name: '训练区', kind: 'training', capacity: 30 }];
  const outlet = async (code: string) =>
    (await call(t.app, 'POST', '/v1/outlets', { token: t.tokens.admin, body: { code, name: code, zones } }))
      .body;
  const a = await outlet(`W-${newId('out').slice(-6)}`);
  const b = await outlet(`W-${newId('out').slice(-6)}`);
  return {
    outletId: a.id,
    zoneId: a.zones[0].id,
    otherOutletId: b.id,
    otherZoneId: b.zones[0].id,
    programId: await insertProgram(t),
    coachId: await insertStaff(t),
    read: await tokenWith(t, ['schedules:read']),
    write: await tokenWith(t, ['schedules:write', 'schedules:read']),
  };
}

/** A valid session create body at `w`'s outlet, starting `day` days into 2027. */
export function sessionInput(w: World, extra: Record<string, unknown> = {}, day = 1) {
  const date = `2027-01-${String(day).padStart(2, '0')}`;
  return {
    outletId: w.outletId,
    programId: w.programId,
    startsAt: `${date}T08:30:00+08:00`,
    endsAt: `${date}T09:30:00+08:00`,
    capacity: 20,
    ...extra,
  };
}
