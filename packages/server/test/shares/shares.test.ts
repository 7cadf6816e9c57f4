import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

// Partner shares (routes/shares): agreement, consent at the moment of the call, pseudonyms, cursors, audit.
describe.each(DIALECTS)('partner shares on %s', (kind) => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const api = (method: string, url: string, body?: unknown) =>
    call(t.app, method, url, { token: t.tokens.admin, body });
  const create = async (url: string, body: unknown) => {
    const res = await api('POST', url, body);
    expect(res.status, res.raw.slice(0, 300)).toBeLessThan(300);
    return res.body.id as string;
  };
  const measure = (member: string, value: number) =>
    create('/v1/health-measurements', { memberId: member, outletId: ids.outlet, type: 'weight', value });
  const healthShare = (partner: string, after?: string, limit = 50) =>
    api(
      'GET',
      `/v1/partners/${partner}/shares/health-measurements?limit=${limit}${after ? `&after=${after}` : ''}`,
    );
  /** Chains pages until caught up; returns every record and the final cursor. */
  const drain = async (partner: string, after: string | undefined, limit: number) => {
    const data: { id: string; memberRef: string }[] = [];
    let cursor = after;
    for (;;) {
      const res = await healthShare(partner, cursor, limit);
      expect(res.status, res.raw.slice(0, 300)).toBe(200);
      data.push(...res.body.data);
      cursor = res.body.nextCursor;
      if (!res.body.hasMore) return { data, cursor: cursor as string };
    }
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    ids.outlet = await create('/v1/outlets', { code: 'SH-PD-0001', name: '浦东服务点' });
    ids.clinic = await create('/v1/partners', { code: 'CLINIC-1', kind: 'clinic', name: '社区医院' });
    ids.clinic2 = await create('/v1/partners', { code: 'CLINIC-2', kind: 'clinic', name: '另一医院' });
    ids.noAgreement = await create('/v1/partners', { code: 'CLINIC-3', kind: 'clinic', name: '无协议' });
    for (const partner of [ids.clinic, ids.clinic2]) {
      await create(`/v1/partners/${partner}/agreements`, {
        scopes: ['health:observations', 'participation:individual'],
        validFrom: '2026-01-01',
      });
    }
    const member = (externalId: string, birthYear: number | null) =>
      create('/v1/members', {
        externalId,
        displayName: `会员 ${externalId}`,
        phone: '+86 139 0000 1111',
        guardian: { name: '监护人', phone: '+86 139 0000 2222' },
        ...(birthYear === null ? {} : { birthYear }),
      });
    ids.adult = await member('A-1', 1960);
    ids.noConsent = await member('A-2', 1970);
    ids.revoked = await member('A-3', 1975);
    ids.child = await member('C-1', 1990); // consents as an adult, then turns out to be a child
    ids.childGuardian = await member('C-2', 2017);
    const consent = (m: string, partner: string, grantedBy: string) =>
      api('POST', `/v1/members/${m}/consents`, {
        partnerId: partner,
        purpose: 'health_data_sharing',
        grantedBy,
      });
    await consent(ids.adult, ids.clinic, 'self');
    await consent(ids.adult, ids.clinic2, 'self');
    await consent(ids.revoked, ids.clinic, 'self');
    await consent(ids.child, ids.clinic, 'self');
    // Corrected birth year: now under 14, so their own consent no longer suffices (checked at each share).
    expect((await api('PATCH', `/v1/members/${ids.child}`, { birthYear: 2018 })).status).toBe(200);
    await consent(ids.childGuardian, ids.clinic, 'guardian');
    // Participation consent does not cover health data.
    await api('POST', `/v1/members/${ids.noConsent}/consents`, {
      partnerId: ids.clinic,
      purpose: 'participation_sharing',
      grantedBy: 'self',
    });
    await api('POST', `/v1/members/${ids.revoked}/consents:revoke`, {
      partnerId: ids.clinic,
      purpose: 'health_data_sharing',
    });
    for (const m of [ids.adult, ids.noConsent, ids.revoked, ids.child, ids.childGuardian]) {
      await measure(m as string, 60);
    }
  });
  afterAll(() => t.close());

  it('needs the partner (404) and an agreement granting health:observations (422)', async () => {
    expect((await healthShare('prt_00000000000000000000000000')).status).toBe(404);
    const refused = await healthShare(ids.noAgreement as string);
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].code).toBe('agreement_required');
    expect(
      (
        await call(t.app, 'GET', `/v1/partners/${ids.clinic}/shares/health-measurements`, {
          token: t.other.token,
        })
      ).status,
    ).toBe(404);
  });

  it('returns only members with valid consent, as per-partner pseudonyms, and counts the rest', async () => {
    const res = await healthShare(ids.clinic as string);
    expect(res.status).toBe(200);
    expect(res.raw).not.toMatch(/mem_|\+86|会员/);
    expect(res.body.data).toHaveLength(2);
    expect(res.body.withheld).toEqual({ noConsent: 2, guardianConsentRequired: 1, erased: 0 });
    for (const m of res.body.data) expect(m.memberRef).toMatch(/^psn_[A-Za-z0-9_-]{26}$/);
    // Stable across calls, different between partners.
    const again = await healthShare(ids.clinic as string);
    expect(again.body.data.map((m: { memberRef: string }) => m.memberRef)).toEqual(
      res.body.data.map((m: { memberRef: string }) => m.memberRef),
    );
    const other = await healthShare(ids.clinic2 as string);
    expect(other.body.data).toHaveLength(1);
    const refsAtClinic = new Set(res.body.data.map((m: { memberRef: string }) => m.memberRef));
    expect(refsAtClinic.has(other.body.data[0].memberRef)).toBe(false);
  });

  it('uses the same pseudonyms as the participation export for the partner', async () => {
    const session = await create('/v1/sessions', {
      externalId: 'S-1',
      outletId: ids.outlet,
      programId: await create('/v1/programs', {
        code: 'P-WALK',
        title: '健步走',
        kind: 'class',
        category: 'walking',
        ageGroups: ['senior'],
        intensity: 'light',
      }),
      startsAt: '2026-09-05T08:00:00+08:00',
      endsAt: '2026-09-05T09:00:00+08:00',
      capacity: 10,
    });
    await api('POST', `/v1/members/${ids.adult}/consents`, {
      partnerId: ids.clinic,
      purpose: 'participation_sharing',
      grantedBy: 'self',
    });
    await create('/v1/participation', { sessionId: session, memberId: ids.adult });
    const exported = await t.app.inject({
      method: 'GET',
      url: `/v1/participation:export?format=ndjson&partnerId=${ids.clinic}`,
      headers: { authorization: `Bearer ${t.tokens.admin}` },
    });
    const row = JSON.parse(exported.body.split('\n')[0] as string);
    const shared = await healthShare(ids.clinic as string);
    expect(shared.body.data.map((m: { memberRef: string }) => m.memberRef)).toContain(row.member_ref);
  });

  it('chains pages and runs without missing or repeating a record, and audits every call', async () => {
    const first = await drain(ids.clinic as string, undefined, 1);
    expect(first.data).toHaveLength(2);
    const before = (await api('GET', `/v1/audit?action=share&partnerId=${ids.clinic}&limit=500`)).body.data
      .length;
    const fresh = [await measure(ids.adult as string, 61), await measure(ids.noConsent as string, 62)];
    await measure(ids.childGuardian as string, 63);
    fresh.push(await measure(ids.adult as string, 64));
    const second = await drain(ids.clinic as string, first.cursor, 2);
    // Consented members' new measurements, each once; nothing of the first run again.
    expect(second.data.map((m) => m.id).sort()).toHaveLength(3);
    expect(second.data.map((m) => m.id)).toEqual(expect.arrayContaining([fresh[0], fresh[2]]));
    expect(second.data.map((m) => m.id)).not.toContain(fresh[1]);
    expect(new Set([...first.data, ...second.data].map((m) => m.id)).size).toBe(5);
    const third = await drain(ids.clinic as string, second.cursor, 2);
    expect(third.data).toEqual([]);
    const audit = (await api('GET', `/v1/audit?action=share&partnerId=${ids.clinic}&limit=500`)).body.data;
    // Two pages for the second run (3 consented of 4 at limit 2 → 2 calls), one for the third.
    expect(audit.length - before).toBe(3);
    const last = audit.at(-1);
    expect(last.detail).toMatchObject({
      purpose: 'health_data_sharing',
      share: 'health_measurements',
      count: 0,
    });
    expect(JSON.stringify(audit)).not.toMatch(/mem_|psn_/);
  });

  it('stops sharing at the moment consent is revoked', async () => {
    const cursor = (await drain(ids.clinic as string, undefined, 50)).cursor;
    const m = await measure(ids.childGuardian as string, 70);
    await api('POST', `/v1/members/${ids.childGuardian}/consents:revoke`, {
      partnerId: ids.clinic,
      purpose: 'health_data_sharing',
    });
    const after = await drain(ids.clinic as string, cursor, 50);
    expect(after.data.map((x) => x.id)).not.toContain(m);
  });

  it('resolves pseudonyms of this partner only, and audits the access', async () => {
    const shared = await healthShare(ids.clinic2 as string);
    const ref = shared.body.data[0].memberRef as string;
    const mine = await api('POST', `/v1/partners/${ids.clinic2}/pseudonyms:resolve`, {
      pseudonyms: [ref, 'psn_unknown'],
    });
    expect(mine.body.data).toEqual([
      { pseudonym: ref, memberId: ids.adult },
      { pseudonym: 'psn_unknown', memberId: null },
    ]);
    const elsewhere = await api('POST', `/v1/partners/${ids.clinic}/pseudonyms:resolve`, {
      pseudonyms: [ref],
    });
    expect(elsewhere.body.data[0].memberId).toBeNull();
    const audit = (await api('GET', `/v1/audit?action=access&partnerId=${ids.clinic2}`)).body.data;
    expect(audit.at(-1)).toMatchObject({ memberCount: 1, detail: { resolved: 'pseudonyms', matched: 1 } });
  });

  it('reports attendance only to the referring clinic, consent-checked, chained without repeats', async () => {
    const program = await create('/v1/programs', {
      code: 'P-TAICHI',
      title: '太极拳',
      kind: 'class',
      category: 'tai_chi',
      ageGroups: ['adult', 'senior'],
      intensity: 'light',
    });
    const other = await create('/v1/programs', {
      code: 'P-YOGA',
      title: '瑜伽',
      kind: 'class',
      category: 'yoga',
      ageGroups: ['adult', 'senior'],
      intensity: 'light',
    });
    const cohort = await create('/v1/groups', {
      code: 'REFERRALS-CLINIC-1',
      name: '转介',
      kind: 'referral_cohort',
      partnerId: ids.clinic,
    });
    const referred = await create('/v1/members', {
      externalId: 'R-1',
      displayName: '转介甲',
      birthYear: 1955,
    });
    const unconsented = await create('/v1/members', {
      externalId: 'R-2',
      displayName: '转介乙',
      birthYear: 1956,
    });
    for (const [m, ref] of [
      [referred, 'sr-1'],
      [unconsented, 'sr-2'],
    ] as const) {
      await create('/v1/enrollments', {
        memberId: m,
        programId: program,
        groupId: cohort,
        source: 'referral',
        referenceId: ref,
      });
    }
    await api('POST', `/v1/members/${referred}/consents`, {
      partnerId: ids.clinic,
      purpose: 'participation_sharing',
      grantedBy: 'self',
    });
    const session = async (externalId: string, programId: string, startsAt: string) =>
      create('/v1/sessions', {
        externalId,
        outletId: ids.outlet,
        programId,
        startsAt,
        endsAt: startsAt.replace('T08', 'T09'),
        capacity: 10,
      });
    const attend = async (sessionId: string, memberId: string) =>
      create('/v1/participation', { sessionId, memberId, durationMinutes: 40 });
    const share = (partner: string, after?: string) =>
      api('GET', `/v1/partners/${partner}/shares/referral-attendance${after ? `?after=${after}` : ''}`);
    const s1 = await session('T-1', program, '2026-09-07T08:00:00+08:00');
    const firstVisit = await attend(s1, referred);
    await attend(s1, unconsented);
    // Another program: not what the clinic referred them to.
    await attend(await session('Y-1', other, '2026-09-07T08:00:00+08:00'), referred);
    const first = await share(ids.clinic as string);
    expect(first.body.data).toEqual([
      expect.objectContaining({
        id: firstVisit,
        referralId: 'sr-1',
        programCode: 'P-TAICHI',
        durationMinutes: 40,
      }),
    ]);
    expect(first.body.data[0].memberRef).toMatch(/^psn_/);
    expect(first.body.withheld).toEqual({ noConsent: 1, guardianConsentRequired: 0, erased: 0 });
    // The other clinic referred nobody: it gets nothing.
    expect((await share(ids.clinic2 as string)).body.data).toEqual([]);
    const secondVisit = await attend(await session('T-2', program, '2026-09-14T08:00:00+08:00'), referred);
    const second = await share(ids.clinic as string, first.body.nextCursor);
    expect(second.body.data.map((a: { id: string }) => a.id)).toEqual([secondVisit]);
    expect((await share(ids.clinic as string, second.body.nextCursor)).body.data).toEqual([]);
    expect((await share(ids.clinic as string, 'not-a-cursor')).status).toBe(422);
  });

  it('lists a school its consented students; identifiers only when the agreement allows them', async () => {
    const school = await create('/v1/partners', { code: 'SCH-1', kind: 'school', name: '明珠小学' });
    const pupil = (externalId: string) =>
      create('/v1/members', {
        externalId,
        displayName: `学生 ${externalId}`,
        birthYear: 2016,
        guardian: { name: '家长', phone: '+86 139 0000 3333' },
      });
    const [a, b] = [await pupil('stu-1'), await pupil('stu-2')];
    await create('/v1/groups', {
      code: 'G4-1',
      name: '四年级一班',
      kind: 'school_class',
      partnerId: school,
      memberIds: [a, b],
    });
    await api('POST', `/v1/members/${a}/consents`, {
      partnerId: school,
      purpose: 'participation_sharing',
      grantedBy: 'guardian',
    });
    const url = `/v1/partners/${school}/shares/student-participation?from=2026-09-01&to=2026-09-30`;
    expect((await api('GET', url)).status).toBe(422); // no agreement yet
    const agreement = await create(`/v1/partners/${school}/agreements`, {
      scopes: ['participation:individual'],
      validFrom: '2026-01-01',
    });
    const pseudonymous = await api('GET', url);
    expect(pseudonymous.body.data).toEqual([
      expect.objectContaining({ sourcedId: null, classCodes: ['G4-1'], participations: 0, totalMinutes: 0 }),
    ]);
    expect(pseudonymous.body.data[0].memberRef).toMatch(/^psn_/);
    expect(pseudonymous.body.withheld.noConsent).toBe(1);
    await api('POST', `/v1/partners/${school}/agreements/${agreement}:revoke`);
    await create(`/v1/partners/${school}/agreements`, {
      scopes: ['participation:individual'],
      pseudonymize: false,
      validFrom: '2026-01-01',
    });
    const identified = await api('GET', url);
    expect(identified.body.data).toEqual([expect.objectContaining({ memberRef: a, sourcedId: 'stu-1' })]);
    expect(identified.raw).not.toMatch(/\+86|学生/);
  });
});
