/**
 * `partners`, `members consents`, `sync clinic` and `sync school` as an operator runs them: the built CLI
 * (`packages/cli/bin/run.js`) as a child process against a real server. Needs the CLI and server builds.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateBundle } from '../../packages/cli/src/integrations/fhir/validate.js';
import { type RunningServer, startServer } from '../support/server.js';

/** A JSON document from the CLI or the API: its shape is what the assertions check. */
// biome-ignore lint/suspicious/noExplicitAny: documents are checked by the assertions, not by types
type Doc = any;

// SPORTHUB_E2E_CLI_BIN: run a copy of the build (when other builds rewrite packages/cli/dist meanwhile).
const CLI_BIN =
  process.env.SPORTHUB_E2E_CLI_BIN ??
  fileURLToPath(new URL('../../packages/cli/bin/run.js', import.meta.url));
const ROSTER = fileURLToPath(new URL('../../examples/data/oneroster', import.meta.url));

let server: RunningServer;
let work: string;

function sporthub(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SPORTHUB_CONFIG_DIR: path.join(work, 'config'),
    SPORTHUB_API_URL: server.baseUrl,
    SPORTHUB_TOKEN: server.token,
    CI: 'true',
  };
  delete env.SPORTHUB_PROFILE;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function json(args: string[], exit = 0) {
  const run = await sporthub([...args, '--json']);
  expect(run.code, run.stderr + run.stdout).toBe(exit);
  return JSON.parse(run.stdout) as { ok: boolean; result: Doc; warnings: string[]; error?: { code: string } };
}

