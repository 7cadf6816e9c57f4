/**
 * SPEC §6.2 / issue 6 "Done when": one 20-session schedule in every form the importer reads — 60 CSV
 * variants (5 encodings × LF/CRLF × `,` `;` tab × English/Chinese headers), XLSX with Excel serial dates,
 * iCalendar with RRULE/EXDATE/RECURRENCE-ID — imported by the built CLI into one real server.
 *
 * Fresh organizations (one per variant, for one variant of each encoding plus XLSX and ICS): the import
 * creates exactly the sessions of `GOLDEN_EXPECTED` (compared field by field through the API) and a
 * second import reports all 20 unchanged. The full matrix (validate-then-compare, to stay fast): every
 * variant is imported into one organization already holding the golden schedule and must report all 20
 * unchanged — the server compares every field, so a variant that read any cell differently would show
 * as updated — and afterwards the organization still holds exactly `GOLDEN_EXPECTED` with one
 * `session.created` and no `session.updated` event per session. A changed title is the negative control.
 * All forms on SQLite; fresh-organization imports of a representative subset on PostgreSQL.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  normalizedSessions,
  provisionGolden,
  variantName,
} from '../support/golden-schedule.js';
import { createOrgToken, type RunningServer, startServer } from '../support/server.js';

const SCOPES = ['outlets:read', 'outlets:write', 'schedules:read', 'schedules:write', 'webhooks:read'];
const ROWS = GOLDEN_EXPECTED.length;
/** Two CLI processes at a time: the machine has two cores. */
const WIDTH = 2;

interface Variant {
  name: string;
  file: string;
  /** ICS occurrences far in 2027 need no --until; the flag keeps the horizon explicit anyway. */
  args: string[];
}

let dir: string;
let variants: Variant[];

async function writeVariants(): Promise<Variant[]> {
  const all: Variant[] = [];
  for (const v of csvVariants() as CsvVariant[]) {
    const file = path.join(dir, `${variantName(v)}.csv`);
    await writeFile(file, goldenCsv(v));
    all.push({ name: variantName(v), file, args: [] });
  }
  const xlsx = path.join(dir, 'golden.xlsx');
  await writeFile(xlsx, await goldenXlsx());
  all.push({ name: 'xlsx', file: xlsx, args: [] });
  const ics = path.join(dir, 'golden.ics');
  await writeFile(ics, goldenIcs());
  all.push({ name: 'ics', file: ics, args: ['--until', '2027-12-31'] });
  return all;
}

/**
 * Imports one variant into a fresh organization and returns what went wrong ('' when nothing did):
 * exit code, first-import summary, the sessions (against GOLDEN_EXPECTED), the re-import summary.
 */
async function checkVariant(server: RunningServer, variant: Variant): Promise<string> {
  const org = await createOrgToken(server.dbUrl, SCOPES, `Golden ${variant.name}`);
  const hub = api(server.baseUrl, org.token);
  await provisionGolden(hub);
  const target = {
    apiUrl: server.baseUrl,
    token: org.token,
    configDir: path.join(dir, 'config', variant.name),
  };
  const args = ['schedules', 'import', variant.file, ...variant.args, '--json', '--progress', 'none'];
  const first = await sporthub(args, target).done;
  if (first.code !== 0) return `first import exit ${first.code}: ${first.stdout}${first.stderr}`;
  const summary = envelope<{ summary: Record<string, number> }>(first).result.summary;
  const wanted = { rows: ROWS, created: ROWS, updated: 0, unchanged: 0, rejected: 0 };
  if (!matches(summary, wanted)) return `first import summary ${JSON.stringify(summary)}`;
  const sessions = await normalizedSessions(hub);
  const diff = differences(sessions);
  if (diff) return diff;
  const second = await sporthub(args, target).done;
  if (second.code !== 0) return `re-import exit ${second.code}: ${second.stderr}`;
  const again = envelope<{ summary: Record<string, number> }>(second).result.summary;
  if (!matches(again, { rows: ROWS, created: 0, updated: 0, unchanged: ROWS, rejected: 0, cancelled: 0 }))
    return `re-import summary ${JSON.stringify(again)}`;
  return '';
}

function matches(actual: Record<string, number>, wanted: Record<string, number>): boolean {
  return Object.entries(wanted).every(([key, value]) => actual[key] === value);
}

/** The first field that differs from GOLDEN_EXPECTED, as text; '' when the lists are equal. */
function differences(actual: Awaited<ReturnType<typeof normalizedSessions>>): string {
  if (actual.length !== GOLDEN_EXPECTED.length)
    return `${actual.length} sessions, want ${GOLDEN_EXPECTED.length}: ${actual.map((s) => s.externalId).join(' ')}`;
  for (const [i, want] of GOLDEN_EXPECTED.entries()) {
    const got = actual[i] as (typeof actual)[number];
    for (const key of Object.keys(want) as Array<keyof typeof want>) {
      if (got[key] !== want[key])
        return `${want.externalId}.${key}: got ${JSON.stringify(got[key])}, want ${JSON.stringify(want[key])}`;
    }
  }
  return '';
}

/** Problems per variant name; `{}` when every variant passed. */
async function checkAll(
  chosen: Variant[],
  check: (variant: Variant) => Promise<string>,
): Promise<Record<string, string>> {
  const problems = await inParallel(chosen, WIDTH, check);
  return Object.fromEntries(chosen.flatMap((v, i) => (problems[i] ? [[v.name, problems[i]]] : [])));
}

