/**
 * SPEC §6.2 / issue 6 "Done when": one 20-session schedule in every form the importer reads — 60 CSV
 * variants (5 encodings × LF/CRLF × `,` `;` tab × English/Chinese headers), XLSX with Excel serial dates,
 * iCalendar with RRULE/EXDATE/RECURRENCE-ID — ends in the same sessions on a real server.
 *
 * Two layers, so the proof stays end to end without 70 CLI processes (the CI budget):
 * - In process, every one of the 62 forms goes through the CLI's own pass 1 (`validateFiles`: reader,
 *   row checks, cross-row checks, code resolution against references fetched from the real server by
 *   `fetchScheduleReferences`) and the session bodies it would send are compared: every CSV and XLSX
 *   form byte-for-byte equal to the plain UTF-8 CSV's bodies, the iCalendar form equal to
 *   `GOLDEN_EXPECTED` once ids are turned back into codes, and every form with 20 rows, 0 rejects.
 * - End to end, the built CLI imports representative forms, each into a fresh organization
 *   (UTF-16LE/CRLF/tab/zh, GB18030/LF/semicolon, XLSX, ICS, and the schedule split across three files
 *   in three encodings imported by one run): the import creates exactly `GOLDEN_EXPECTED` (compared
 *   field by field through the API) and the feed has one `session.created` and no `session.updated`
 *   per session. The split and the ICS forms are imported twice and must report 20 unchanged (the
 *   server compares every field; for ICS the series sync cancels nothing). A changed title is the
 *   negative control, in process and end to end (1 updated, 19 unchanged).
 * SQLite for all of it; fresh-organization imports of UTF-16BE and ICS on PostgreSQL.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { SportHub } from '@sporthub/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fetchScheduleReferences,
  type ScheduleReferences,
} from '../../packages/cli/src/import/references.js';
import type { SpooledRow } from '../../packages/cli/src/import/spool.js';
import { fileOptions, validateFiles } from '../../packages/cli/src/import/validate.js';
import { api } from '../support/api.js';
import { assertCliBuilt, envelope, inParallel, sporthub } from '../support/cli.js';
import {
  type CsvVariant,
  csvVariants,
  GOLDEN_EXPECTED,
  goldenCsv,
  goldenCsvText,
  goldenIcs,
  goldenXlsx,
  type NormalSession,
  normalizedSessions,
  provisionGolden,
  variantName,
} from '../support/golden-schedule.js';
import { type RunningServer, startServer } from '../support/server.js';
import { createOrgTokens } from '../support/tenants.js';

const SCOPES = ['outlets:read', 'outlets:write', 'schedules:read', 'schedules:write', 'webhooks:read'];
const ROWS = GOLDEN_EXPECTED.length;
/** Two CLI processes at a time: the machine has two cores. */
const WIDTH = 2;
/** ICS occurrences far in 2027 need no --until; the flag keeps the horizon explicit anyway. */
const UNTIL = '2027-12-31';

interface Variant {
  name: string;
  /** The files of one import (several only for the split schedule). */
  files: string[];
  args: string[];
  /** End to end: import a second time and expect 20 unchanged (a CLI run costs ~1–4 s here). */
  reimport?: boolean;
}

let dir: string;
let variants: Variant[];

async function writeVariants(): Promise<Variant[]> {
  const all: Variant[] = [];
  for (const v of csvVariants() as CsvVariant[]) {
    const file = path.join(dir, `${variantName(v)}.csv`);
    await writeFile(file, goldenCsv(v));
    all.push({ name: variantName(v), files: [file], args: [] });
  }
  const xlsx = path.join(dir, 'golden.xlsx');
  await writeFile(xlsx, await goldenXlsx());
  all.push({ name: 'xlsx', files: [xlsx], args: [] });
  const ics = path.join(dir, 'golden.ics');
  await writeFile(ics, goldenIcs());
  all.push({ name: 'ics', files: [ics], args: ['--until', UNTIL] });
  return all;
}

