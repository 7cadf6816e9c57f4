#!/usr/bin/env node
// The demo (README quick start, first command): starts sporthub-server on a fresh SQLite file with a
// bootstrap token, then drives the operator CLI against it the way an operator would, printing a
// transcript. Everything lives in .demo/ at the repository root and is recreated on every run.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { SportHub } from '@sporthub/sdk';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const work = join(root, '.demo');
const serverBin = join(root, 'packages/server/bin/sporthub-server.js');
const cliBin = join(root, 'packages/cli/bin/run.js');
const token = `shk_${randomBytes(32).toString('base64url')}`;
const env = { ...process.env, SPORTHUB_CONFIG_DIR: join(work, 'config'), NO_COLOR: '1' };
delete env.SPORTHUB_TOKEN;
delete env.SPORTHUB_API_URL;
delete env.SPORTHUB_PROFILE;

const step = (text) => process.stdout.write(`\n\x1b[1m── ${text}\x1b[0m\n`);

function startServer(dbFile) {
  const child = spawn(process.execPath, [serverBin, 'start', '--db', dbFile, '--port', '0', '--sandbox'], {
    env: { ...env, SPORTHUB_BOOTSTRAP_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs = [];
  return new Promise((resolvePromise, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      logs.push(line);
      try {
        const entry = JSON.parse(line);
        if (entry.msg === 'listening' && entry.url) resolvePromise({ child, url: entry.url });
      } catch {}
    });
    child.stderr.on('data', (chunk) => logs.push(String(chunk)));
    child.on('exit', (code) => reject(new Error(`sporthub-server exited with ${code}:\n${logs.join('\n')}`)));
  });
}

function cli(args, { input, allowFailure = false, quietOutput = false, summarize } = {}) {
  process.stdout.write(`\n$ sporthub ${args.join(' ')}\n`);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cliBin, ...args], {
      cwd: root,
      env,
      stdio: ['pipe', quietOutput ? 'pipe' : 'inherit', 'inherit'],
    });
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
    });
    child.stdin.end(input ?? '');
    child.on('exit', (code) => {
      if (summarize) process.stdout.write(`${summarize(JSON.parse(out))}\n`);
      if (code === 0 || allowFailure) resolvePromise(code);
      else reject(new Error(`sporthub ${args.join(' ')} exited with ${code}`));
    });
  });
}

function run(command, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`${args[1]} exited with ${code}`)),
    );
  });
}

/** The current quarter in Shanghai, e.g. 2026-Q4: the seeded activity is around today. */
function quarterOf(date) {
  const [year, month] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
  })
    .format(date)
    .split('-')
    .map(Number);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const dbFile = join(work, 'sporthub.db');

step(`Starting sporthub-server on a fresh SQLite file (${dbFile.slice(root.length + 1)})`);
const server = await startServer(dbFile);
process.stdout.write(`listening on ${server.url}\n`);
const stop = () =>
  new Promise((done) => {
    if (server.child.exitCode !== null) return done();
    server.child.once('exit', done);
    server.child.kill('SIGTERM');
  });

