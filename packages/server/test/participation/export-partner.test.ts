import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/ids.js';
import { organizationSecret, pseudonym } from '../../src/routes/participation/partner-share.js';
import { call, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { exportNdjson } from './export-support.js';
import {
  addCheckIns,
  addConsent,
  addMembers,
  addOutlet,
  addPartner,
  addProgram,
  addSessions,
} from './fixtures.js';

describe.each(DIALECTS)('participation export for a partner on %s', (kind) => {
  let t: TestApp;
  let clinic: string;
  let included: string[];
  let excluded: string[];

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.database.db;
    const org = t.organizationId;
    const outlet = await addOutlet(db, org, 'SH-PD-0001');
    const [session] = await addSessions(db, org, outlet, await addProgram(db, org, 'P-1'), 1);
    clinic = await addPartner(db, org, 'CLINIC-1', ['participation:individual'], {
      fields: [
        'participation_id',
        'session_id',
        'outlet_code',
        'program_code',
        'member_ref',
        'checked_in_at',
        'source',
        'age_group',
      ],
    });
    const [adult, adultNoConsent, adultRevoked, child, childGuardian, unknownAge, otherPartner] =
      (await addMembers(db, org, [
        { birthYear: 1960, ageGroup: 'senior', phone: '+86 139 1111 2222' },
        { birthYear: 1980 },
        { birthYear: 1985 },
        { birthYear: 2016, ageGroup: 'child' },
        { birthYear: 2015, ageGroup: 'child' },
        { birthYear: null, ageGroup: null },
        { birthYear: 1970 },
      ])) as [string, string, string, string, string, string, string];
    await addConsent(db, org, adult, clinic, 'self');
    await addConsent(db, org, adultRevoked, clinic, 'self', '2026-09-02T00:00:00.000Z');
    await addConsent(db, org, child, clinic, 'self'); // a minor's own consent is not enough
    await addConsent(db, org, childGuardian, clinic, 'guardian');
    await addConsent(db, org, unknownAge, clinic, 'self'); // unknown age counts as a minor
    await addConsent(db, org, otherPartner, newId('prt'), 'self');
    included = [adult, childGuardian];
    excluded = [adultNoConsent, adultRevoked, child, unknownAge, otherPartner];
    await addCheckIns(
      db,
      org,
      [...included, ...excluded].map((memberId) => ({
        sessionId: session as string,
        memberId,
        outletId: outlet,
        checkedInAt: '2026-09-05T00:00:00.000Z',
      })),
    );
  });
  afterAll(() => t.close());

  it('includes only consented members, pseudonymized, with no member id or phone', async () => {
    const out = await exportNdjson(t.app, t.tokens.admin, `&partnerId=${clinic}`);
    expect(out.trailer.count).toBe(2);
    expect(out.raw).not.toMatch(/mem_/);
    // The fixtures' phone numbers (+86 139 1111 2222, +86 138 0013 8000), in any spacing: a bare
    // /139|138/ also matched timestamps and pseudonyms now and then.
    expect(out.raw.replace(/[\s-]/g, '')).not.toMatch(/13911112222|13800138000/);
    for (const row of out.rows) expect(row.member_ref).toMatch(/^psn_[A-Za-z0-9_-]{26}$/);
    // Columns the agreement does not cover are null.
    expect(out.rows.every((r) => r.duration_minutes === null && r.session_external_id === null)).toBe(true);
    expect(out.rows.map((r) => r.age_group).sort()).toEqual(['child', 'senior']);
    const again = await exportNdjson(t.app, t.tokens.admin, `&partnerId=${clinic}`);
    expect(again.rows.map((r) => r.member_ref)).toEqual(out.rows.map((r) => r.member_ref));
    expect(new Set(out.rows.map((r) => r.member_ref)).size).toBe(2);
    // The rows are exactly the consented members' (pseudonyms recomputed with the organization's key).
    const secret = await organizationSecret(t.database.db, t.organizationId);
    const refs = (ids: string[]) => ids.map((id) => pseudonym(secret, clinic, id)).sort();
    expect(out.rows.map((r) => r.member_ref).sort()).toEqual(refs(included));
    expect(refs(excluded).some((ref) => out.raw.includes(ref))).toBe(false);
  });

  it('writes a share audit entry per partner export', async () => {
    const entries = await t.database.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('organization_id', '=', t.organizationId)
      .where('action', '=', 'share')
      .execute();
    expect(entries.length).toBeGreaterThanOrEqual(1);
    expect(entries[0]).toMatchObject({ partner_id: clinic });
    expect(JSON.parse(entries[0]?.detail ?? '{}')).toMatchObject({ export: 'participation' });
  });

  it('answers 422 without an agreement granting participation:individual', async () => {
    const aggregateOnly = await addPartner(t.database.db, t.organizationId, 'SCHOOL-1', [
      'participation:aggregate',
    ]);
    const none = await addPartner(t.database.db, t.organizationId, 'SENIOR-1', null);
    for (const partnerId of [aggregateOnly, none, 'prt_nope', newId('prt')]) {
      const res = await call(t.app, 'GET', `/v1/participation:export?partnerId=${partnerId}`, {
        token: t.tokens.admin,
      });
      expect(res.status, partnerId).toBe(422);
    }
    const otherOrg = await call(t.app, 'GET', `/v1/participation:export?partnerId=${clinic}`, {
      token: t.other.token,
    });
    expect(otherOrg.status).toBe(422);
  });

  it('keeps member ids when the agreement does not pseudonymize', async () => {
    const open = await addPartner(t.database.db, t.organizationId, 'GOV-1', ['participation:individual'], {
      pseudonymize: false,
    });
    await addConsent(t.database.db, t.organizationId, included[0] as string, open, 'self');
    const out = await exportNdjson(t.app, t.tokens.admin, `&partnerId=${open}`);
    expect(out.rows.map((r) => r.member_ref)).toEqual([included[0]]);
  });
});