/** The golden schedule cut in three parts, each in another encoding, delimiter and header language. */
async function writeSplit(): Promise<Variant> {
  const parts: Array<[CsvVariant, number, number]> = [
    [{ encoding: 'utf-8-bom', eol: '\r\n', delimiter: ',', header: 'en' }, 0, 7],
    [{ encoding: 'utf-16be', eol: '\n', delimiter: '\t', header: 'zh' }, 7, 14],
    [{ encoding: 'gb18030', eol: '\r\n', delimiter: ';', header: 'en' }, 14, ROWS],
  ];
  const files: string[] = [];
  for (const [variant, from, to] of parts) {
    const file = path.join(dir, `split-${from}-${to}-${variantName(variant)}.csv`);
    await writeFile(file, goldenCsv(variant, { from, to }));
    files.push(file);
  }
  return { name: 'split across 3 files', files, args: [], reimport: true };
}

// ---- in process: the CLI's pass 1 --------------------------------------------------------------------

interface PassOne {
  rows: number;
  rejects: string[];
  warnings: number;
  /** The session bodies the import would send, sorted by externalId. */
  bodies: SpooledRow['session'][];
}

/** Runs the CLI's pass 1 over the files as `schedules import` does, keeping what it would send. */
async function passOne(refs: ScheduleReferences, variant: Variant): Promise<PassOne> {
  const bodies: SpooledRow['session'][] = [];
  const rejects: string[] = [];
  const until = variant.args.includes('--until') ? UNTIL : undefined;
  const result = await validateFiles(variant.files, fileOptions({ until }, refs), refs, {
    onReject: (reject) => rejects.push(`${reject.line}: ${reject.errors.map((e) => e.code).join(',')}`),
    onAccept: (row) => void bodies.push(row.session),
  });
  bodies.sort((a, b) => a.externalId.localeCompare(b.externalId));
  return { rows: result.rows, rejects, warnings: result.warnings, bodies };
}

/** A session body as `NormalSession`: ids back to codes, instants in UTC, the server's defaults. */
function normalizeBody(refs: ScheduleReferences, body: SpooledRow['session']): NormalSession {
  const outlet = refs.outletsById.get(body.outletId);
  const zone = [...(outlet?.zones.entries() ?? [])].find(([, z]) => z.id === body.zoneId)?.[0];
  return {
    externalId: body.externalId,
    outlet: outlet?.code ?? body.outletId,
    program: refs.programCodes.get(body.programId) ?? body.programId,
    title: body.title ?? null,
    startsAt: new Date(body.startsAt).toISOString(),
    endsAt: new Date(body.endsAt).toISOString(),
    capacity: body.capacity,
    waitlistCapacity: body.waitlistCapacity ?? 0,
    coach: body.coachId ? (refs.staffExternalIds.get(body.coachId) ?? body.coachId) : null,
    zone: body.zoneId ? (zone ?? body.zoneId) : null,
    status: body.status ?? 'scheduled',
  };
}

// ---- end to end: the built CLI -----------------------------------------------------------------------

type Summary = Record<string, number>;

function matches(actual: Summary, wanted: Summary): boolean {
  return Object.entries(wanted).every(([key, value]) => actual[key] === value);
}

/** The first field that differs from GOLDEN_EXPECTED, as text; '' when the lists are equal. */
function differences(actual: NormalSession[]): string {
  if (actual.length !== GOLDEN_EXPECTED.length)
    return `${actual.length} sessions, want ${GOLDEN_EXPECTED.length}: ${actual.map((s) => s.externalId).join(' ')}`;
  for (const [i, want] of GOLDEN_EXPECTED.entries()) {
    const got = actual[i] as NormalSession;
    for (const key of Object.keys(want) as Array<keyof NormalSession>) {
      if (got[key] !== want[key])
        return `${want.externalId}.${key}: got ${JSON.stringify(got[key])}, want ${JSON.stringify(want[key])}`;
    }
  }
  return '';
}

interface FreshOrg {
  token: string;
  configDir: string;
  problem: string;
}

/**
 * Imports one variant into a fresh organization with the built CLI and returns the organization and
 * what went wrong ('' when nothing did): exit code, first-import summary, the sessions (against
 * GOLDEN_EXPECTED), the re-import summary, the change feed.
 */
