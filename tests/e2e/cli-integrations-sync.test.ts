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
    const first = await json(['sync', 'clinic', '--partner', 'XH-CHC-01', '--out', out, '--state', state]);
    expect(first.result.skipped.byReason).toEqual({ no_consent: 1 });
    expect(first.result.shared).toEqual({ members: 2, observations: 3 });
    const bundle = JSON.parse(await readFile(out, 'utf8'));
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'transaction' });
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
    const codes = bundle.entry.flatMap((e: Doc) => e.resource.code?.coding?.map((c: Doc) => c.code) ?? []);
    expect(codes.sort()).toEqual(['29463-7', '8302-2', '85354-9']);

    const second = await json(['sync', 'clinic', '--partner', 'XH-CHC-01', '--out', out, '--state', state]);
    expect(second.result.shared).toEqual({ members: 0, observations: 0 });
    await measure(consenting.id, 'grip_strength', 27);
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
    const third = JSON.parse(await readFile(out, 'utf8'));
    expect(third.type).toBe('collection');
    expect(third.entry.every((e: Doc) => e.request === undefined)).toBe(true);

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
    expect(enrollments.data).toEqual([
      expect.objectContaining({ source: 'referral', referenceId: 'sr-2026-0001' }),
    ]);
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
});
