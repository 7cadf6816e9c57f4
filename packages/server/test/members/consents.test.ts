import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { createMember, eventTypes, insertPartner, peopleTokens } from './helpers.js';

const year = new Date().getFullYear();

describe.each(DIALECTS)('member consents on %s', (kind) => {
  let t: TestApp;
  let tok: { read: string; write: string };
  let adult: string;
  let partner: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    tok = await peopleTokens(t);
    adult = await createMember(t, { displayName: '王秀英', birthYear: year - 66 });
    partner = await insertPartner(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const grant = (memberId: string, body: unknown, token = tok.write) =>
    call(t.app, 'POST', `/v1/members/${memberId}/consents`, { token, body });

  it('records a consent (201, consent.granted); the same active one again answers 200 unchanged', async () => {
    const first = await grant(adult, {
      partnerId: partner,
      purpose: 'health_data_sharing',
      grantedBy: 'self',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      memberId: adult,
      partnerId: partner,
      revokedAt: null,
      grantedBy: 'self',
    });
    const again = await grant(adult, {
      partnerId: partner,
      purpose: 'health_data_sharing',
      grantedBy: 'self',
    });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const platform = await grant(adult, { purpose: 'contact', grantedBy: 'self' });
    expect(platform.status).toBe(201);
    expect(platform.body.partnerId).toBeNull();
    expect((await eventTypes(t)).filter((type) => type === 'consent.granted')).toHaveLength(2);
  });

  it('revokes, then lists it with revokedAt set (active filter too)', async () => {
    const revoked = await call(t.app, 'POST', `/v1/members/${adult}/consents:revoke`, {
      token: tok.write,
      body: { partnerId: partner, purpose: 'health_data_sharing' },
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    expect(await eventTypes(t)).toContain('consent.revoked');

    const all = await call(t.app, 'GET', `/v1/members/${adult}/consents`, { token: tok.read });
    expect(all.status).toBe(200);
    expect(all.body.data).toHaveLength(2);
    expect(all.body.data[0]).toMatchObject({ id: revoked.body.id, revokedAt: revoked.body.revokedAt });
    const active = await call(t.app, 'GET', `/v1/members/${adult}/consents?active=true`, { token: tok.read });
    expect(active.body.data.map((c: { purpose: string }) => c.purpose)).toEqual(['contact']);
    const inactive = await call(
      t.app,
      'GET',
      `/v1/members/${adult}/consents?active=false&purpose=health_data_sharing`,
      {
        token: tok.read,
      },
    );
    expect(inactive.body.data).toHaveLength(1);

    const none = await call(t.app, 'POST', `/v1/members/${adult}/consents:revoke`, {
      token: tok.write,
      body: { partnerId: partner, purpose: 'health_data_sharing' },
    });
    expect(none.status).toBe(404);
    // A new grant after revocation is a new consent (append-only).
    const regrant = await grant(adult, {
      partnerId: partner,
      purpose: 'health_data_sharing',
      grantedBy: 'self',
    });
    expect(regrant.status).toBe(201);
    expect(regrant.body.id).not.toBe(revoked.body.id);
  });

  it('requires a recorded guardian for an under-14 or a member of unknown age (422 guardian_required)', async () => {
    const child = await createMember(t, { displayName: '张子涵', birthYear: year - 10 });
    const bySelf = await grant(child, { purpose: 'participation_sharing', grantedBy: 'self' });
    expect(bySelf.status).toBe(422);
    expect(bySelf.body.code).toBe('guardian_required');
    const noGuardian = await grant(child, { purpose: 'participation_sharing', grantedBy: 'guardian' });
    expect(noGuardian.status).toBe(422);
    expect(noGuardian.body.code).toBe('guardian_required');

    await call(t.app, 'PATCH', `/v1/members/${child}`, {
      token: tok.write,
      body: { guardian: { name: '张伟', phone: '+86 138 0013 8000' } },
    });
    const ok = await grant(child, { purpose: 'participation_sharing', grantedBy: 'guardian' });
    expect(ok.status).toBe(201);
    expect(ok.body.grantedBy).toBe('guardian');

    const unknownAge = await createMember(t, { displayName: '无名' });
    expect((await grant(unknownAge, { purpose: 'contact', grantedBy: 'self' })).status).toBe(422);
  });

  it('answers 422 unknown_reference for an unknown, malformed or other tenant’s partner', async () => {
    const foreign = await insertPartner(t, t.other.organizationId);
    for (const partnerId of ['prt_01JD0Z8Q3W5XKJ5V7J9C2N4M5B', 'nope', foreign]) {
      const res = await grant(adult, { partnerId, purpose: 'contact', grantedBy: 'self' });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('unknown_reference');
      expect(res.body.errors[0].path).toBe('/partnerId');
    }
  });

  it('validates bodies and answers 404 for other tenants, 403 without the scope', async () => {
    expect((await grant(adult, { purpose: 'marketing', grantedBy: 'self' })).status).toBe(422);
    expect((await grant(adult, { purpose: 'contact', grantedBy: 'self' }, t.other.token)).status).toBe(404);
    const list = await call(t.app, 'GET', `/v1/members/${adult}/consents`, { token: t.other.token });
    expect(list.status).toBe(404);
    const revoke = await call(t.app, 'POST', `/v1/members/${adult}/consents:revoke`, {
      token: t.other.token,
      body: { purpose: 'contact' },
    });
    expect(revoke.status).toBe(404);
    expect((await grant(adult, { purpose: 'contact', grantedBy: 'self' }, tok.read)).status).toBe(403);
    const readList = await call(t.app, 'GET', `/v1/members/${adult}/consents`, { token: t.tokens.reader });
    expect(readList.status).toBe(403);
  });
});