/** Imports a variant into an organization that already holds the golden schedule: all unchanged? */
async function checkUnchanged(server: RunningServer, token: string, variant: Variant): Promise<string> {
  const target = { apiUrl: server.baseUrl, token, configDir: path.join(dir, 'config', 'matrix') };
  const args = ['schedules', 'import', variant.file, ...variant.args, '--json', '--progress', 'none'];
  const run = await sporthub(args, target).done;
  if (run.code !== 0) return `exit ${run.code}: ${run.stdout}${run.stderr}`;
  const summary = envelope<{ summary: Record<string, number> }>(run).result.summary;
  const wanted = { rows: ROWS, created: 0, updated: 0, unchanged: ROWS, rejected: 0, warnings: 0 };
  return matches(summary, wanted) ? '' : `summary ${JSON.stringify(summary)}`;
}

const byName = (names: string[]) => {
  const chosen = variants.filter((v) => names.includes(v.name));
  expect(chosen.map((v) => v.name).sort()).toEqual([...names].sort());
  return chosen;
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
  let matrix: { token: string };
  beforeAll(async () => {
    server = await startServer({ env: { SPORTHUB_RATE_LIMIT: '0' } });
    matrix = await createOrgToken(server.dbUrl, SCOPES, 'Golden matrix');
    await provisionGolden(api(server.baseUrl, matrix.token));
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('has 62 forms: 60 CSV variants, XLSX and ICS', () => {
    expect(variants).toHaveLength(62);
    expect(new Set(variants.map((v) => v.name)).size).toBe(62);
  });

  it('fresh organizations: UTF-16LE/tab/CRLF, GB18030/semicolon/zh and ICS each create exactly the golden sessions', async () => {
    const chosen = byName(['utf-16le-crlf-tab-en', 'gb18030-crlf-semicolon-zh', 'ics']);
    expect(await checkAll(chosen, (v) => checkVariant(server, v))).toEqual({});
  }, 120_000);

  it('seeds the matrix organization from the plain UTF-8 CSV', async () => {
    const [baseline] = byName(['utf-8-lf-comma-en']);
    const run = await sporthub(
      ['schedules', 'import', baseline?.file ?? '', '--json', '--progress', 'none'],
      {
        apiUrl: server.baseUrl,
        token: matrix.token,
        configDir: path.join(dir, 'config', 'matrix'),
      },
    ).done;
    expect(run.code, run.stderr).toBe(0);
    expect(envelope<{ summary: object }>(run).result.summary).toMatchObject({ created: ROWS });
    expect(await normalizedSessions(api(server.baseUrl, matrix.token))).toEqual(GOLDEN_EXPECTED);
  });

  it.each(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030'])(
    'every %s CSV variant (LF/CRLF × `,` `;` tab × English/Chinese headers) reads as the same 20 sessions',
    async (encoding) => {
      const chosen = variants.filter((v) => /^(.+)-(lf|crlf)-/.exec(v.name)?.[1] === encoding);
      expect(chosen).toHaveLength(12);
      expect(await checkAll(chosen, (v) => checkUnchanged(server, matrix.token, v))).toEqual({});
    },
    120_000,
  );

  it('the XLSX workbook reads as the same 20 sessions', async () => {
    expect(await checkAll(byName(['xlsx']), (v) => checkUnchanged(server, matrix.token, v))).toEqual({});
  });

  it('after every form: still exactly the golden sessions, one session.created and no update each', async () => {
    const hub = api(server.baseUrl, matrix.token);
    expect(await normalizedSessions(hub)).toEqual(GOLDEN_EXPECTED);
    const events = await hub.events(['session.created', 'session.updated']);
    expect(events.filter((e) => e.type === 'session.updated')).toEqual([]);
    const created = events.map((e) => e.data.externalId).sort();
    expect(created).toEqual(GOLDEN_EXPECTED.map((s) => s.externalId));
  });

  it('negative control: one changed title is reported as 1 updated, 19 unchanged', async () => {
    const file = path.join(dir, 'changed-title.csv');
    const text = goldenCsvText({ eol: '\n', delimiter: ',', header: 'en' });
    await writeFile(file, text.replace('讲座 part 2', '讲座 part two'));
    const run = await sporthub(['schedules', 'import', file, '--json', '--progress', 'none'], {
      apiUrl: server.baseUrl,
      token: matrix.token,
      configDir: path.join(dir, 'config', 'matrix'),
    }).done;
    expect(run.code, run.stderr).toBe(0);
    expect(envelope<{ summary: object }>(run).result.summary).toMatchObject({
      rows: ROWS,
      updated: 1,
      unchanged: ROWS - 1,
    });
  });
});

describe('the golden schedule on PostgreSQL (representative subset)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ db: 'postgres', env: { SPORTHUB_RATE_LIMIT: '0' } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('fresh organizations: UTF-16BE/tab/zh, XLSX and ICS each create exactly the golden sessions', async () => {
    const chosen = byName(['utf-16be-crlf-tab-zh', 'xlsx', 'ics']);
    expect(await checkAll(chosen, (v) => checkVariant(server, v))).toEqual({});
  }, 120_000);
});
