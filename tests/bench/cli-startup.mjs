#!/usr/bin/env node
// SPEC §7 "CLI start": `sporthub --version` and `sporthub apply --help` ≤ 2× `node -e 0`.
// Runs the three interleaved N times in one process (so machine load hits all three alike), each as a
// child process with stdout piped, and prints medians and ratios. Needs the built CLI
// (`pnpm --filter @sporthub/cli build`). Usage: node tests/bench/cli-startup.mjs [N=20]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../packages/cli/bin/run.js', import.meta.url));
const CACHE = fileURLToPath(new URL('../../packages/cli/dist/help-cache.json', import.meta.url));
const N = Number(process.argv[2] ?? 20);
const BAR = 2;

if (!existsSync(CACHE)) {
  console.error('The CLI is not built: run `pnpm --filter @sporthub/cli build` first.');
  process.exit(1);
}

const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'sporthub --version', args: [BIN, '--version'] },
  { name: 'sporthub apply --help', args: [BIN, 'apply', '--help'] },
];

const env = { ...process.env };
for (const name of ['SPORTHUB_NO_HELP_CACHE', 'OCLIF_COLUMNS', 'FORCE_COLOR']) delete env[name];

function time(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return ms;
}

for (const c of cases) time(c.args); // warm the file cache
const samples = cases.map(() => []);
for (let i = 0; i < N; i++) {
  cases.forEach((c, j) => {
    samples[j].push(time(c.args));
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const medians = samples.map(median);
const base = medians[0];
let ok = true;
console.log(`CLI start-up, ${N} interleaved runs, medians (bar: ≤ ${BAR}× node -e 0)`);
cases.forEach((c, j) => {
  const ratio = medians[j] / base;
  const verdict = j === 0 ? '' : ratio <= BAR ? '  ok' : '  OVER THE BAR';
  if (j > 0 && ratio > BAR) ok = false;
  console.log(
    `  ${c.name.padEnd(24)} ${medians[j].toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}×${verdict}`,
  );
});
process.exitCode = ok ? 0 : 1;
