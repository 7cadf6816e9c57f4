/**
 * SPEC §7 faults: an import killed mid-way (SIGKILL) and then resumed writes every row exactly once; Ctrl-C
 * (SIGINT) stops cleanly with exit 130 and the resume hint. The built CLI (`bin/run.js`) as a process
 * against a real server; the journal under a temp SPORTHUB_CONFIG_DIR is watched to kill at the right time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ackedBatches } from '../support/cli.js';
import { createOrgToken, type RunningServer, startServer } from '../support/server.js';

const CLI_BIN = fileURLToPath(new URL('../../packages/cli/bin/run.js', import.meta.url));
const CLI_DIST = fileURLToPath(
  new URL('../../packages/cli/dist/commands/schedules/import.js', import.meta.url),
);
const ROWS = 20_000;

let server: RunningServer;
let dir: string;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function cli(
  args: string[],
  configDir: string,
  token = server.token,
): { child: ChildProcess; done: Promise<Run> } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SPORTHUB_CONFIG_DIR: configDir,
    SPORTHUB_API_URL: server.baseUrl,
    SPORTHUB_TOKEN: token,
    CI: 'true',
  };
  delete env.SPORTHUB_PROFILE;
  const child = spawn(process.execPath, [CLI_BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

async function api(method: string, route: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${server.baseUrl}${route}`, {
    method,
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${route} → ${res.status} ${await res.text()}`);
  return res.json();
}

/** The only job's `job.json` as it is now, or undefined before it is written. */
function jobJson(configDir: string) {
  const jobs = path.join(configDir, 'jobs');
  const [id] = existsSync(jobs) ? readdirSync(jobs) : [];
  const at = id && path.join(jobs, id, 'job.json');
  return at && existsSync(at) ? JSON.parse(readFileSync(at, 'utf8')) : undefined;
}

function onlyJobId(configDir: string): string {
  const ids = readdirSync(path.join(configDir, 'jobs'));
  expect(ids).toHaveLength(1);
  return ids[0] as string;
}

