import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/tenancy/tokens.js';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('data-sharing agreements on %s', (kind) => {
  let t: TestApp;
  let reader: string;
  let partnerId: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    reader = (
      await createToken(t.database.db, {
        organizationId: t.organizationId,
        name: 'r',
        scopes: ['partners:read'],
      })
    ).token;
    const partner = await call(t.app, 'POST', '/v1/partners', {
      token: t.tokens.admin,
      body: { code: 'PD-SCH-0007', kind: 'school', name: '明珠小学' },
    });
    partnerId = partner.body.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const url = () => `/v1/partners/${partnerId}/agreements`;

  it('creates with defaults, lists (active filter) and revokes, auditing each change', async () => {
    const open = await call(t.app, 'POST', url(), {
      token: t.tokens.admin,
      body: { scopes: ['participation:aggregate'], validFrom: '2020-01-01' },
    });
    expect(open.status).toBe(201);
    expect(open.body).toMatchObject({
      partnerId,
      scopes: ['participation:aggregate'],
      requiresConsent: true,
      pseudonymize: true,
      fields: null,
      validTo: null,
      revokedAt: null,
    });
    const ended = await call(t.app, 'POST', url(), {
      token: t.tokens.admin,
      body: {
        scopes: ['participation:individual'],
        requiresConsent: false,
        pseudonymize: false,
        fields: ['participation_id', 'member_ref'],
        validFrom: '2020-01-01',
        validTo: '2020-12-31',
      },
    });
    expect(ended.body).toMatchObject({ requiresConsent: false, pseudonymize: false, validTo: '2020-12-31' });

    // The columns other features read (participation export) hold exactly these values.
    const row = await t.database.db
      .selectFrom('data_sharing_agreements')
      .selectAll()
      .where('organization_id', '=', t.organizationId)
      .where('id', '=', ended.body.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      partner_id: partnerId,
      scopes: '["participation:individual"]',
      requires_consent: 0,
      pseudonymize: 0,
      fields: '["participation_id","member_ref"]',
      valid_from: '2020-01-01',
      valid_to: '2020-12-31',
      revoked_at: null,
    });

    const all = await call(t.app, 'GET', url(), { token: reader });
    expect(all.body.data.map((a: { id: string }) => a.id)).toEqual([open.body.id, ended.body.id]);
    const active = await call(t.app, 'GET', `${url()}?active=true`, { token: reader });
    expect(active.body.data.map((a: { id: string }) => a.id)).toEqual([open.body.id]);

    const revoke = `${url()}/${open.body.id}:revoke`;
    const revoked = await call(t.app, 'POST', revoke, { token: t.tokens.admin });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    const again = await call(t.app, 'POST', revoke, { token: t.tokens.admin });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(revoked.body);
    expect((await call(t.app, 'GET', `${url()}?active=true`, { token: reader })).body.data).toEqual([]);

    const audit = await call(t.app, 'GET', '/v1/audit?action=agreement_change', { token: t.tokens.admin });
    expect(audit.body.data.map((e: { detail: { agreementId: string; change: string } }) => e.detail)).toEqual(
      [
        expect.objectContaining({ agreementId: open.body.id, change: 'created' }),
        expect.objectContaining({ agreementId: ended.body.id, change: 'created' }),
        expect.objectContaining({ agreementId: open.body.id, change: 'revoked' }),
      ],
    );
    const types = await t.database.db
      .selectFrom('events')
      .select('type')
      .where('organization_id', '=', t.organizationId)
      .where('type', 'like', 'agreement.%')
      .orderBy('seq')
      .execute();
    expect(types.map((e) => e.type)).toEqual(['agreement.created', 'agreement.created', 'agreement.revoked']);
  });

  it('answers 422 for invalid bodies and 404 for unknown partners and agreements', async () => {
    const backwards = await call(t.app, 'POST', url(), {
      token: t.tokens.admin,
      body: { scopes: ['participation:aggregate'], validFrom: '2026-09-01', validTo: '2026-08-01' },
    });
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors[0].path).toBe('/validTo');
    const noScopes = await call(t.app, 'POST', url(), {
      token: t.tokens.admin,
      body: { scopes: [], validFrom: '2026-09-01' },
    });
    expect(noScopes.status).toBe(422);
    const unknownPartner = '/v1/partners/prt_01JD0Z8Q3W5XKJ5V7J9C2N4M6W/agreements';
    expect((await call(t.app, 'GET', unknownPartner, { token: reader })).status).toBe(404);
    expect(
      (
        await call(t.app, 'POST', unknownPartner, {
          token: t.tokens.admin,
          body: { scopes: ['roster:import'], validFrom: '2026-09-01' },
        })
      ).status,
    ).toBe(404);
    expect((await call(t.app, 'POST', `${url()}/dsa_nope:revoke`, { token: t.tokens.admin })).status).toBe(
      404,
    );
    expect(
      (await call(t.app, 'POST', `${url()}/dsa_01JD0Z8Q3W5XKJ5V7J9C2N4M6Z:revoke`, { token: t.tokens.admin }))
        .status,
    ).toBe(404);
  });

  it('checks scopes and tenants', async () => {
    const body = { scopes: ['participation:aggregate'], validFrom: '2026-09-01' };
    expect((await call(t.app, 'POST', url(), { token: reader, body })).status).toBe(403);
    expect((await call(t.app, 'POST', url(), { token: t.other.token, body })).status).toBe(404);
    const mine = await call(t.app, 'POST', url(), { token: t.tokens.admin, body });
    expect(
      (await call(t.app, 'POST', `${url()}/${mine.body.id}:revoke`, { token: t.other.token })).status,
    ).toBe(404);
  });
});
