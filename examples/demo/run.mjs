#!/usr/bin/env node
// The demo (README quick start, first command): starts sporthub-server on a fresh SQLite file with a
// bootstrap token, then drives the operator CLI against it the way an operator would, printing a
// transcript. Everything lives in .demo/ at the repository root and is recreated on every run.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { SportHub } from '@sporthub/sdk';
import { parse } from 'yaml';

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

function cli(args, { input, allowFailure = false } = {}) {
  process.stdout.write(`\n$ sporthub ${args.join(' ')}\n`);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cliBin, ...args], { env, stdio: ['pipe', 'inherit', 'inherit'] });
    child.stdin.end(input ?? '');
    child.on('exit', (code) => {
      if (code === 0 || allowFailure) resolvePromise(code);
      else reject(new Error(`sporthub ${args.join(' ')} exited with ${code}`));
    });
  });
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

  step('Provisioning the outlets of examples/data/network.yaml (through the SDK, as an integrator would)');
  const manifest = parse(readFileSync(join(root, 'examples/data/network.yaml'), 'utf8'));
  const hub = new SportHub({ baseUrl: server.url, token });
  const items = manifest.outlets.map(({ partners: _partners, ...outlet }) => outlet);
  const result = await hub.outlets.batchUpsert(items);
  process.stdout.write(`batch upsert: ${JSON.stringify(result.summary)}\n`);

  step('Listing them with the CLI');
  await cli(['outlets', 'list']);
  await cli(['outlets', 'get', 'SH-PD-0001']);
  await cli(['outlets', 'list', '--status', 'active', '-o', 'csv']);

  step('Machine-readable output for CI jobs, and what an error looks like');
  await cli(['outlets', 'list', '--district', '静安区', '--json']);
  const code = await cli(['outlets', 'get', 'SH-NOPE-9999'], { allowFailure: true });
  process.stdout.write(`(exit code ${code}: not found)\n`);

  step('Done. The server is stopped; its database stays in .demo/ for you to inspect.');
} finally {
  await stop();
}
