import { newId } from '../../src/ids.js';
import { createToken } from '../../src/tenancy/tokens.js';
import { call, type TestApp } from '../support/app.js';

/** members:read / members:write tokens of the main organization. */
export async function peopleTokens(t: TestApp) {
  const make = async (scope: 'members:read' | 'members:write') =>
    (await createToken(t.database.db, { organizationId: t.organizationId, name: scope, scopes: [scope] }))
      .token;
  return { read: await make('members:read'), write: await make('members:write') };
}

export async function createMember(t: TestApp, body: Record<string, unknown>): Promise<string> {
  const res = await call(t.app, 'POST', '/v1/members', { token: t.tokens.admin, body });
  if (res.status !== 201) throw new Error(`member not created: ${res.raw}`);
  return res.body.id as string;
}

const now = () => new Date().toISOString();

// Rows other features own are inserted directly (their routes may still be in progress); only
// the columns their migrations require are filled. Casts keep these inserts independent of how
// those features type their tables.

export async function insertPartner(t: TestApp, organizationId = t.organizationId): Promise<string> {
  const id = newId('prt');
  await t.database.db
    .insertInto('partners')
    .values({
      organization_id: organizationId,
      id,
      code: id.slice(-8),
      kind: 'clinic',
      name: '社区医院',
      outlet_ids: '[]',
      contacts: '[]',
      created_at: now(),
      updated_at: now(),
      revision: 1,
    } as never)
    .execute();
  return id;
}

export async function insertProgram(t: TestApp, organizationId = t.organizationId): Promise<string> {
  const id = newId('prg');
  await t.database.db
    .insertInto('programs')
    .values({
      organization_id: organizationId,
      id,
      code: id.slice(-8),
      title: '太极',
      kind: 'class',
      category: 'tai_chi',
      age_groups: '["senior"]',
      intensity: 'light',
      created_at: now(),
      updated_at: now(),
      revision: 1,
    } as never)
    .execute();
  return id;
}

export async function insertSession(t: TestApp, startsAt: string): Promise<string> {
  const id = newId('ses');
  await t.database.db
    .insertInto('sessions')
    .values({
      organization_id: t.organizationId,
      id,
      outlet_id: newId('out'),
      program_id: newId('prg'),
      starts_at: startsAt,
      ends_at: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
      capacity: 10,
      waitlist_capacity: 5,
      status: 'scheduled',
      booked_count: 1,
      waitlisted_count: 0,
      created_at: now(),
      updated_at: now(),
      revision: 1,
    } as never)
    .execute();
  return id;
}

export async function insertBooking(t: TestApp, sessionId: string, memberId: string): Promise<string> {
  const id = newId('bkg');
  await t.database.db
    .insertInto('bookings')
    .values({
      organization_id: t.organizationId,
      id,
      session_id: sessionId,
      member_id: memberId,
      status: 'booked',
      position: null,
      created_at: now(),
      updated_at: now(),
      revision: 1,
    } as never)
    .execute();
  return id;
}

export async function insertParticipation(t: TestApp, sessionId: string, memberId: string): Promise<string> {
  const id = newId('par');
  await t.database.db
    .insertInto('participation')
    .values({
      organization_id: t.organizationId,
      id,
      session_id: sessionId,
      member_id: memberId,
      outlet_id: newId('out'),
      checked_in_at: now(),
      duration_minutes: 60,
      source: 'staff',
      created_at: now(),
      updated_at: now(),
      revision: 1,
      local_date: now().slice(0, 10),
      change_seq: 0,
    } as never)
    .execute();
  return id;
}

/** Change-feed event types of the main organization, in feed order. */
export async function eventTypes(t: TestApp): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom('events')
    .select('type')
    .where('organization_id', '=', t.organizationId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => row.type);
}
