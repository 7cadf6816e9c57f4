import type { Db } from '../../src/db/dialect.js';
import { insertMany } from '../../src/db/insert-many.js';
import { newId } from '../../src/ids.js';

/**
 * Rows of other features (outlets, programs, sessions, members, consents, partners, agreements),
 * written straight into their tables so these suites depend only on the documented columns.
 */
const NOW = '2026-09-01T00:00:00.000Z';
const meta = { created_at: NOW, updated_at: NOW, revision: 1 };

export async function addOutlet(
  db: Db,
  org: string,
  code: string,
  extra: { timezone?: string; district?: string | null } = {},
): Promise<string> {
  const id = newId('out');
  await db
    .insertInto('outlets')
    .values({
      organization_id: org,
      id,
      code,
      name: `服务点 ${code}`,
      status: 'active',
      timezone: extra.timezone ?? 'Asia/Shanghai',
      district: extra.district === undefined ? '浦东新区' : extra.district,
      address: null,
      geo: null,
      services: '[]',
      opening_hours: '{}',
      partner_ids: '[]',
      ...meta,
    })
    .execute();
  return id;
}

export async function addProgram(db: Db, org: string, code: string): Promise<string> {
  const id = newId('prg');
  const row = {
    organization_id: org,
    id,
    code,
    title: `Program ${code}`,
    kind: 'class',
    category: 'tai_chi',
    age_groups: '[]',
    intensity: 'light',
    theme: null,
    ...meta,
  };
  await db
    .insertInto('programs')
    .values(row as never)
    .execute();
  return id;
}

export async function addSessions(
  db: Db,
  org: string,
  outletId: string,
  programId: string,
  count: number,
  extra: { status?: string; externalPrefix?: string | null } = {},
): Promise<string[]> {
  const rows = Array.from({ length: count }, (_, i) => ({
    organization_id: org,
    id: newId('ses'),
    external_id:
      extra.externalPrefix === null ? null : `${extra.externalPrefix ?? 'S'}-${outletId.slice(-6)}-${i}`,
    outlet_id: outletId,
    zone_id: null,
    program_id: programId,
    coach_id: null,
    title: null,
    starts_at: '2026-09-05T00:00:00.000Z',
    ends_at: '2026-09-05T01:00:00.000Z',
    capacity: 30,
    waitlist_capacity: 5,
    status: extra.status ?? 'scheduled',
    series_key: null,
    ...meta,
  }));
  await insertMany(db, 'sessions', rows as never);
  return rows.map((r) => r.id);
}

export interface MemberSpec {
  birthYear?: number | null;
  ageGroup?: string | null;
  phone?: string | null;
}

export async function addMembers(db: Db, org: string, specs: MemberSpec[]): Promise<string[]> {
  const rows = specs.map((spec, i) => ({
    organization_id: org,
    id: newId('mem'),
    external_id: `M-${newId('mem').slice(-8)}-${i}`,
    display_name: `会员 ${i}`,
    birth_year: spec.birthYear ?? null,
    school_grade: null,
    age_group: spec.ageGroup === undefined ? 'adult' : spec.ageGroup,
    gender: null,
    phone: spec.phone === undefined ? '+86 138 0013 8000' : spec.phone,
    guardian: null,
    erased_at: null,
    ...meta,
  }));
  await insertMany(db, 'members', rows as never);
  return rows.map((r) => r.id);
}

export async function addConsent(
  db: Db,
  org: string,
  memberId: string,
  partnerId: string,
  grantedBy: 'self' | 'guardian',
  revokedAt: string | null = null,
): Promise<void> {
  await db
    .insertInto('consents')
    .values({
      organization_id: org,
      id: newId('cns'),
      member_id: memberId,
      partner_id: partnerId,
      purpose: 'participation_sharing',
      granted_by: grantedBy,
      granted_at: NOW,
      revoked_at: revokedAt,
    } as never)
    .execute();
}

/** A partner and (unless `scopes` is null) an agreement in force granting `scopes`. */
export async function addPartner(
  db: Db,
  org: string,
  code: string,
  scopes: string[] | null,
  agreement: { pseudonymize?: boolean; fields?: string[] | null } = {},
): Promise<string> {
  const id = newId('prt');
  await db
    .insertInto('partners')
    .values({
      organization_id: org,
      id,
      code,
      kind: 'clinic',
      name: `Partner ${code}`,
      outlet_ids: '[]',
      contacts: '[]',
      ...meta,
    } as never)
    .execute();
  if (scopes !== null) {
    await db
      .insertInto('data_sharing_agreements' as never)
      .values({
        organization_id: org,
        id: newId('dsa'),
        partner_id: id,
        scopes: JSON.stringify(scopes),
        requires_consent: 1,
        pseudonymize: agreement.pseudonymize === false ? 0 : 1,
        fields: agreement.fields ? JSON.stringify(agreement.fields) : null,
        valid_from: '2026-01-01',
        valid_to: null,
        revoked_at: null,
        created_at: NOW,
      } as never)
      .execute();
  }
  return id;
}

/** Check-ins inserted directly (bulk fixtures for export tests); `change_seq` 0 = before any event. */
export async function addCheckIns(
  db: Db,
  org: string,
  items: {
    sessionId: string;
    memberId: string;
    outletId: string;
    checkedInAt: string;
    durationMinutes?: number | null;
  }[],
): Promise<string[]> {
  const rows = items.map((item) => ({
    organization_id: org,
    id: newId('par'),
    external_id: null,
    session_id: item.sessionId,
    member_id: item.memberId,
    outlet_id: item.outletId,
    checked_in_at: item.checkedInAt,
    duration_minutes: item.durationMinutes === undefined ? 45 : item.durationMinutes,
    source: 'import',
    local_date: new Date(Date.parse(item.checkedInAt) + 8 * 3_600_000).toISOString().slice(0, 10),
    change_seq: 0,
    ...meta,
  }));
  await insertMany(db, 'participation', rows);
  return rows.map((r) => r.id);
}
