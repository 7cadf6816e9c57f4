#!/usr/bin/env node
/**
 * SPEC §7 "SDK overhead": 2,000 sequential GETs through the SDK vs raw `undici.request` to the same
 * server, in one run. Warm-up first, then rounds alternating which side goes first; the ratio is
 * median(SDK round) / median(raw round). Bar: ≤ 1.10.
 *
 * Needs the built server and SDK: `pnpm --filter @sporthub/server build && pnpm --filter @sporthub/sdk build`.
 *
 *   node tests/bench/sdk-overhead.mjs [--requests 2000] [--rounds 7]
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SportHub } from '@sporthub/sdk';
import { Agent, request } from 'undici';

const { values } = parseArgs({
  options: { requests: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '7' } },
});
const REQUESTS = Number(values.requests);
const ROUNDS = Number(values.rounds);
const BAR = 1.1;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function startServer() {
  const dir = await mkdtemp(path.join(tmpdir(), 'sporthub-bench-'));
  const token = `shk_${randomBytes(32).toString('base64url')}`;
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'packages/server/bin/sporthub-server.js'),
      'start',
      '--port',
      '0',
      '--db',
      path.join(dir, 'db'),
    ],
    {
      env: { ...process.env, LOG_LEVEL: 'info', SPORTHUB_RATE_LIMIT: '0', SPORTHUB_BOOTSTRAP_TOKEN: token },
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  const baseUrl = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      try {
        const entry = JSON.parse(line);
        if (entry.msg === 'listening') resolve(entry.url);
      } catch {}
    });
  });
  return {
    baseUrl,
    token,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const server = await startServer();
const outletId = await (async () => {
  const hub = new SportHub({ baseUrl: server.baseUrl, token: server.token });
  const outlet = await hub.outlets.create({ code: 'BENCH-0001', name: '基准网点' });
  await hub.close();
  return outlet.id;
})();

// Both sides: one keep-alive agent each, same server, same path, JSON decoded.
const sdk = new SportHub({ baseUrl: server.baseUrl, token: server.token });
const rawAgent = new Agent();
const url = `${server.baseUrl}/v1/outlets/${outletId}`;
const headers = { authorization: `Bearer ${server.token}`, accept: 'application/json' };

const sides = {
  async sdk(n) {
    for (let i = 0; i < n; i++) await sdk.outlets.get(outletId);
  },
  async raw(n) {
    for (let i = 0; i < n; i++) {
      const res = await request(url, { headers, dispatcher: rawAgent });
      if (res.statusCode !== 200) throw new Error(`raw GET: ${res.statusCode}`);
      await res.body.json();
    }
  },
};

async function time(side, n) {
  const started = performance.now();
  await sides[side](n);
  return performance.now() - started;
}

await time('sdk', 300);
await time('raw', 300);
const samples = { sdk: [], raw: [] };
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? ['sdk', 'raw'] : ['raw', 'sdk'];
  for (const side of order) samples[side].push(await time(side, REQUESTS));
}
await sdk.close();
await rawAgent.close();
await server.stop();

const sdkMs = median(samples.sdk);
const rawMs = median(samples.raw);
const ratio = sdkMs / rawMs;
console.log(`requests per round: ${REQUESTS}, rounds: ${ROUNDS}`);
console.log(
  `raw undici.request: median ${rawMs.toFixed(0)} ms (${((rawMs * 1000) / REQUESTS).toFixed(0)} µs/request)`,
);
console.log(
  `SDK outlets.get:    median ${sdkMs.toFixed(0)} ms (${((sdkMs * 1000) / REQUESTS).toFixed(0)} µs/request)`,
);
console.log(`ratio SDK/raw: ${ratio.toFixed(3)} (bar ≤ ${BAR.toFixed(2)}) ${ratio <= BAR ? 'PASS' : 'FAIL'}`);
process.exitCode = ratio <= BAR ? 0 : 1;
