/**
 * The malformed-file corpus (SPEC §7 bad input: every malformed file gets a precise error and nothing
 * half-written) through the real CLI against a real server, on SQLite and PostgreSQL. Every file is
 * generated at run time (support/corpus.ts). Each run must exit 65 (input invalid), print one `--json`
 * error document whose text — or the rejects CSV it points to, for rejected rows — names the problem's
 * stable code and place (file:line), and write nothing: afterwards the
 * server has no session, and exactly the outlets provisioned before.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../support/cli.js';
import { type RunningServer, startServer } from '../support/server.js';
import { CASES } from './support/corpus.js';

const PROVISIONED = `apiVersion: sporthub/v1
programs:
  - {code: P-TAICHI, title: 太极拳晨练, kind: class, category: tai_chi, ageGroups: [adult, senior], intensity: light}
staff:
  - {externalId: C-NY, name: Coach New York, role: coach, outlets: [NY-0001]}
outlets:
  - code: NY-0001
    name: Hudson community hub
    timezone: America/New_York
    zones:
      - {code: HALL, name: Hall, kind: training, capacity: 30}
`;

describe.each(['sqlite', 'postgres'] as const)('malformed input through the CLI on %s', (kind) => {
  let server: RunningServer;
  let dir: string;
  const cli = (args: string[]) =>
    runCli(args, { configDir: path.join(dir, 'config'), apiUrl: server.baseUrl, token: server.token });
  const list = async (route: string) => {
    const response = await fetch(`${server.baseUrl}${route}`, {
      headers: { authorization: `Bearer ${server.token}` },
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { data: Array<{ code?: string }> }).data;
  };

  beforeAll(async () => {
    server = await startServer({ db: kind });
    dir = await mkdtemp(path.join(tmpdir(), 'sporthub-malformed-'));
    await writeFile(path.join(dir, 'network.yaml'), PROVISIONED);
    const applied = await cli(['apply', '-f', path.join(dir, 'network.yaml'), '--json']);
    expect(applied.code, applied.stderr).toBe(0);
  });
  afterAll(async () => {
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test.each(CASES)('$name', async (c) => {
    const file = path.join(dir, c.file);
    await c.make(file);
    const rejects = `${file}.rejects.csv`;
    const run = await cli(c.args.map((a) => ({ '{file}': file, '{rejects}': rejects })[a] ?? a));
    // Rows of a second header layout go to a sibling (`….rejects.2.csv`): read them all.
    const siblings = (await readdir(dir)).filter((f) => f.startsWith(`${c.file}.rejects`));
    const rejected = (await Promise.all(siblings.map((f) => readFile(path.join(dir, f), 'utf8')))).join('\n');
    const output = `${run.stdout}\n${run.stderr}\n${rejected}`;
    expect(run.signal, 'the CLI hung and was killed').toBeNull();
    expect(run.code, output.slice(0, 2000)).toBe(65);
    const doc = JSON.parse(run.stdout) as { ok: boolean; error?: { code: string; message: string } };
    expect(doc.ok).toBe(false);
    expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace: a handled error
    for (const pattern of c.expect) expect(output, `${c.name}: ${pattern}\n${rejected}`).toMatch(pattern);
    expect(await list('/v1/sessions?limit=10')).toEqual([]);
    expect((await list('/v1/outlets?limit=10')).map((o) => o.code)).toEqual(['NY-0001']);
    await rm(file, { force: true });
    for (const f of siblings) await rm(path.join(dir, f), { force: true });
  });
});
