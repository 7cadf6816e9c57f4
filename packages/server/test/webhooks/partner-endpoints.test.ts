import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookWorker, type WebhookWorker } from '../../src/webhooks/worker.js';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { type Receiver, startReceiver } from './receiver.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Webhooks to a partner's endpoint follow its agreement and each member's consent (SPEC §6.7).
describe.each(DIALECTS)('partner webhook endpoints on %s', (kind) => {
  let t: TestApp;
  let partnerHook: Receiver;
  let ownHook: Receiver;
  let worker: WebhookWorker;
  const ids: Record<string, string> = {};
  const startWorker = () =>
    startWebhookWorker({
      db: t.database.db,
      sandbox: true,
      pollMs: 50,
      retryDelaysMs: [200],
      retentionEveryMs: 0,
    });
  const api = (method: string, url: string, body?: unknown) =>
    call(t.app, method, url, { token: t.tokens.admin, body });
  const create = async (url: string, body: unknown) => {
    const res = await api('POST', url, body);
    expect(res.status, res.raw.slice(0, 300)).toBeLessThan(300);
    return res.body.id as string;
  };
  /** The endpoint's deliveries once none is pending and at least `count` exist. */
  const settled = async (endpointId: string, count: number) => {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const list = (await api('GET', `/v1/webhook-endpoints/${endpointId}/deliveries?limit=100`)).body
        .data as {
        status: string;
        eventType: string;
      }[];
      if (list.length >= count && list.every((d) => d.status !== 'pending')) return list;
      if (Date.now() > deadline) throw new Error(`deliveries not settled: ${JSON.stringify(list)}`);
      await sleep(50);
    }
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    (t.app as unknown as { sandbox: boolean }).sandbox = true;
    partnerHook = await startReceiver();
    ownHook = await startReceiver();
    worker = startWorker();
    ids.outlet = await create('/v1/outlets', { code: 'SH-PD-0001', name: '浦东服务点' });
    ids.program = await create('/v1/programs', {
      code: 'P-WALK',
      title: '健步走',
      kind: 'class',
      category: 'walking',
      ageGroups: ['adult', 'senior'],
      intensity: 'light',
    });
    ids.session = await create('/v1/sessions', {
      externalId: 'S-1',
      outletId: ids.outlet,
      programId: ids.program,
      startsAt: '2026-09-05T08:00:00+08:00',
      endsAt: '2026-09-05T09:00:00+08:00',
      capacity: 20,
    });
    ids.clinic = await create('/v1/partners', { code: 'CLINIC-1', kind: 'clinic', name: '社区医院' });
    await create(`/v1/partners/${ids.clinic}/agreements`, {
      scopes: ['participation:individual'],
      validFrom: '2026-01-01',
    });
    const member = (externalId: string) =>
      create('/v1/members', {
        externalId,
        displayName: `会员 ${externalId}`,
        birthYear: 1960,
        phone: '+86 139 0000 1111',
      });
    ids.consented = await member('M-1');
    ids.noConsent = await member('M-2');
    ids.revoked = await member('M-3');
    for (const m of [ids.consented, ids.revoked]) {
      await create(`/v1/members/${m}/consents`, {
        partnerId: ids.clinic,
        purpose: 'participation_sharing',
        grantedBy: 'self',
      });
    }
    await api('POST', `/v1/members/${ids.revoked}/consents:revoke`, {
      partnerId: ids.clinic,
      purpose: 'participation_sharing',
    });
    // Endpoints after the setup: only the events below are delivered.
    ids.partnerEndpoint = await create('/v1/webhook-endpoints', {
      url: partnerHook.url,
      events: ['participation.*', 'member.updated', 'outlet.*'],
      partnerId: ids.clinic,
    });
    ids.ownEndpoint = await create('/v1/webhook-endpoints', {
      url: ownHook.url,
      events: ['participation.*', 'member.updated', 'outlet.*'],
    });
    for (const m of [ids.consented, ids.noConsent, ids.revoked]) {
      await create('/v1/participation', { sessionId: ids.session, memberId: m });
      await api('PATCH', `/v1/members/${m}`, { gender: 'female' });
    }
    await api('PATCH', `/v1/outlets/${ids.outlet}`, { name: '浦东服务点（新）' });
  });
  afterAll(async () => {
    await worker?.stop();
    await partnerHook?.close();
    await ownHook?.close();
    await t?.close();
  });

  it('sends a partner only consented members, pseudonymised, without phone or name', async () => {
    const deliveries = await settled(ids.partnerEndpoint as string, 7);
    const sent = partnerHook.received.map((r) => JSON.parse(r.body));
    expect(sent.map((e) => e.type).sort()).toEqual([
      'member.updated',
      'outlet.updated',
      'participation.recorded',
    ]);
    const raw = partnerHook.received.map((r) => r.body).join('\n');
    expect(raw).not.toMatch(/mem_|\+86|会员|M-1/);
    const participation = sent.find((e) => e.type === 'participation.recorded');
    const member = sent.find((e) => e.type === 'member.updated');
    expect(participation.data.memberRef).toMatch(/^psn_/);
    expect(participation.data.memberId).toBeUndefined();
    expect(member.data).toEqual({
      memberRef: participation.data.memberRef,
      ageGroup: 'senior',
      gender: 'female',
      erasedAt: null,
    });
    // Events about members without (or with revoked) consent are withheld, never sent or retried.
    expect(deliveries.filter((d) => d.status === 'withheld')).toHaveLength(4);
    expect(deliveries.filter((d) => d.status === 'succeeded')).toHaveLength(3);
  });

  it("keeps the organization's own endpoints unchanged", async () => {
    await settled(ids.ownEndpoint as string, 7);
    const sent = ownHook.received.map((r) => JSON.parse(r.body));
    expect(
      sent
        .filter((e) => e.type === 'participation.recorded')
        .map((e) => e.data.memberId)
        .sort(),
    ).toEqual([ids.consented, ids.noConsent, ids.revoked].sort());
  });

  it('audits each delivery of personal data to the partner', async () => {
    await settled(ids.partnerEndpoint as string, 7);
    const audit = (await api('GET', `/v1/audit?action=share&partnerId=${ids.clinic}&limit=100`)).body.data;
    const webhookShares = audit.filter((a: { detail: { share?: string } }) => a.detail.share === 'webhook');
    // Two personal payloads went out (participation, member); the outlet event carries no personal data.
    expect(webhookShares).toHaveLength(2);
    for (const entry of webhookShares) {
      expect(entry.actor).toBe(ids.partnerEndpoint);
      expect(entry.memberCount).toBe(1);
      expect(entry.detail.endpointId).toBe(ids.partnerEndpoint);
    }
    expect(JSON.stringify(webhookShares)).not.toMatch(/mem_|psn_/);
  });

  it('re-checks consent at each attempt: a retry after the revocation is withheld', async () => {
    const late = await create('/v1/members', { externalId: 'M-4', displayName: '会员 M-4', birthYear: 1962 });
    await create(`/v1/members/${late}/consents`, {
      partnerId: ids.clinic,
      purpose: 'participation_sharing',
      grantedBy: 'self',
    });
    const received = partnerHook.received.length;
    partnerHook.answers.push(500); // the first attempt fails and is retried
    const before = (await api('GET', `/v1/webhook-endpoints/${ids.partnerEndpoint}/deliveries?limit=100`))
      .body.data.length;
    await create('/v1/participation', { sessionId: ids.session, memberId: late });
    await partnerHook.waitFor(received + 1, 10_000);
    // The worker pauses (finishing the attempt in flight) so the revocation surely precedes the retry.
    await worker.stop();
    await api('POST', `/v1/members/${late}/consents:revoke`, {
      partnerId: ids.clinic,
      purpose: 'participation_sharing',
    });
    worker = startWorker();
    const deliveries = await settled(ids.partnerEndpoint as string, before + 2);
    const attempts = deliveries.slice(0, deliveries.length - before);
    expect(attempts.map((d) => d.status).sort()).toEqual(['failed', 'withheld']);
    expect(partnerHook.received.length).toBe(received + 1);
  });

  it('tells the partner when a consent to it is revoked (its own consents only), by the same pseudonym', async () => {
    const hook = await startReceiver();
    try {
      const endpoint = await create('/v1/webhook-endpoints', {
        url: hook.url,
        events: ['consent.*'],
        partnerId: ids.clinic,
      });
      const school = await create('/v1/partners', { code: 'SCH-8', kind: 'school', name: '某学校' });
      const m = await create('/v1/members', { externalId: 'M-6', displayName: '会员 M-6', birthYear: 1963 });
      const grant = (partnerId: string) =>
        create(`/v1/members/${m}/consents`, {
          partnerId,
          purpose: 'participation_sharing',
          grantedBy: 'self',
        });
      const revoke = (partnerId: string) =>
        api('POST', `/v1/members/${m}/consents:revoke`, { partnerId, purpose: 'participation_sharing' });
      // The grant is delivered while it holds (consent is checked at each attempt), then revoked.
      await grant(ids.clinic as string);
      await settled(endpoint, 1);
      await revoke(ids.clinic as string);
      await grant(school);
      await revoke(school);
      const deliveries = await settled(endpoint, 4);
      expect(deliveries.map((d) => `${d.eventType} ${d.status}`).sort()).toEqual([
        'consent.granted succeeded',
        'consent.granted withheld',
        'consent.revoked succeeded',
        'consent.revoked withheld',
      ]);
      const sent = hook.received.map((r) => JSON.parse(r.body));
      const granted = sent.find((e) => e.type === 'consent.granted');
      const revoked = sent.find((e) => e.type === 'consent.revoked');
      expect(revoked.data).toMatchObject({ partnerId: ids.clinic, memberRef: granted.data.memberRef });
      expect(revoked.data.revokedAt).toEqual(expect.any(String));
      expect(JSON.stringify(sent)).not.toMatch(/mem_|SCH-8|会员/);
    } finally {
      await hook.close();
    }
  });

  it("withholds the member's relations with others: other partners' consents and groups", async () => {
    const hook = await startReceiver();
    try {
      const endpoint = await create('/v1/webhook-endpoints', {
        url: hook.url,
        events: ['consent.*', 'group.*'],
        partnerId: ids.clinic,
      });
      const school = await create('/v1/partners', { code: 'SCH-9', kind: 'school', name: '另一学校' });
      const m = await create('/v1/members', { externalId: 'M-5', displayName: '会员 M-5', birthYear: 1961 });
      const grant = (partnerId: string) =>
        create(`/v1/members/${m}/consents`, {
          partnerId,
          purpose: 'participation_sharing',
          grantedBy: 'self',
        });
      await grant(ids.clinic as string);
      await grant(school);
      await create('/v1/groups', {
        code: 'SCH9-1',
        name: '他校班级',
        kind: 'school_class',
        partnerId: school,
        memberIds: [m],
      });
      await create('/v1/groups', {
        code: 'WALKERS',
        name: '健步走小组',
        kind: 'interest_group',
        memberIds: [m, ids.noConsent],
      });
      const deliveries = await settled(endpoint, 4);
      expect(deliveries.map((d) => `${d.eventType} ${d.status}`).sort()).toEqual([
        'consent.granted succeeded',
        'consent.granted withheld',
        'group.created succeeded',
        'group.created withheld',
      ]);
      const sent = hook.received.map((r) => JSON.parse(r.body));
      const consent = sent.find((e) => e.type === 'consent.granted');
      expect(consent.data.partnerId).toBe(ids.clinic);
      const group = sent.find((e) => e.type === 'group.created');
      // Only members who may be shared are listed, by pseudonym.
      expect(group.data.code).toBe('WALKERS');
      expect(group.data.memberRefs).toEqual([consent.data.memberRef]);
      expect(JSON.stringify(sent)).not.toMatch(/mem_|SCH-9|\+86/);
    } finally {
      await hook.close();
    }
  });
});