async function checkFresh(
  server: RunningServer,
  variant: Variant,
  org: { token: string },
): Promise<FreshOrg> {
  const hub = api(server.baseUrl, org.token);
  await provisionGolden(hub);
  const configDir = path.join(dir, 'config', variant.name.replace(/\W+/g, '-'));
  const fresh = (problem: string): FreshOrg => ({ token: org.token, configDir, problem });
  const target = { apiUrl: server.baseUrl, token: org.token, configDir };
  const args = ['schedules', 'import', ...variant.files, ...variant.args, '--json', '--progress', 'none'];
  const first = await sporthub(args, target).done;
  if (first.code !== 0) return fresh(`first import exit ${first.code}: ${first.stdout}${first.stderr}`);
  const summary = envelope<{ summary: Summary }>(first).result.summary;
  if (!matches(summary, { rows: ROWS, created: ROWS, updated: 0, unchanged: 0, rejected: 0 }))
    return fresh(`first import summary ${JSON.stringify(summary)}`);
  const diff = differences(await normalizedSessions(hub));
  if (diff) return fresh(diff);
  if (variant.reimport) {
    const second = await sporthub(args, target).done;
    if (second.code !== 0) return fresh(`re-import exit ${second.code}: ${second.stderr}`);
    const again = envelope<{ summary: Summary }>(second).result.summary;
    const unchanged = { rows: ROWS, created: 0, updated: 0, unchanged: ROWS, rejected: 0, cancelled: 0 };
    if (!matches(again, unchanged)) return fresh(`re-import summary ${JSON.stringify(again)}`);
  }
  const events = await hub.events(['session.created', 'session.updated']);
  const created = events.filter((e) => e.type === 'session.created').map((e) => e.data.externalId);
  if (events.some((e) => e.type === 'session.updated') || created.length !== ROWS)
    return fresh(`feed: ${created.length} created, ${events.length - created.length} updated`);
  const ids = [...created].sort();
  if (ids.join() !== GOLDEN_EXPECTED.map((s) => s.externalId).join()) return fresh(`feed ids ${ids}`);
  return fresh('');
}

/** Fresh-organization checks of `chosen`, two at a time: problems per variant name, `{}` when none. */
async function checkAllFresh(
  server: RunningServer,
  chosen: Variant[],
): Promise<{ problems: Record<string, string>; orgs: FreshOrg[] }> {
  const tenants = await createOrgTokens(
    server.dbUrl,
    SCOPES,
    chosen.map((v) => `Golden ${v.name}`),
  );
  const orgs = await inParallel(chosen, WIDTH, (v, i) =>
    checkFresh(server, v, tenants[i] as { token: string }),
  );
  const problems = Object.fromEntries(
    chosen.flatMap((v, i) => (orgs[i]?.problem ? [[v.name, orgs[i]?.problem]] : [])),
  );
  return { problems, orgs };
}

/** The named variants; `reimport` marks those whose end-to-end check imports twice. */
const byName = (names: string[], reimport: string[] = []) => {
  const chosen = variants.filter((v) => names.includes(v.name));
  expect(chosen.map((v) => v.name).sort()).toEqual([...names].sort());
  return chosen.map((v) => ({ ...v, reimport: reimport.includes(v.name) }));
};

