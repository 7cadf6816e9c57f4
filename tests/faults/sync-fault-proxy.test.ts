/**
 * SPEC §7 faults, §6.5, §6.6: `sporthub sync clinic` (share measurements as FHIR, import referrals) and
 * `sync school --import` (a OneRoster roster) through the fault proxy at 10% — resets before and after
 * the server answered, 503 and 429 with Retry-After, slow bodies, stalls cut after 1 s, each kind also
 * forced at least once in each first run — end exactly as the same commands do without faults.
 *
 * Two servers start from one database: the data is seeded once, the SQLite file copied, and each server
 * runs on its own copy, so both hold the same ids. The same commands (same pseudonym key) run directly
 * against one and through the proxy against the other, twice each (the second run finds nothing new).
 * Compared: exit codes, the `--json` documents, the FHIR bundles (fresh `urn:uuid`s and the bundle
 * timestamp aside), the sync state files (run times aside), and on the servers the members, groups,
 * enrolments and the change feed written by the syncs (no duplicate from a retried write).
 * SQLite only: what is under test is the CLI's and SDK's retrying, which no database choice changes.
 */

import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, api } from '../support/api.js';
import { assertCliBuilt, type CliRun, type CliTarget, sporthub } from '../support/cli.js';
import { type FaultKind, type FaultProxy, startFaultProxy } from '../support/fault-proxy.js';
import { killServer, restartServer } from '../support/restart.js';
import { type RunningServer, startServer } from '../support/server.js';

const ROSTER = fileURLToPath(new URL('../../examples/data/oneroster', import.meta.url));
const REFERRALS = fileURLToPath(new URL('../../examples/data/fhir/referrals.json', import.meta.url));
const RATE = 0.1;
const KINDS: FaultKind[] = [
  'reset-before',
  'reset-after',
  'unavailable',
  'rate-limited',
  'slow-body',
  'stall-reset',
];
const MEMBERS = 12;
const ENV = { SPORTHUB_RATE_LIMIT: '0' };
/** A fixed pseudonym key: both sides must name the same patients the same way. */

// biome-ignore lint/suspicious/noExplicitAny: documents are compared whole, not read through types
type Doc = any;

let dir: string;
let direct: RunningServer;
let copy: RunningServer;
let proxy: FaultProxy;
/** When the database was copied: ids minted later were made by the syncs. */
let copiedAt: number;

/** Members, consents, measurements, a clinic and a school with agreements, a walking program. */
async function seed(hub: Api): Promise<void> {
  const outlet = await hub.call<{ id: string }>('POST', '/v1/outlets', {
    code: 'FS-OUT',
    name: '同步故障网点',
  });
  await hub.call('POST', '/v1/programs', {
    code: 'FS-WALK',
    title: '社区健步走',
    kind: 'event',
    category: 'walking',
    ageGroups: ['adult', 'senior'],
    intensity: 'moderate',
  });
  const clinic = await hub.call<{ id: string }>('POST', '/v1/partners', {
    code: 'FS-CLINIC',
    kind: 'clinic',
    name: '斜土社区卫生服务中心',
  });
  await hub.call('POST', `/v1/partners/${clinic.id}/agreements`, {
    scopes: ['health:observations', 'referrals:import'],
    validFrom: '2026-01-01',
  });
  const school = await hub.call<{ id: string }>('POST', '/v1/partners', {
    code: 'FS-SCHOOL',
    kind: 'school',
    name: '明珠小学',
  });
  await hub.call('POST', `/v1/partners/${school.id}/agreements`, {
    scopes: ['roster:import', 'participation:individual'],
    validFrom: '2026-01-01',
  });
  for (let i = 0; i < MEMBERS; i++) {
    const member = await hub.call<{ id: string }>('POST', '/v1/members', {
      externalId: `WX-${10080 + i}`,
      displayName: `会员${i}`,
      birthYear: 1950 + i,
    });
    // Every other member consents to sharing health data with the clinic.
    if (i % 2 === 0)
      await hub.call('POST', `/v1/members/${member.id}/consents`, {
        partnerId: clinic.id,
        purpose: 'health_data_sharing',
        grantedBy: 'self',
      });
    for (const [type, value] of [
      ['weight', 55 + i],
      ['steps', 6000 + 100 * i],
    ] as const)
      await hub.call('POST', '/v1/health-measurements', {
        memberId: member.id,
        outletId: outlet.id,
        type,
        value,
        measuredAt: `2026-09-${String(1 + i).padStart(2, '0')}T09:30:00+08:00`,
        source: 'staff',
      });
  }
}

