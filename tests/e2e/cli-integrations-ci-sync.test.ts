/**
 * examples/ci-sync/sync.sh, the nightly CI job, run twice against a real server with the sample OneRoster
 * roster and health measurements: the first run shares, imports and exports; the second shares nothing
 * new, changes nothing, and exports no row again. Needs the CLI and server builds.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
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
const SYNC_SH = fileURLToPath(new URL('../../examples/ci-sync/sync.sh', import.meta.url));
const ROSTER = fileURLToPath(new URL('../../examples/data/oneroster', import.meta.url));

let server: RunningServer;
let work: string;

async function api(method: string, url: string, body?: unknown): Promise<Doc> {
  const res = await fetch(`${server.baseUrl}${url}`, {
    method,
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(res.status, `${method} ${url}`).toBeLessThan(300);
  return res.json();
}

function runSync(outDir: string): Promise<{ code: number | null; stderr: string }> {
  const env = {
    ...process.env,
    SPORTHUB_API_URL: server.baseUrl,
    SPORTHUB_TOKEN: server.token,
    SPORTHUB_CONFIG_DIR: path.join(work, 'config'),
    SPORTHUB_BIN: `${process.execPath} ${CLI_BIN}`,
    SPORTHUB_CLINIC: 'XH-CHC-01',
    SPORTHUB_SCHOOL: 'PD-SCH-0007',
    SPORTHUB_ROSTER: ROSTER,
    SPORTHUB_STATE_DIR: path.join(work, 'cache', 'state'),
    SPORTHUB_OUT_DIR: outDir,
  };
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [SYNC_SH], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

async function result(outDir: string, step: string): Promise<Doc> {
  const name = (await readdir(outDir)).find((f) => f.startsWith(`${step}-`) && f.endsWith('Z.json'));
  if (!name) throw new Error(`no ${step} result in ${outDir}`);
  const envelope = JSON.parse(await readFile(path.join(outDir, name), 'utf8'));
  expect(envelope.ok, JSON.stringify(envelope.error)).toBe(true);
  return envelope.result;
}

beforeAll(async () => {
  server = await startServer();
  work = await mkdtemp(path.join(tmpdir(), 'ci-sync-'));
  const clinic = await api('POST', '/v1/partners', {
    code: 'XH-CHC-01',
    kind: 'clinic',
    name: '斜土社区卫生服务中心',
  });
  await api('POST', `/v1/partners/${clinic.id}/agreements`, {
    scopes: ['health:observations'],
    validFrom: '2026-01-01',
  });
  const school = await api('POST', '/v1/partners', { code: 'PD-SCH-0007', kind: 'school', name: '明珠小学' });
  await api('POST', `/v1/partners/${school.id}/agreements`, {
    scopes: ['roster:import', 'participation:individual'],
    validFrom: '2026-01-01',
  });
  const outlet = await api('POST', '/v1/outlets', { code: 'SH-PD-0001', name: '浦东世纪大道体育服务点' });
  const program = await api('POST', '/v1/programs', {
    code: 'P-TAICHI',
    title: '太极拳晨练',
    kind: 'class',
    category: 'tai_chi',
    ageGroups: ['senior'],
    intensity: 'light',
  });
  const session = await api('POST', '/v1/sessions', {
    externalId: 'S-1',
    outletId: outlet.id,
    programId: program.id,
    startsAt: '2026-09-05T08:00:00+08:00',
    endsAt: '2026-09-05T09:00:00+08:00',
    capacity: 20,
  });
  for (const [externalId, displayName, consent] of [
    ['WX-1', '李阿姨', true],
    ['WX-2', '张叔叔', false],
  ] as const) {
    const member = await api('POST', '/v1/members', { externalId, displayName, birthYear: 1958 });
    if (consent)
      await api('POST', `/v1/members/${member.id}/consents`, {
        partnerId: clinic.id,
        purpose: 'health_data_sharing',
        grantedBy: 'self',
      });
    for (const [type, value] of [
      ['weight', 60],
      ['blood_pressure', { systolic: 130, diastolic: 85 }],
      ['steps', 7000],
    ] as const) {
      await api('POST', '/v1/health-measurements', {
        memberId: member.id,
        outletId: outlet.id,
        type,
        value,
        measuredAt: '2026-09-05T09:30:00+08:00',
        source: 'staff',
      });
    }
    await api('POST', '/v1/participation', {
      sessionId: session.id,
      memberId: member.id,
      checkedInAt: '2026-09-05T08:01:00+08:00',
      durationMinutes: 55,
      source: 'staff',
    });
  }
});

afterAll(() => server?.stop());

describe('examples/ci-sync/sync.sh', () => {
  it('run twice: the second run shares nothing new, changes nothing, exports no row again', async () => {
    const night1 = path.join(work, 'out-1');
    const first = await runSync(night1);
    expect(first.code, first.stderr).toBe(0);
    const clinicNight1 = await result(night1, 'clinic');
    expect(clinicNight1.shared).toEqual({ members: 1, observations: 3, attendance: 0 });
    // The share went through the server, which audited it (one entry per share call).
    expect(clinicNight1.audit.shareCalls).toBeGreaterThan(0);
    expect((await result(night1, 'school')).summary).toEqual({
      created: 5,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
    expect((await result(night1, 'participation')).rows).toBe(2);

    const night2 = path.join(work, 'out-2');
    const second = await runSync(night2);
    expect(second.code, second.stderr).toBe(0);
    expect((await result(night2, 'clinic')).shared).toEqual({ members: 0, observations: 0, attendance: 0 });
    const bundle = (await readdir(night2)).find((f) => f.endsWith('.fhir.json')) as string;
    expect(JSON.parse(await readFile(path.join(night2, bundle), 'utf8')).entry).toEqual([]);
    expect((await result(night2, 'school')).summary).toEqual({
      created: 0,
      updated: 0,
      unchanged: 5,
      rejected: 0,
    });
    expect((await result(night2, 'participation')).rows).toBe(0);
  });

  it('exits with the code of the failing step (unknown clinic partner: 5)', async () => {
    const env = { SPORTHUB_CLINIC: 'NOPE' };
    const night = path.join(work, 'out-fail');
    const run = await new Promise<{ code: number | null }>((resolve) => {
      const child = spawn('bash', [SYNC_SH], {
        env: {
          ...process.env,
          ...env,
          SPORTHUB_API_URL: server.baseUrl,
          SPORTHUB_TOKEN: server.token,
          SPORTHUB_CONFIG_DIR: path.join(work, 'config'),
          SPORTHUB_BIN: `${process.execPath} ${CLI_BIN}`,
          SPORTHUB_STATE_DIR: path.join(work, 'cache', 'state'),
          SPORTHUB_OUT_DIR: night,
        },
        stdio: 'ignore',
      });
      child.on('close', (code) => resolve({ code }));
    });
    expect(run.code).toBe(5);
  });
});