async function api(method: string, url: string, body?: unknown): Promise<Doc> {
  const res = await fetch(`${server.baseUrl}${url}`, {
    method,
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(res.status, `${method} ${url}: ${res.status}`).toBeLessThan(300);
  return res.json();
}

beforeAll(async () => {
  if (!existsSync(CLI_BIN.replace('bin/run.js', 'dist/commands'))) throw new Error('Build the CLI first.');
  server = await startServer();
  work = await mkdtemp(path.join(tmpdir(), 'cli-integrations-'));
});
afterAll(() => server?.stop());

describe('partners and agreements', () => {
  it('create, get, list; agreements add, list, revoke', async () => {
    const created = await json([
      'partners',
      'create',
      '--code',
      'XH-CHC-01',
      '--kind',
      'clinic',
      '--name',
      '斜土社区卫生服务中心',
    ]);
    expect(created.result).toMatchObject({ code: 'XH-CHC-01', kind: 'clinic' });
    expect((await json(['partners', 'get', 'XH-CHC-01'])).result.id).toBe(created.result.id);
    expect(
      (await json(['partners', 'list', '--kind', 'clinic'])).result.data.map((p: Doc) => p.code),
    ).toEqual(['XH-CHC-01']);
    const dup = await json(
      ['partners', 'create', '--code', 'XH-CHC-01', '--kind', 'clinic', '--name', 'x'],
      6,
    );
    expect(dup.ok).toBe(false);

    const added = await json([
      'partners',
      'agreements',
      'add',
      'XH-CHC-01',
      '--scopes',
      'health:observations,referrals:import',
      '--no-requires-consent',
      '--no-pseudonymize',
      '--valid-from',
      '2026-01-01',
      '--valid-to',
      '2099-12-31',
    ]);
    expect(added.result).toMatchObject({
      scopes: ['health:observations', 'referrals:import'],
      requiresConsent: false,
      pseudonymize: false,
      validTo: '2099-12-31',
    });
    const revoked = await json(['partners', 'agreements', 'revoke', 'XH-CHC-01', added.result.id]);
    expect(revoked.result.revokedAt).not.toBeNull();
    await json([
      'partners',
      'agreements',
      'add',
      'XH-CHC-01',
      '--scopes',
      'health:observations',
      '--scopes',
      'referrals:import',
      '--valid-from',
      '2026-01-01',
    ]);
    const active = await json(['partners', 'agreements', 'list', 'XH-CHC-01', '--active']);
    expect(active.result.data).toHaveLength(1);
    expect(active.result.data[0]).toMatchObject({ pseudonymize: true, requiresConsent: true });
    expect((await json(['partners', 'get', 'NOPE'], 5)).error?.code).toBe('not_found');
  });
});

describe('sync clinic', () => {
  it('shares only consented members, each measurement once, as a valid FHIR transaction; imports referrals once', async () => {
    const outlet = await api('POST', '/v1/outlets', { code: 'SH-PD-0001', name: '浦东世纪大道体育服务点' });
    const program = await api('POST', '/v1/programs', {
      code: 'P-WALK',
      title: '社区健步走',
      kind: 'event',
      category: 'walking',
      ageGroups: ['adult', 'senior'],
      intensity: 'moderate',
    });
    const consenting = await api('POST', '/v1/members', {
      externalId: 'WX-10086',
      displayName: '李阿姨',
      birthYear: 1958,
    });
    const silent = await api('POST', '/v1/members', {
      externalId: 'WX-10087',
      displayName: '张叔叔',
      birthYear: 1960,
    });
    const child = await api('POST', '/v1/members', {
      externalId: 'WX-20001',
      displayName: '小明',
      birthYear: 2017,
      guardian: { name: '王建国', phone: '13800000001' },
    });
    const clinic = (await json(['partners', 'get', 'XH-CHC-01'])).result;
    await json([
      'members',
      'consents',
      consenting.id,
      '--grant',
      '--partner',
      'XH-CHC-01',
      '--purpose',
      'health_data_sharing',
    ]);
    // A child's own consent is not enough (SPEC §6.7): a guardian's is needed.
    await api('POST', `/v1/members/${child.id}/consents`, {
      partnerId: clinic.id,
      purpose: 'health_data_sharing',
      grantedBy: 'guardian',
    }).catch(() => undefined);
    const measure = (memberId: string, type: string, value: unknown) =>
      api('POST', '/v1/health-measurements', {
        memberId,
        outletId: outlet.id,
        type,
        value,
        measuredAt: '2026-09-05T09:30:00+08:00',
        source: 'staff',
      });
    await measure(consenting.id, 'weight', 61.5);
    await measure(consenting.id, 'blood_pressure', { systolic: 128, diastolic: 82 });
    await measure(silent.id, 'steps', 8000);
    await measure(child.id, 'height', 131);

    const state = path.join(work, 'clinic-state.json');
    const out = path.join(work, 'bundle.json');
    const shareAudits = async (partnerId: string) =>
      (await api('GET', `/v1/audit?action=share&partnerId=${partnerId}&limit=500`)).data as Doc[];
    const auditBefore = (await shareAudits(clinic.id)).length;
    const first = await json(['sync', 'clinic', '--partner', 'XH-CHC-01', '--out', out, '--state', state]);
    expect(first.result.skipped.byReason).toEqual({ no_consent: 1 });
    expect(first.result.shared).toEqual({ members: 2, observations: 3, attendance: 0 });
    // Attendance needs participation:individual, which this clinic does not have yet.
    expect(first.result.attendanceNote).toMatch(/participation:individual/);
    // Every share call the server answered is in the audit log, with counts and no personal data.
    const audits = await shareAudits(clinic.id);
    expect(audits.length - auditBefore).toBe(first.result.audit.shareCalls);
    expect(audits.at(-1)).toMatchObject({ action: 'share', partnerId: clinic.id });
    expect(JSON.stringify(audits)).not.toMatch(/mem_|psn_|李阿姨/);
    const bundle = JSON.parse(await readFile(out, 'utf8'));
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'transaction' });
    expect(validateBundle(bundle)).toEqual([]);
    const fullUrls = new Set(bundle.entry.map((e: Doc) => e.fullUrl));
    for (const e of bundle.entry) {
      expect(e.fullUrl).toMatch(/^urn:uuid:/);
      expect(e.request.method).toBe('POST');
      if (e.resource.resourceType === 'Observation')
        expect(fullUrls.has(e.resource.subject.reference)).toBe(true);
    }
    const patients = bundle.entry.filter((e: Doc) => e.resource.resourceType === 'Patient');
    expect(
      patients.every((p: Doc) =>
        p.request.ifNoneExist.startsWith('identifier=urn:sporthub:pseudonym:XH-CHC-01|psn_'),
      ),
    ).toBe(true);
    expect(JSON.stringify(bundle)).not.toContain(consenting.id);
    expect(JSON.stringify(bundle)).not.toMatch(/mem_|李阿姨|WX-1008/);
    const codes = bundle.entry.flatMap((e: Doc) => e.resource.code?.coding?.map((c: Doc) => c.code) ?? []);
    expect(codes.sort()).toEqual(['29463-7', '8302-2', '85354-9']);
    /** The pseudonym of the patient whose observations include this LOINC code. */
    const refOf = (b: Doc, code: string) => {
      const obs = b.entry.find((e: Doc) => e.resource.code?.coding?.some((c: Doc) => c.code === code));
      const patient = b.entry.find((e: Doc) => e.fullUrl === obs?.resource.subject.reference);
      return patient?.resource.identifier[0].value as string | undefined;
    };
    const consentingRef = refOf(bundle, '29463-7');
    const childRef = refOf(bundle, '8302-2');
    expect(consentingRef).toMatch(/^psn_/);

    const second = await json(['sync', 'clinic', '--partner', 'XH-CHC-01', '--out', out, '--state', state]);
    expect(second.result.shared).toEqual({ members: 0, observations: 0, attendance: 0 });
    // Grip strength has no verified LOINC code: skipped and counted, never sent; weight goes out.
    await measure(consenting.id, 'grip_strength', 27);
    await measure(consenting.id, 'weight', 61.2);
    const collection = await json([
      'sync',
      'clinic',
      '--partner',
      'XH-CHC-01',
      '--out',
      out,
      '--state',
      state,
      '--bundle-type',
      'collection',
    ]);
    expect(collection.result.shared.observations).toBe(1);
    expect(collection.result.skipped.byReason).toEqual({ no_loinc_code: 1 });
    expect(collection.warnings.join(' ')).toMatch(/1 grip_strength/);
    const third = JSON.parse(await readFile(out, 'utf8'));
    expect(third.type).toBe('collection');
    expect(validateBundle(third)).toEqual([]);
    expect(third.entry.every((e: Doc) => e.request === undefined)).toBe(true);
    expect(JSON.stringify(third)).not.toMatch(/83174|grip/);
    // The same member keeps the same pseudonym from run to run.
    expect(refOf(third, '29463-7')).toBe(consentingRef);

    // Revoking consent stops future shares.
    await json([
      'members',
      'consents',
      consenting.id,
      '--revoke',
      '--partner',
      'XH-CHC-01',
      '--purpose',
      'health_data_sharing',
    ]);
    await measure(consenting.id, 'weight', 61);
    const csv = path.join(work, 'share.csv');
    const afterRevoke = await json([
      'sync',
      'clinic',
      '--partner',
      'XH-CHC-01',
      '--format',
      'csv',
      '--out',
      csv,
      '--state',
      state,
    ]);
    expect(afterRevoke.result.shared.observations).toBe(0);
    expect(afterRevoke.result.skipped.byReason).toEqual({ no_consent: 1 });
    expect((await readFile(csv, 'utf8')).split('\r\n')[0]).toContain('patient_ref');

    const referrals = path.join(work, 'referrals.json');
    await writeFile(
      referrals,
      await readFile(fileURLToPath(new URL('../../examples/data/fhir/referrals.json', import.meta.url))),
    );
    const imported = await json([
      'sync',
      'clinic',
      '--partner',
      'XH-CHC-01',
      '--import',
      referrals,
      '--program',
      'P-WALK',
      '--state',
      state,
    ]);
    expect(imported.result.referrals.summary).toMatchObject({ created: 1, unchanged: 0, rejected: 0 });
    const again = await json([
      'sync',
      'clinic',
      '--partner',
      'XH-CHC-01',
      '--import',
      referrals,
      '--program',
      'P-WALK',
      '--state',
      state,
    ]);
    expect(again.result.referrals.summary).toMatchObject({ created: 0, unchanged: 1 });
    const enrollments = await api('GET', `/v1/enrollments?memberId=${consenting.id}&programId=${program.id}`);
    const cohort = (await api('GET', '/v1/groups?code=REFERRALS-XH-CHC-01')).data[0];
    expect(cohort).toMatchObject({
      kind: 'referral_cohort',
      partnerId: clinic.id,
      memberIds: [consenting.id],
    });
    expect(enrollments.data).toEqual([
      expect.objectContaining({ source: 'referral', referenceId: 'sr-2026-0001', groupId: cohort.id }),
    ]);

    // A referral naming the clinic's pseudonym of a patient: the server resolves it (audited as access).
    const byPseudonym = path.join(work, 'referrals-psn.json');
    await writeFile(
      byPseudonym,
      JSON.stringify({
        resourceType: 'ServiceRequest',
        id: 'sr-2026-0002',
        status: 'active',
        intent: 'order',
        subject: { identifier: { system: 'urn:sporthub:pseudonym:XH-CHC-01', value: childRef } },
      }),
    );
    const resolved = await json([
      'sync',
      'clinic',
      '--partner',
      'XH-CHC-01',
      '--import',
      byPseudonym,
      '--program',
      'P-WALK',
      '--state',
      state,
    ]);
    expect(resolved.result.referrals.outcomes).toEqual([
      expect.objectContaining({ referralId: 'sr-2026-0002', status: 'created', memberId: child.id }),
    ]);
  });

  it('reports attendance of referred members back as Procedures basedOn the ServiceRequest, consent-checked', async () => {
    const clinic = (await json(['partners', 'get', 'XH-CHC-01'])).result;
    await json([
      'partners',
      'agreements',
      'add',
      'XH-CHC-01',
      '--scopes',
      'participation:individual',
      '--valid-from',
      '2026-01-01',
    ]);
    const [referred] = (await api('GET', '/v1/members?externalId=WX-10086')).data;
    const [child] = (await api('GET', '/v1/members?externalId=WX-20001')).data;
    const [silent] = (await api('GET', '/v1/members?externalId=WX-10087')).data;
    const outlet = (await api('GET', '/v1/outlets?code=SH-PD-0001')).data[0];
    const program = (await api('GET', '/v1/programs?code=P-WALK')).data[0];
    // The referred adult consents to participation sharing; the referred child has no such consent.
    await api('POST', `/v1/members/${referred.id}/consents`, {
      partnerId: clinic.id,
      purpose: 'participation_sharing',
      grantedBy: 'self',
    });
    const session = await api('POST', '/v1/sessions', {
      externalId: 'WALK-1',
      outletId: outlet.id,
      programId: program.id,
      startsAt: '2026-09-12T08:00:00+08:00',
      endsAt: '2026-09-12T09:00:00+08:00',
      capacity: 20,
    });
    for (const m of [referred, child, silent]) {
      await api('POST', '/v1/participation', {
        sessionId: session.id,
        memberId: m.id,
        checkedInAt: '2026-09-12T08:02:00+08:00',
        durationMinutes: 50,
        source: 'staff',
      });
    }
    const state = path.join(work, 'clinic-state.json');
    const out = path.join(work, 'attendance.json');
    const run = await json(['sync', 'clinic', '--partner', 'XH-CHC-01', '--out', out, '--state', state]);
    expect(run.result.shared).toMatchObject({ observations: 0, attendance: 1 });
    // The child was referred too, but has no participation consent: withheld and counted.
    expect(run.result.skipped.byReason).toEqual({ no_consent: 1 });
    const bundle = JSON.parse(await readFile(out, 'utf8'));
    expect(validateBundle(bundle)).toEqual([]);
    const procedures = bundle.entry.filter((e: Doc) => e.resource.resourceType === 'Procedure');
    expect(procedures).toHaveLength(1);
    expect(procedures[0].resource).toMatchObject({
      status: 'completed',
      basedOn: [{ reference: 'ServiceRequest/sr-2026-0001' }],
      performedPeriod: { start: '2026-09-12T08:02:00+08:00', end: '2026-09-12T08:52:00+08:00' },
    });
    expect(JSON.stringify(bundle)).not.toMatch(/mem_/);
    // Chained: the next run reports nothing again.
    const next = await json(['sync', 'clinic', '--partner', 'XH-CHC-01', '--out', out, '--state', state]);
    expect(next.result.shared.attendance).toBe(0);

    // CSV fallback from scratch (a new state): attendance included; members without consent never appear.
    const csvState = path.join(work, 'clinic-csv-state.json');
    const csv = path.join(work, 'fallback.csv');
    await json([
      'sync',
      'clinic',
      '--partner',
      'XH-CHC-01',
      '--format',
      'csv',
      '--out',
      csv,
      '--state',
      csvState,
    ]);
    const rows = (await readFile(csv, 'utf8')).trimEnd().split('\r\n');
    const attendanceRows = rows.filter((r) => r.includes(',attendance,'));
    expect(attendanceRows).toHaveLength(1);
    expect(attendanceRows[0]).toContain(',50,min,sr-2026-0001,P-WALK');
    // The referred adult revoked health consent and the silent member never gave one: no measurement rows.
    const bundleRefs = new Set(rows.slice(1).map((r) => r.split(',')[0]));
    expect(bundleRefs.size).toBe(2); // the child (guardian consent, height) and the referred adult (attendance)
    expect(rows.filter((r) => r.includes(',weight,'))).toEqual([]);
    expect(rows.join('\n')).not.toMatch(/mem_|WX-1008/);
  });

  it('pseudonyms differ between two clinics for the same member', async () => {
    const one = (await json(['partners', 'get', 'XH-CHC-01'])).result;
    await json([
      'partners',
      'create',
      '--code',
      'PD-CHC-02',
      '--kind',
      'clinic',
      '--name',
      '浦东社区卫生服务中心',
    ]);
    await json([
      'partners',
      'agreements',
      'add',
      'PD-CHC-02',
      '--scopes',
      'health:observations',
      '--valid-from',
      '2026-01-01',
    ]);
    const two = (await json(['partners', 'get', 'PD-CHC-02'])).result;
    const [child] = (await api('GET', '/v1/members?externalId=WX-20001')).data;
    await api('POST', `/v1/members/${child.id}/consents`, {
      partnerId: two.id,
      purpose: 'health_data_sharing',
      grantedBy: 'guardian',
    });
    const refIn = async (partner: string) => {
      const file = path.join(work, `${partner}-psn.json`);
      await json([
        'sync',
        'clinic',
        '--partner',
        partner,
        '--out',
        file,
        '--state',
        path.join(work, `${partner}-fresh-state.json`),
      ]);
      const b = JSON.parse(await readFile(file, 'utf8'));
      const obs = b.entry.find((e: Doc) => e.resource.code?.coding?.some((c: Doc) => c.code === '8302-2'));
      return b.entry.find((e: Doc) => e.fullUrl === obs.resource.subject.reference).resource.identifier[0];
    };
    const atOne = await refIn(one.code);
    const atTwo = await refIn(two.code);
    expect(atOne.system).toBe('urn:sporthub:pseudonym:XH-CHC-01');
    expect(atTwo.system).toBe('urn:sporthub:pseudonym:PD-CHC-02');
    expect(atOne.value).toMatch(/^psn_/);
    expect(atTwo.value).toMatch(/^psn_/);
    expect(atOne.value).not.toBe(atTwo.value);
  });

  it('without a health:observations agreement: exit 65 agreement_required', async () => {
    await json(['partners', 'create', '--code', 'NO-AGR', '--kind', 'clinic', '--name', 'x']);
    const run = await json(['sync', 'clinic', '--partner', 'NO-AGR', '--out', path.join(work, 'x.json')], 65);
    expect(run.error?.code).toBe('agreement_required');
  });
});