async function waitFor(check: () => boolean, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Every session with a given prefix, counted per externalId. */
async function sessionsByExternalId(prefix: string): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  let cursor: string | null = null;
  do {
    const query = `limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = (await api('GET', `/v1/sessions?${query}`)) as {
      data: Array<{ externalId: string }>;
      nextCursor: string | null;
    };
    for (const s of page.data) {
      if (s.externalId.startsWith(prefix)) seen.set(s.externalId, (seen.get(s.externalId) ?? 0) + 1);
    }
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

/** A valid schedule of ROWS rows, but for the rows at `bad` (0-based), which name an unknown outlet. */
async function writeSchedule(
  file: string,
  prefix: string,
  dayOffset: number,
  bad: number[] = [],
): Promise<void> {
  const lines = ['external_id,outlet_code,program_code,date,start_time,end_time,capacity'];
  for (let i = 0; i < ROWS; i++) {
    const day = dayOffset + Math.floor(i / 12);
    const hour = 8 + (i % 12);
    const date = new Date(Date.UTC(2027, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    lines.push(
      `${prefix}${i},${bad.includes(i) ? 'F-NOPE' : 'F-OUT'},F-PRG,${date},${hour}:00,${hour}:45,20`,
    );
  }
  await writeFile(file, `${lines.join('\n')}\n`);
}

beforeAll(async () => {
  if (!existsSync(CLI_DIST))
    throw new Error('The CLI is not built: run `pnpm --filter @sporthub/cli build` first.');
  // No rate limit: the checks page through every session (100k+ by the last test) many times.
  server = await startServer({ env: { SPORTHUB_RATE_LIMIT: '0' } });
  dir = await mkdtemp(path.join(tmpdir(), 'sporthub-fault-import-'));
  await api('POST', '/v1/outlets', { code: 'F-OUT', name: '故障测试网点' });
  await api('POST', '/v1/programs', {
    code: 'F-PRG',
    title: '故障测试课程',
    kind: 'class',
    category: 'tai_chi',
    ageGroups: ['adult'],
    intensity: 'light',
  });
});

afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('schedules import under faults', () => {
  it('SIGKILL mid-import, then --resume: every row exactly once, and the rejects survive', async () => {
    const configDir = path.join(dir, 'kill');
    const file = path.join(dir, 'kill.csv');
    // Two rows are rejected in pass 1, one early and one late in the file.
    await writeSchedule(file, 'K-', 0, [99, 19_999]);
    const run = cli(
      ['schedules', 'import', file, '--batch-size', '500', '--concurrency', '2', '--max-errors', '2'],
      configDir,
    );
    await waitFor(() => ackedBatches(configDir) >= 3);
    run.child.kill('SIGKILL');
    const killed = await run.done;
    expect(killed.signal).toBe('SIGKILL');
    const written = (await sessionsByExternalId('K-')).size;
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(ROWS - 2);
    // Pass 1's rejects were on disk before the first batch was sent.
    const rejectsFile = path.join(configDir, 'jobs', onlyJobId(configDir), 'rejects.csv');
    const rejectedLines = () =>
      readFileSync(rejectsFile, 'utf8')
        .split('\r\n')
        .filter((line) => line.startsWith('K-'));
    expect(rejectedLines().map((line) => line.split(',')[0])).toEqual(['K-99', 'K-19999']);

    const jobId = onlyJobId(configDir);
    const status = await cli(['jobs', 'status', jobId, '--json'], configDir).done;
    expect(status.code).toBe(0); // the process is gone: not "still running"
    // …and the journal, which the killed process could not update, is shown as what it is.
    const view = JSON.parse(status.stdout).result;
    expect(view).toMatchObject({ status: 'interrupted', running: false, pid: null });
    // Its counts include the batches the server acknowledged before the kill (not "0 created").
    expect(view.summary.created).toBeGreaterThan(0);
    expect(view.summary.created).toBeLessThanOrEqual(written);

    const resumed = await cli(['schedules', 'import', '--resume', jobId, '--json'], configDir).done;
    expect(resumed.code, resumed.stderr).toBe(68);
    const result = JSON.parse(resumed.stdout).result;
    // Created exactly once each across both runs (replayed batches count once), nothing updated.
    expect(result.summary).toMatchObject({ rows: ROWS, created: ROWS - 2, updated: 0, rejected: 2 });
    expect(result.rejectsPath).toBe(rejectsFile);
    expect(rejectedLines()).toHaveLength(2);
    const seen = await sessionsByExternalId('K-');
    expect(seen.size).toBe(ROWS - 2);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);

    // Finished now: a resume writes nothing and exits 0 (SPEC §5), though the job itself exited 68.
    const again = await cli(['jobs', 'resume', jobId, '--json'], configDir).done;
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).result).toMatchObject({
      alreadyCompleted: true,
      summary: { created: ROWS - 2, rejected: 2 },
    });
  }, 300_000);

  it('SIGINT stops cleanly with exit 130 and the resume hint; the resume completes', async () => {
    const configDir = path.join(dir, 'int');
    const file = path.join(dir, 'int.csv');
    await writeSchedule(file, 'I-', 3000);
    const run = cli(['schedules', 'import', file, '--batch-size', '500', '--concurrency', '2'], configDir);
    await waitFor(() => ackedBatches(configDir) >= 2);
    run.child.kill('SIGINT');
    const stopped = await run.done;
    expect(stopped.code).toBe(130);
    const jobId = onlyJobId(configDir);
    expect(stopped.stderr).toContain(`sporthub schedules import --resume ${jobId}`);
    const job = JSON.parse(readFileSync(path.join(configDir, 'jobs', jobId, 'job.json'), 'utf8'));
    expect(job.status).toBe('interrupted');

    const resumed = await cli(['jobs', 'resume', '--last', '--json'], configDir).done;
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(JSON.parse(resumed.stdout).result.summary).toMatchObject({
      rows: ROWS,
      created: ROWS,
      updated: 0,
    });
    const seen = await sessionsByExternalId('I-');
    expect(seen.size).toBe(ROWS);
  }, 300_000);

  it('Ctrl-C while the files are checked: exit 130, nothing written; the resume checks them again and imports', async () => {
    const configDir = path.join(dir, 'int-check');
    const file = path.join(dir, 'int-check.csv');
    await writeSchedule(file, 'V-', 9000);
    const run = cli(['schedules', 'import', file], configDir);
    await waitFor(() => jobJson(configDir)?.status === 'validating');
    run.child.kill('SIGINT');
    const stopped = await run.done;
    expect(stopped.code).toBe(130);
    const jobId = onlyJobId(configDir);
    expect(stopped.stderr).toContain(
      `Job ${jobId} is saved (nothing was written): continue it with \`sporthub schedules import --resume ${jobId}\``,
    );
    const status = await cli(['jobs', 'status', '--last', '--json'], configDir).done;
    expect(JSON.parse(status.stdout).result).toMatchObject({
      status: 'failed',
      error: { code: 'stopped_before_writing' },
    });
    expect((await sessionsByExternalId('V-')).size).toBe(0);
    const resumed = await cli(['jobs', 'resume', '--last', '--json'], configDir).done;
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(JSON.parse(resumed.stdout).result.summary).toMatchObject({ rows: ROWS, created: ROWS });
    const seen = await sessionsByExternalId('V-');
    expect(seen.size).toBe(ROWS);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  }, 300_000);

  it('a resume with a token of another organization is refused (exit 2); with the job’s own it completes', async () => {
    const configDir = path.join(dir, 'other-org');
    const file = path.join(dir, 'other-org.csv');
    await writeSchedule(file, 'O-', 15000);
    const run = cli(['schedules', 'import', file], configDir);
    // Stopped once the job knows its organization, while the files are checked.
    await waitFor(() => jobJson(configDir)?.organizationId !== undefined);
    run.child.kill('SIGINT');
    expect((await run.done).code).toBe(130);
    const other = await createOrgToken(server.dbUrl, ['admin']);
    const refused = await cli(['jobs', 'resume', '--last', '--json'], configDir, other.token).done;
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout).error.code).toBe('job_organization_mismatch');
    const resumed = await cli(['jobs', 'resume', '--last', '--json'], configDir).done;
    expect(resumed.code, resumed.stderr).toBe(0);
    expect((await sessionsByExternalId('O-')).size).toBe(ROWS);
  }, 300_000);

  it('the server out of reach before anything is checked: exit 75 with the job to resume, which imports once it answers', async () => {
    const configDir = path.join(dir, 'unreachable');
    const file = path.join(dir, 'unreachable.csv');
    await writeSchedule(file, 'U-', 12000);
    // A port nothing listens on yet; later a proxy to the server listens there.
    const port = await new Promise<number>((resolve) => {
      const probe = createNetServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const apiUrl = `http://127.0.0.1:${port}`;
    const refused = await cli(['schedules', 'import', file, '--api-url', apiUrl], configDir).done;
    expect(refused.code).toBe(75);
    const jobId = onlyJobId(configDir);
    expect(refused.stderr).toContain(`continue with: sporthub schedules import --resume ${jobId}`);

    const upstream = new URL(server.baseUrl);
    const proxy = createHttpServer((req, res) => {
      const forwarded = httpRequest(
        {
          host: upstream.hostname,
          port: upstream.port,
          path: req.url,
          method: req.method,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      req.pipe(forwarded);
    });
    await new Promise<void>((resolve) => proxy.listen(port, '127.0.0.1', resolve));
    try {
      // The job never learned its organization: another token (another organization's) may not run it.
      const other = await createOrgToken(server.dbUrl, ['admin']);
      const refusedOther = await cli(
        ['jobs', 'resume', '--last', '--json', '--api-url', apiUrl],
        configDir,
        other.token,
      ).done;
      expect(refusedOther.code).toBe(2);
      expect(JSON.parse(refusedOther.stdout).error.code).toBe('job_organization_mismatch');
      const resumed = await cli(['jobs', 'resume', '--last', '--json', '--api-url', apiUrl], configDir).done;
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(JSON.parse(resumed.stdout).result).toMatchObject({
        jobId,
        summary: { rows: ROWS, created: ROWS },
      });
    } finally {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
    const seen = await sessionsByExternalId('U-');
    expect(seen.size).toBe(ROWS);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  }, 300_000);

  it('a second Ctrl-C aborts the batches in flight and still exits 130, resumable', async () => {
    const configDir = path.join(dir, 'int2');
    const file = path.join(dir, 'int2.csv');
    await writeSchedule(file, 'J-', 6000);
    const run = cli(
      [
        'schedules',
        'import',
        file,
        '--batch-size',
        '500',
        '--concurrency',
        '4',
        '--json',
        '--progress',
        'ndjson',
      ],
      configDir,
    );
    await waitFor(() => ackedBatches(configDir) >= 2);
    run.child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 10));
    run.child.kill('SIGINT');
    const stopped = await run.done;
    expect(stopped.code, stopped.stderr).toBe(130);
    // Asked for NDJSON, stderr is NDJSON only (the error is in the envelope on stdout).
    const events = stopped.stderr
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events).toContainEqual({
      type: 'note',
      message: expect.stringContaining('Stopping after the batches'),
    });
    const jobId = onlyJobId(configDir);
    expect(JSON.parse(stopped.stdout)).toMatchObject({
      error: { code: 'interrupted', hint: `Continue with: sporthub schedules import --resume ${jobId}` },
      result: { jobId },
    });
    const resumed = await cli(['jobs', 'resume', jobId, '--json'], configDir).done;
    expect(resumed.code, resumed.stderr).toBe(0);
    const seen = await sessionsByExternalId('J-');
    expect(seen.size).toBe(ROWS);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  }, 300_000);
});