try {
  step('Logging in with the bootstrap token (read from stdin, never echoed)');
  await cli(['login', '--api-url', server.url, '--with-token'], { input: `${token}\n` });
  await cli(['whoami']);

  step('Provisioning the network of examples/data/network.yaml: plan, apply, and apply again (a no-op)');
  await cli(['plan', '-f', 'examples/data/network.yaml']);
  await cli(['apply', '-f', 'examples/data/network.yaml']);
  const planCode = await cli(['plan', '-f', 'examples/data/network.yaml', '--detailed-exitcode'], {
    allowFailure: true,
  });
  process.stdout.write(
    `(exit code ${planCode}: ${planCode === 0 ? 'nothing left to change' : 'changes pending'})\n`,
  );
  await cli(['outlets', 'list']);

  step('Importing the schedules staff keep: a GB18030 CSV saved by Excel, an XLSX and an iCalendar file');
  await cli(['schedules', 'import', 'examples/data/schedules/march-2027-gb18030.csv']);
  await cli(['schedules', 'import', 'examples/data/schedules/april-2027.xlsx']);
  await cli(['schedules', 'import', 'examples/data/schedules/taichi-mornings.ics', '--until', '2027-06-30']);
  await cli(['schedules', 'import', 'examples/data/schedules/march-2027-gb18030.csv', '--json'], {
    quietOutput: true,
    summarize: (doc) => `re-import: ${JSON.stringify(doc.result?.summary ?? doc.error)}`,
  });
  // A file with mistakes: validate names each bad row (file:line column: message [code]), writes nothing.
  const mistakes = join(work, 'may-draft.csv');
  writeFileSync(
    mistakes,
    [
      'external_id,outlet_code,program_code,date,start_time,end_time,capacity,coach,zone',
      'PD-MAY-1,SH-PD-0001,P-TAICHI,2027-05-03,7:30,8:30,20,C-0042,EXP',
      'PD-MAY-2,SH-PD-0001,P-TAICHI,2027-05-03,8:00,9:00,20,C-0042,',
      'PD-MAY-3,SH-PD-9999,P-YOGA,2027-05-31,19:00,20:00,15,,',
      'PD-MAY-4,SH-PD-0001,P-YOGA,2027-02-30,19:00,20:00,15,,',
      '',
    ].join('\n'),
  );
  const invalid = await cli(['schedules', 'validate', mistakes.slice(root.length + 1)], {
    allowFailure: true,
  });
  process.stdout.write(`(exit code ${invalid}: rows rejected, nothing written)\n`);

  step('An integrator embeds the SDK: outlets through the typed client');
  const hub = new SportHub({ baseUrl: server.url, token });
  const active = await hub.outlets.list({ status: 'active' }).toArray({ max: 100 });
  process.stdout.write(`SDK sees ${active.length} active outlets: ${active.map((o) => o.code).join(', ')}\n`);

  step('A season of activity: sporthub-server seed --demo (beside the running server, same database)');
  await run(process.execPath, [serverBin, 'seed', '--demo', '--scale', '3000', '--db', dbFile]);

  step('Exporting participation (atomic file + sidecar manifest) and the community health-index report');
  const exportFile = join(work, 'participation.csv');
  await cli(['participation', 'export', '--format', 'csv', '--out', exportFile.slice(root.length + 1)]);
  process.stdout.write(readFileSync(`${exportFile}.manifest.json`, 'utf8'));
  const reportFile = join(work, 'health-index.html');
  await cli([
    'reports',
    'health-index',
    '--district',
    '浦东新区',
    '--period',
    quarterOf(new Date()),
    '--format',
    'md',
    '--lang',
    'zh-CN',
  ]);
  await cli([
    'reports',
    'health-index',
    '--district',
    '浦东新区',
    '--period',
    quarterOf(new Date()),
    '--format',
    'html',
    '--lang',
    'en',
    '--out',
    reportFile.slice(root.length + 1),
  ]);
  process.stdout.write(
    `open ${reportFile.slice(root.length + 1)} in a browser (self-contained, prints on A4)\n`,
  );

  step('Sharing with a clinic: consented measurements as a FHIR R4 bundle, each share in the audit log');
  await cli(['partners', 'list']);
  const bundleFile = join(work, 'clinic-bundle.json').slice(root.length + 1);
  const syncState = join(work, 'sync-state.json').slice(root.length + 1);
  await cli(['sync', 'clinic', '--partner', 'DEMO-CLINIC-PD', '--out', bundleFile, '--state', syncState]);
  await cli(
    ['sync', 'clinic', '--partner', 'DEMO-CLINIC-PD', '--out', bundleFile, '--state', syncState, '--json'],
    {
      quietOutput: true,
      summarize: (doc) =>
        `second run picks up only what is new: ${JSON.stringify(doc.result?.shared ?? doc.result ?? doc.error)}`,
    },
  );
  await cli(['audit', 'list', '--action', 'share', '--partner', 'DEMO-CLINIC-PD']);

  step('Machine-readable output for CI jobs, and what an error looks like');
  await cli(['whoami', '--json']);
  const code = await cli(['outlets', 'get', 'SH-NOPE-9999'], { allowFailure: true });
  process.stdout.write(`(exit code ${code}: not found)\n`);

  step('Done. The server is stopped; its database and the exported files stay in .demo/.');
} finally {
  await stop();
}