describe('sync school', () => {
  it('imports the sample roster; re-import changes nothing; bad rows exit 68 with file:line', async () => {
    await json(['partners', 'create', '--code', 'PD-SCH-0007', '--kind', 'school', '--name', '明珠小学']);
    await json([
      'partners',
      'agreements',
      'add',
      'PD-SCH-0007',
      '--scopes',
      'roster:import,participation:individual',
      '--valid-from',
      '2026-01-01',
    ]);
    const state = path.join(work, 'school-state.json');
    const first = await json([
      'sync',
      'school',
      '--partner',
      'PD-SCH-0007',
      '--import',
      ROSTER,
      '--state',
      state,
    ]);
    expect(first.result.summary).toEqual({ created: 5, updated: 0, unchanged: 0, rejected: 0 });
    expect(first.result.guardiansLinked).toBe(3);
    const members = await api('GET', '/v1/members?externalId=stu-1001');
    expect(members.data[0]).toMatchObject({
      displayName: '王小明',
      schoolGrade: 4,
      guardian: { name: '王建国', phone: '13800000001' },
    });
    expect((await api('GET', '/v1/members?externalId=par-2001')).data).toEqual([]);
    const groups = await api('GET', '/v1/groups?kind=school_class');
    expect(groups.data.map((g: Doc) => [g.code, g.memberIds.length])).toEqual(
      expect.arrayContaining([
        ['MZ-2026-4-1', 2],
        ['MZ-2026-4-2', 1],
      ]),
    );
    const second = await json([
      'sync',
      'school',
      '--partner',
      'PD-SCH-0007',
      '--import',
      ROSTER,
      '--state',
      state,
    ]);
    expect(second.result.summary).toEqual({ created: 0, updated: 0, unchanged: 5, rejected: 0 });

    const bad = path.join(work, 'bad-roster');
    const { cp } = await import('node:fs/promises');
    await cp(ROSTER, bad, { recursive: true });
    const users = await readFile(path.join(bad, 'users.csv'), 'utf8');
    await writeFile(
      path.join(bad, 'users.csv'),
      `${users},,,true,org-mz,student,,,A,B,,,,,,,04,,\nstu-9,,,true,org-404,student,,,C,D,,,,,,,04,,\n`,
    );
    const partial = await json(
      ['sync', 'school', '--partner', 'PD-SCH-0007', '--import', bad, '--state', state],
      68,
    );
    expect(partial.result.errors.map((e: Doc) => `${e.file}:${e.line} ${e.code}`)).toEqual([
      'users.csv:9 missing_sourced_id',
      'users.csv:10 unknown_reference',
    ]);
    expect(partial.result.summary.unchanged).toBe(5);
    const refused = await json(
      ['sync', 'school', '--partner', 'PD-SCH-0007', '--import', bad, '--max-errors', '1'],
      65,
    );
    expect(refused.error?.code).toBe('rows_rejected');

    await writeFile(path.join(bad, 'classes.csv'), 'title,sourcedId\n');
    const badHeader = await json(['sync', 'school', '--partner', 'PD-SCH-0007', '--import', bad], 65);
    expect(badHeader.error?.code).toBe('invalid_roster');
  });

  it('exports PE participation through the audited share: consented students only, pseudonymised', async () => {
    const school = (await json(['partners', 'get', 'PD-SCH-0007'])).result;
    const student = async (sourcedId: string) =>
      (await api('GET', `/v1/members?externalId=${sourcedId}`)).data[0];
    const [a, b, c] = [await student('stu-1001'), await student('stu-1002'), await student('stu-1003')];
    for (const m of [a, c]) {
      await api('POST', `/v1/members/${m.id}/consents`, {
        partnerId: school.id,
        purpose: 'participation_sharing',
        grantedBy: 'guardian',
      });
    }
    await api('POST', `/v1/members/${c.id}/consents:revoke`, {
      partnerId: school.id,
      purpose: 'participation_sharing',
    });
    const outlet = (await api('GET', '/v1/outlets?code=SH-PD-0001')).data[0];
    const program = await api('POST', '/v1/programs', {
      code: 'P-PE-BB',
      title: '少儿篮球',
      kind: 'class',
      category: 'basketball',
      ageGroups: ['child'],
      intensity: 'moderate',
    });
    const session = await api('POST', '/v1/sessions', {
      externalId: 'PE-1',
      outletId: outlet.id,
      programId: program.id,
      startsAt: '2026-09-15T16:00:00+08:00',
      endsAt: '2026-09-15T17:00:00+08:00',
      capacity: 30,
    });
    for (const m of [a, b, c]) {
      await api('POST', '/v1/participation', {
        sessionId: session.id,
        memberId: m.id,
        checkedInAt: '2026-09-15T16:00:00+08:00',
        durationMinutes: 45,
        source: 'staff',
      });
    }
    const before = (await api('GET', `/v1/audit?action=share&partnerId=${school.id}&limit=500`)).data.length;
    const file = path.join(work, 'pe.csv');
    const run = await json([
      'sync',
      'school',
      '--partner',
      'PD-SCH-0007',
      '--export',
      file,
      '--from',
      '2026-09-01',
      '--to',
      '2026-09-30',
    ]);
    expect(run.result.export).toMatchObject({ students: 1, withoutConsent: 2 });
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'student_ref,student_sourced_id,class_codes,participations,total_minutes,first_checked_in_at,last_checked_in_at',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^psn_[A-Za-z0-9_-]{26},,MZ-2026-4-1,1,45,2026-09-15T16:00:00\+08:00,/);
    expect(lines.join('\n')).not.toMatch(/mem_|stu-100|王|13800000001/);
    const after = (await api('GET', `/v1/audit?action=share&partnerId=${school.id}&limit=500`)).data;
    expect(after.length - before).toBe(run.result.export.audit.shareCalls);
    expect(after.at(-1).detail).toMatchObject({
      share: 'student_participation',
      purpose: 'participation_sharing',
    });
  });
});
