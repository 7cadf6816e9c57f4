import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import {
  createMember,
  eventTypes,
  insertBooking,
  insertParticipation,
  insertPartner,
  insertSession,
  peopleTokens,
} from './helpers.js';

const year = new Date().getFullYear();
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe.each(DIALECTS)('member erasure and personal data (PIPL) on %s', (kind) => {
  let t: TestApp;
  let tok: { read: string; write: string };
  beforeAll(async () => {
    t = await startTestApp(kind);
    tok = await peopleTokens(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function auditActions(): Promise<string[]> {
    const rows = await t.database.db
      .selectFrom('audit_entries')
      .select('action')
      .where('organization_id', '=', t.organizationId)
      .orderBy('id')
      .execute();
    return rows.map((row) => row.action);
  }

  it('erases: PII blanked, ageGroup and participation kept, consents revoked, groups left, future bookings cancelled', async () => {
    const id = await createMember(t, {
      externalId: 'E-1',
      displayName: '王秀英',
      birthYear: year - 66,
      gender: 'female',
      phone: '+86 139 1234 5678',
      guardian: { name: '王强', phone: '+86 138 0000 0000' },
    });
    const partner = await insertPartner(t);
    await call(t.app, 'POST', `/v1/members/${id}/consents`, {
      token: tok.write,
      body: { partnerId: partner, purpose: 'participation_sharing', grantedBy: 'self' },
    });
    const group = await call(t.app, 'POST', '/v1/groups', {
      token: tok.write,
      body: { code: 'WALK-1', name: '健步走', kind: 'interest_group', memberIds: [id] },
    });
    const past = await insertSession(t, inDays(-3));
    const future = await insertSession(t, inDays(3));
    const p1 = await insertParticipation(t, past, id);
    const pastBooking = await insertBooking(t, past, id);
    const futureBooking = await insertBooking(t, future, id);

    const before = await call(t.app, 'GET', `/v1/members/${id}:personalData`, { token: tok.read });
    expect(before.status).toBe(200);
    expect(before.body.participation).toEqual({ count: 1, ids: [p1] });
    expect(before.body.groupIds).toEqual([group.body.id]);

    const erased = await call(t.app, 'POST', `/v1/members/${id}:erase`, { token: tok.write });
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({
      id,
      externalId: null,
      displayName: '',
      birthYear: null,
      schoolGrade: null,
      gender: null,
      phone: null,
      guardian: null,
      ageGroup: 'senior',
      revision: 2,
    });
    expect(erased.body.erasedAt).toEqual(expect.any(String));
    expect(erased.headers.etag).toBe('"2"');

    const after = await call(t.app, 'GET', `/v1/members/${id}:personalData`, { token: tok.read });
    expect(after.body.member).toEqual(erased.body);
    expect(after.body.participation).toEqual({ count: 1, ids: [p1] });
    expect(after.body.consents.every((c: { revokedAt: string | null }) => c.revokedAt !== null)).toBe(true);
    expect(after.body.groupIds).toEqual([]);
    expect(after.raw).not.toContain('139 1234 5678');
    expect(after.raw).not.toContain('王秀英');

    const groupNow = await call(t.app, 'GET', `/v1/groups/${group.body.id}`, { token: tok.read });
    expect(groupNow.body).toMatchObject({ memberIds: [], revision: 2 });

    const bookings = await t.database.db
      .selectFrom('bookings')
      .select(['id', 'status'])
      .where('organization_id', '=', t.organizationId)
      .execute();
    const statusOf = new Map(bookings.map((b) => [b.id, b.status]));
    expect(statusOf.get(futureBooking)).toBe('cancelled');
    expect(statusOf.get(pastBooking)).toBe('booked');
    const counters = await t.database.db
      .selectFrom('sessions')
      .select(['id', 'booked_count'])
      .where('organization_id', '=', t.organizationId)
      .execute();
    // The freed place is given back to the future session; the past one keeps its count.
    expect(new Map(counters.map((s) => [s.id, Number(s.booked_count)]))).toEqual(
      new Map([
        [past, 1],
        [future, 0],
      ]),
    );

    const types = await eventTypes(t);
    expect(types).toEqual(
      expect.arrayContaining([
        'member.updated',
        'member.erased',
        'consent.revoked',
        'group.updated',
        'booking.cancelled',
      ]),
    );
    expect(await auditActions()).toEqual(['consent_change', 'access', 'erase', 'access']);
  });

  it('erasing a member frees their places for the waitlist, as their own cancel would', async () => {
    const [a, b, c] = [
      await createMember(t, { externalId: 'W-A', displayName: '甲', birthYear: year - 40 }),
      await createMember(t, { externalId: 'W-B', displayName: '乙', birthYear: year - 41 }),
      await createMember(t, { externalId: 'W-C', displayName: '丙', birthYear: year - 42 }),
    ];
    const sessionId = await insertSession(t, inDays(5));
    await t.database.db
      .updateTable('sessions')
      .set({ capacity: 1, booked_count: 0 })
      .where('organization_id', '=', t.organizationId)
      .where('id', '=', sessionId)
      .execute();
    const book = async (memberId: string) =>
      (await call(t.app, 'POST', '/v1/bookings', { token: t.tokens.admin, body: { sessionId, memberId } }))
        .body as { id: string; status: string; position: number | null };
    const booked = await book(a);
    const first = await book(b);
    const second = await book(c);
    expect([booked.status, first.status, first.position, second.position]).toEqual([
      'booked',
      'waitlisted',
      1,
      2,
    ]);

    expect((await call(t.app, 'POST', `/v1/members/${a}:erase`, { token: tok.write })).status).toBe(200);
    const get = async (id: string) =>
      (await call(t.app, 'GET', `/v1/bookings/${id}`, { token: t.tokens.admin })).body as {
        status: string;
        position: number | null;
      };
    expect(await get(booked.id)).toMatchObject({ status: 'cancelled' });
    expect(await get(first.id)).toMatchObject({ status: 'booked', position: null });
    expect(await get(second.id)).toMatchObject({ status: 'waitlisted', position: 1 });
    const session = await call(t.app, 'GET', `/v1/sessions/${sessionId}`, { token: t.tokens.admin });
    expect(session.body).toMatchObject({ bookedCount: 1, waitlistedCount: 1 });
    expect((await eventTypes(t)).slice(-4)).toEqual([
      'member.erased',
      'booking.cancelled',
      'booking.promoted',
      'booking.updated',
    ]);
  });

  it('is idempotent: erasing again answers 200 unchanged, with no new event or audit entry', async () => {
    const id = await createMember(t, { displayName: '李四', birthYear: year - 40 });
    const first = await call(t.app, 'POST', `/v1/members/${id}:erase`, { token: tok.write });
    const events = (await eventTypes(t)).length;
    const audits = (await auditActions()).length;
    const second = await call(t.app, 'POST', `/v1/members/${id}:erase`, { token: tok.write });
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect((await eventTypes(t)).length).toBe(events);
    expect((await auditActions()).length).toBe(audits);

    const listed = await call(t.app, 'GET', '/v1/members?ageGroup=adult', { token: tok.read });
    expect(listed.body.data.find((m: { id: string }) => m.id === id)?.erasedAt).toEqual(first.body.erasedAt);
  });

  it('refuses changes to an erased member (409 member_erased)', async () => {
    const id = await createMember(t, { displayName: '赵六', birthYear: year - 40 });
    await call(t.app, 'POST', `/v1/members/${id}:erase`, { token: tok.write });
    const patch = await call(t.app, 'PATCH', `/v1/members/${id}`, {
      token: tok.write,
      body: { displayName: 'x' },
    });
    expect(patch.status).toBe(409);
    expect(patch.body.code).toBe('member_erased');
    const consent = await call(t.app, 'POST', `/v1/members/${id}/consents`, {
      token: tok.write,
      body: { purpose: 'contact', grantedBy: 'self' },
    });
    expect(consent.status).toBe(409);
  });

  it('answers personal data with empty sets for a fresh member', async () => {
    const id = await createMember(t, { displayName: '钱七', birthYear: year - 20 });
    const res = await call(t.app, 'GET', `/v1/members/${id}:personalData`, { token: tok.read });
    expect(res.body).toMatchObject({
      consents: [],
      groupIds: [],
      enrollments: [],
      bookings: { count: 0, ids: [] },
      healthMeasurements: { count: 0, ids: [] },
      feedback: { count: 0, ids: [] },
    });
  });

  it('answers 404 across tenants and for malformed ids, 403 without the scope', async () => {
    const id = await createMember(t, { displayName: '孙八' });
    const other = { token: t.other.token };
    expect((await call(t.app, 'POST', `/v1/members/${id}:erase`, other)).status).toBe(404);
    expect((await call(t.app, 'GET', `/v1/members/${id}:personalData`, other)).status).toBe(404);
    expect((await call(t.app, 'POST', '/v1/members/mem_bad:erase', { token: tok.write })).status).toBe(404);
    expect((await call(t.app, 'POST', `/v1/members/${id}:erase`, { token: tok.read })).status).toBe(403);
    const pd = await call(t.app, 'GET', `/v1/members/${id}:personalData`, { token: t.tokens.reader });
    expect(pd.status).toBe(403);
    const still = await call(t.app, 'GET', `/v1/members/${id}`, { token: tok.read });
    expect(still.body.erasedAt).toBeNull();
  });
});