/** The commands, in order: a share with a referral import, a roster import, then both again. */
function commands(side: string): string[][] {
  const at = (name: string) => path.join(dir, side, name);
  const clinic = (out: string) => [
    'sync',
    'clinic',
    '--partner',
    'FS-CLINIC',
    '--import',
    REFERRALS,
    '--program',
    'FS-WALK',
    '--out',
    at(out),
    '--state',
    at('clinic-state.json'),
    '--json',
  ];
  const school = [
    'sync',
    'school',
    '--partner',
    'FS-SCHOOL',
    '--import',
    ROSTER,
    '--state',
    at('school-state.json'),
    '--json',
  ];
  return [clinic('bundle-1.json'), school, clinic('bundle-2.json'), school];
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The creation time (ms) a ULID-based id (`enr_01M8…`) carries in its first 10 characters. */
function idTime(id: string): number {
  const ulid = id.slice(id.indexOf('_') + 1);
  return [...ulid.slice(0, 10)].reduce((ms, char) => ms * 32 + CROCKFORD.indexOf(char), 0);
}

/**
 * A `--json` document without what differs between any two runs: the duration, this side's directory,
 * and the ids of records the run created (each server makes its own; the seeded ones are the same).
 */
function normalRun(run: CliRun, side: string): Doc {
  const text = run.stdout
    .split(path.join(dir, side))
    .join('<dir>')
    .replace(/"([a-z]{3})_[0-9A-HJKMNP-TV-Z]{26}"/g, (id, prefix: string) =>
      idTime(id.slice(1, -1)) > copiedAt ? `"${prefix}_<new>"` : id,
    );
  const doc = JSON.parse(text);
  delete doc.meta.durationMs;
  return { code: run.code, doc };
}

/** A bundle with its fresh `urn:uuid`s numbered in order of appearance and without its timestamp. */
function normalBundle(text: string): Doc {
  const numbers = new Map<string, string>();
  const renumbered = text.replace(/urn:uuid:[0-9a-f-]{36}/g, (uuid) => {
    if (!numbers.has(uuid)) numbers.set(uuid, `urn:uuid:#${numbers.size + 1}`);
    return numbers.get(uuid) as string;
  });
  // Each server draws its own pseudonym key on its first share: compare pseudonyms by first appearance.
  const pseudonyms = new Map<string, string>();
  const normal = renumbered.replace(/psn_[A-Za-z0-9_-]+/g, (psn) => {
    if (!pseudonyms.has(psn)) pseudonyms.set(psn, `psn_#${pseudonyms.size + 1}`);
    return pseudonyms.get(psn) as string;
  });
  const bundle = JSON.parse(normal);
  delete bundle.timestamp;
  return bundle;
}

/** A state file without its run times. */
function normalState(text: string): Doc {
  return JSON.parse(text, (key, value) => (/^last(Run|Import)At$/.test(key) ? undefined : value));
}

/** What the syncs wrote on a server, by natural keys (records created on each side get their own ids). */
async function serverState(hub: Api, feedHead: string): Promise<Doc> {
  const members = await hub.all<Doc>('/v1/members');
  const externalIdOf = new Map(members.map((m) => [m.id, m.externalId]));
  const programs = new Map((await hub.all<Doc>('/v1/programs')).map((p) => [p.id, p.code]));
  const groups = await hub.all<Doc>('/v1/groups');
  const enrollments = await hub.all<Doc>('/v1/enrollments');
  const events: Doc[] = [];
  for (let after = feedHead; ; ) {
    const page = await hub.call<{ data: Doc[] }>('GET', `/v1/events?limit=500&after=${after}`);
    if (page.data.length === 0) break;
    events.push(...page.data);
    after = page.data.at(-1).id;
  }
  const byType: Record<string, number> = {};
  for (const e of events) byType[e.type] = (byType[e.type] ?? 0) + 1;
  return {
    members: members
      .map((m) => ({
        externalId: m.externalId,
        displayName: m.displayName,
        birthYear: m.birthYear,
        schoolGrade: m.schoolGrade,
        guardian: m.guardian,
      }))
      .sort((a, b) => a.externalId.localeCompare(b.externalId)),
    groups: groups
      .map((g) => ({
        code: g.code,
        kind: g.kind,
        name: g.name,
        members: g.memberIds.map((id: string) => externalIdOf.get(id)).sort(),
      }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    enrollments: enrollments
      .map((e) => ({
        member: externalIdOf.get(e.memberId),
        program: programs.get(e.programId),
        source: e.source,
        referenceId: e.referenceId,
        status: e.status,
      }))
      .sort((a, b) => `${a.member}${a.referenceId}`.localeCompare(`${b.member}${b.referenceId}`)),
    eventsByType: byType,
  };
}

async function feedHead(hub: Api): Promise<string> {
  let head = '';
  for (;;) {
    const page = await hub.call<{ data: Array<{ id: string }> }>(
      'GET',
      `/v1/events?limit=500${head ? `&after=${head}` : ''}`,
    );
    if (page.data.length === 0) return head;
    head = page.data.at(-1)?.id ?? head;
  }
}

beforeAll(async () => {
  assertCliBuilt();
  dir = await mkdtemp(path.join(tmpdir(), 'sporthub-sync-faults-'));
  const seeded = await startServer({ env: ENV });
  await seed(api(seeded.baseUrl, seeded.token));
  // The database as it is, copied with its write-ahead log once the process is gone.
  await killServer(seeded);
  copiedAt = Date.now();
  const copyPath = path.join(dir, 'copy.db');
  for (const suffix of ['', '-wal', '-shm'])
    if (existsSync(`${seeded.dbUrl}${suffix}`))
      await copyFile(`${seeded.dbUrl}${suffix}`, `${copyPath}${suffix}`);
  direct = await restartServer(seeded, { env: ENV });
  // `stop()` of the restarted process leaves the file: the first process's `stop()` drops it.
  const first = seeded;
  const stopDirect = direct.stop;
  direct.stop = async () => {
    await stopDirect();
    await first.stop();
  };
  copy = { ...(await startServer({ dbUrl: copyPath, env: ENV })), token: seeded.token };
  proxy = await startFaultProxy({
    target: copy.baseUrl,
    rate: 0,
    kinds: KINDS,
    seed: 20_261_130,
    retryAfterSeconds: 1,
    stallMs: 1_000,
  });
  for (const side of ['direct', 'proxy']) await mkdir(path.join(dir, side), { recursive: true });
});

afterAll(async () => {
  if (proxy)
    console.info(`SYNC-FAULT-PROXY FIGURES ${JSON.stringify({ ...proxy.totals(), byKind: proxy.stats })}`);
  await proxy?.close();
  await copy?.stop();
  await direct?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe(`sync clinic and sync school through ${RATE * 100}% injected faults`, () => {
  it('end with the same output, files and server state as without faults', async () => {
    const heads = {
      direct: await feedHead(api(direct.baseUrl, direct.token)),
      proxy: await feedHead(api(copy.baseUrl, copy.token)),
    };
    expect(heads.proxy).toBe(heads.direct);
    const targets: Record<'direct' | 'proxy', CliTarget> = {
      direct: {
        apiUrl: direct.baseUrl,
        token: direct.token,
        configDir: path.join(dir, 'direct', 'config'),
      },
      proxy: {
        apiUrl: proxy.baseUrl,
        token: copy.token,
        configDir: path.join(dir, 'proxy', 'config'),
      },
    };
    const results: Record<'direct' | 'proxy', Doc[]> = { direct: [], proxy: [] };
    for (const side of ['direct', 'proxy'] as const) {
      for (const [n, args] of commands(side).entries()) {
        if (side === 'proxy') {
          proxy.setRate(RATE);
          // Every kind at least once in each first run, then the random 10%.
          if (n < 2) proxy.inject(...KINDS);
        }
        const run = await sporthub(args, targets[side]).done;
        proxy.setRate(0);
        results[side].push(normalRun(run, side));
      }
    }
    // Without faults the commands do what they should: a share, a referral, a roster, then nothing new.
    const [share, roster, shareAgain, rosterAgain] = results.direct;
    expect(share).toMatchObject({ code: 0, doc: { ok: true, result: { shared: { members: MEMBERS / 2 } } } });
    expect(share.doc.result.shared.observations).toBe(MEMBERS);
    expect(share.doc.result.referrals.summary).toMatchObject({ created: 1, rejected: 0 });
    expect(roster).toMatchObject({ code: 0, doc: { result: { summary: { created: 5, rejected: 0 } } } });
    expect(shareAgain.doc.result.shared).toEqual({ members: 0, observations: 0, attendance: 0 });
    expect(rosterAgain.doc.result.summary).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    // With faults: the same.
    expect(results.proxy).toEqual(results.direct);

    for (const name of ['bundle-1.json', 'bundle-2.json']) {
      const [a, b] = await Promise.all(
        ['direct', 'proxy'].map((side) => readFile(path.join(dir, side, name), 'utf8')),
      );
      expect(normalBundle(b as string), name).toEqual(normalBundle(a as string));
    }
    expect(
      normalBundle(await readFile(path.join(dir, 'direct', 'bundle-1.json'), 'utf8')).entry,
    ).toHaveLength(MEMBERS / 2 + MEMBERS);
    for (const name of ['clinic-state.json', 'school-state.json']) {
      const [a, b] = await Promise.all(
        ['direct', 'proxy'].map((side) => readFile(path.join(dir, side, name), 'utf8')),
      );
      expect(normalState(b as string), name).toEqual(normalState(a as string));
    }

    const [stateA, stateB] = await Promise.all([
      serverState(api(direct.baseUrl, direct.token), heads.direct),
      serverState(api(copy.baseUrl, copy.token), heads.proxy),
    ]);
    // The roster's 3 students and 2 classes, the referral's cohort group (created, then updated by its
    // enrolment) and enrolment: once each, nothing else.
    expect(stateA.eventsByType).toEqual({
      'member.created': 3,
      'group.created': 3,
      'group.updated': 1,
      'enrollment.created': 1,
    });
    expect(stateB).toEqual(stateA);

    const { requests, faults } = proxy.totals();
    expect(faults).toBeGreaterThanOrEqual(KINDS.length * 2);
    for (const kind of KINDS) expect(proxy.stats[kind], kind).toBeGreaterThan(0);
    expect(requests).toBeGreaterThan(faults);
  }, 180_000);
});