beforeAll(async () => {
  assertCliBuilt();
  dir = await mkdtemp(path.join(tmpdir(), 'sporthub-golden-'));
  variants = await writeVariants();
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the golden schedule on SQLite', () => {
  let server: RunningServer;
  let refs: ScheduleReferences;
  let baseline: PassOne;
  let changedTitle: string;

  beforeAll(async () => {
    server = await startServer({ env: { SPORTHUB_RATE_LIMIT: '0' } });
    // The references the CLI would fetch: one organization holding the outlet, programs and staff.
    const [org] = await createOrgTokens(server.dbUrl, SCOPES, ['Golden references']);
    if (!org) throw new Error('no organization');
    await provisionGolden(api(server.baseUrl, org.token));
    refs = await fetchScheduleReferences(new SportHub({ baseUrl: server.baseUrl, token: org.token }));
    changedTitle = path.join(dir, 'changed-title.csv');
    const text = goldenCsvText({ eol: '\n', delimiter: ',', header: 'en' });
    expect(text).toContain('讲座 part 2');
    await writeFile(changedTitle, text.replace('讲座 part 2', '讲座 part two'));
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('has 62 forms: 60 CSV variants, XLSX and ICS', () => {
    expect(variants).toHaveLength(62);
    expect(new Set(variants.map((v) => v.name)).size).toBe(62);
  });

  it('in process: the plain UTF-8 CSV resolves to exactly the golden sessions', async () => {
    baseline = await passOne(refs, byName(['utf-8-lf-comma-en'])[0] as Variant);
    expect(baseline).toMatchObject({ rows: ROWS, rejects: [], warnings: 0 });
    expect(baseline.bodies.map((b) => normalizeBody(refs, b))).toEqual(GOLDEN_EXPECTED);
  });

  it('in process: all 60 CSV variants and the XLSX workbook send exactly the baseline bodies', async () => {
    const chosen = variants.filter((v) => v.name !== 'ics');
    expect(chosen).toHaveLength(61);
    const problems: Record<string, unknown> = {};
    for (const variant of chosen) {
      const read = await passOne(refs, variant);
      if (read.rows !== ROWS || read.rejects.length > 0 || read.warnings !== 0)
        problems[variant.name] = { rows: read.rows, rejects: read.rejects, warnings: read.warnings };
      else {
        const index = read.bodies.findIndex((b, i) => !isDeepStrictEqual(b, baseline.bodies[i]));
        if (index >= 0 || read.bodies.length !== ROWS)
          problems[variant.name] = { got: read.bodies[index], want: baseline.bodies[index] };
      }
    }
    expect(problems).toEqual({});
  });

  it('in process: the iCalendar form resolves to exactly the golden sessions, one series key per UID', async () => {
    const read = await passOne(refs, byName(['ics'])[0] as Variant);
    expect(read).toMatchObject({ rows: ROWS, rejects: [], warnings: 0 });
    expect(read.bodies.map((b) => normalizeBody(refs, b))).toEqual(GOLDEN_EXPECTED);
    for (const body of read.bodies)
      expect(body.seriesKey).toBe(body.externalId.slice(0, body.externalId.lastIndexOf('@')));
  });

  it('in process, negative control: a changed title changes exactly that one body', async () => {
    const read = await passOne(refs, { name: 'changed title', files: [changedTitle], args: [] });
    const differing = read.bodies.filter((b, i) => !isDeepStrictEqual(b, baseline.bodies[i]));
    expect(differing.map((b) => b.title)).toEqual(['讲座 part two']);
  });

  it('end to end: UTF-16LE/CRLF/tab/zh, GB18030/LF/semicolon, XLSX, ICS and a 3-file split each create exactly the golden sessions', async () => {
    const split = await writeSplit();
    const chosen = [
      ...byName(['utf-16le-crlf-tab-zh', 'gb18030-lf-semicolon-en', 'xlsx', 'ics'], ['ics']),
      split,
    ];
    const { problems, orgs } = await checkAllFresh(server, chosen);
    expect(problems).toEqual({});

    // Negative control through the built CLI: the organization holds the golden schedule.
    const org = orgs[0] as FreshOrg;
    const run = await sporthub(['schedules', 'import', changedTitle, '--json', '--progress', 'none'], {
      apiUrl: server.baseUrl,
      token: org.token,
      configDir: org.configDir,
    }).done;
    expect(run.code, run.stderr).toBe(0);
    expect(envelope<{ summary: object }>(run).result.summary).toMatchObject({
      rows: ROWS,
      created: 0,
      updated: 1,
      unchanged: ROWS - 1,
    });
  }, 120_000);
});

describe('the golden schedule on PostgreSQL (representative forms)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ db: 'postgres', env: { SPORTHUB_RATE_LIMIT: '0' } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('fresh organizations: UTF-16BE/CRLF/tab/zh and ICS each create exactly the golden sessions', async () => {
    const chosen = byName(['utf-16be-crlf-tab-zh', 'ics'], ['ics']);
    const { problems } = await checkAllFresh(server, chosen);
    expect(problems).toEqual({});
  }, 120_000);
});
