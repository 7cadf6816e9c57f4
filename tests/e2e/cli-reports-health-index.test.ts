/**
 * `sporthub reports health-index` — the built CLI against a real server (SQLite), and the HTML it writes
 * opened in headless Chromium (Debian's /usr/bin/chromium through playwright-core): no console errors,
 * no request leaves the file, the SVG charts have the expected bars, a screenshot for humans in
 * tests/e2e/artifacts/ (gitignored). A missing Chromium FAILS the suite: install it with
 * `apt-get install -y chromium`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SportHub } from '@sporthub/sdk';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningServer, startServer } from '../support/server.js';

// Each test runs the CLI as several processes against a real database: slower than the suite default.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 300_000 });

const CLI_ROOT =
  process.env.SPORTHUB_CLI_ROOT ?? fileURLToPath(new URL('../../packages/cli', import.meta.url));
const CLI_BIN = path.join(CLI_ROOT, 'bin/run.js');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));

let server: RunningServer;
let dir: string;

function cli(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], {
      env: {
        ...process.env,
        SPORTHUB_CONFIG_DIR: dir,
        SPORTHUB_API_URL: server.baseUrl,
        SPORTHUB_TOKEN: server.token,
        CI: 'true',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** 14 seniors and 7 adults take part in September; 3 youths (a suppressed cell); weights measured twice. */
async function seed(hub: SportHub): Promise<void> {
  const outlet = await hub.outlets.create({
    code: 'SH-PD-0001',
    name: '浦东世纪大道体育服务点',
    address: { province: '上海市', city: '上海市', district: '浦东新区', street: '世纪大道211号' },
  });
  const program = await hub.programs.create({
    code: 'P-TAICHI',
    title: '太极拳晨练',
    kind: 'class',
    category: 'tai_chi',
    ageGroups: ['youth', 'adult', 'senior'],
    intensity: 'light',
  });
  const sessions = [];
  for (const day of ['2026-08-20', '2026-09-05', '2026-09-12']) {
    sessions.push(
      await hub.sessions.create({
        externalId: `TC-${day}`,
        outletId: outlet.id,
        programId: program.id,
        startsAt: `${day}T07:30:00+08:00`,
        endsAt: `${day}T08:30:00+08:00`,
        capacity: 40,
      }),
    );
  }
  const people = [
    ...Array.from({ length: 14 }, (_, i) => ({ birthYear: 1950 + (i % 8), key: `S${i}` })),
    ...Array.from({ length: 7 }, (_, i) => ({ birthYear: 1980 + i, key: `A${i}` })),
    ...Array.from({ length: 3 }, (_, i) => ({ birthYear: 2011 + i, key: `Y${i}` })),
  ];
  const members = await hub.members.batchUpsert(
    people.map((p) => ({ externalId: `M-${p.key}`, displayName: p.key, birthYear: p.birthYear })),
  );
  const ids = members.results.map((r) => r.id as string);
  const [august, sep5, sep12] = sessions as unknown as [{ id: string }, { id: string }, { id: string }];
  await hub.participation.batchUpsert([
    ...ids
      .slice(0, 10)
      .map((memberId) => ({ sessionId: august.id, memberId, checkedInAt: '2026-08-20T07:35:00+08:00' })),
    ...ids.map((memberId) => ({
      sessionId: sep5.id,
      memberId,
      checkedInAt: '2026-09-05T07:35:00+08:00',
      durationMinutes: 60,
    })),
    ...ids
      .slice(0, 12)
      .map((memberId) => ({ sessionId: sep12.id, memberId, checkedInAt: '2026-09-12T07:36:00+08:00' })),
  ]);
  for (const [i, memberId] of ids.slice(0, 8).entries()) {
    for (const [day, delta] of [
      ['2026-09-05', 0],
      ['2026-09-12', -0.6],
    ] as const) {
      await hub.healthMeasurements.record({
        memberId,
        outletId: outlet.id,
        type: 'weight',
        value: 60 + i + delta,
        measuredAt: `${day}T08:40:00+08:00`,
        source: 'staff',
      });
    }
  }
  for (let i = 0; i < 6; i++) {
    await hub.feedback.create({
      sessionId: sep5.id,
      memberId: ids[i],
      rating: 4 + (i % 2),
      nps: 8 + (i % 3),
    });
  }
}

beforeAll(async () => {
  server = await startServer();
  dir = await mkdtemp(path.join(tmpdir(), 'sporthub-report-e2e-'));
  const hub = new SportHub({ baseUrl: server.baseUrl, token: server.token });
  await seed(hub);
  await hub.close();
});

afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('reports health-index', () => {
  it('prints Markdown in the language of LANG, and JSON as the API returns it', async () => {
    const md = await cli(
      ['reports', 'health-index', '--outlet', 'SH-PD-0001', '--period', '2026-09', '--format', 'md'],
      {
        LANG: 'zh_CN.UTF-8',
        LC_ALL: '',
        LC_MESSAGES: '',
      },
    );
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain('# 社区健康指数报告');
    expect(md.stdout).toContain('不足5人');
    const json = await cli([
      'reports',
      'health-index',
      '--district',
      '浦东新区',
      '--period',
      '2026-Q3',
      '--format',
      'json',
    ]);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      scope: { kind: 'district' },
      period: { label: '2026-Q3' },
    });
    const unknown = await cli(['reports', 'health-index', '--outlet', 'NOPE', '--period', '2026-09']);
    expect(unknown.code).toBe(5);
  });

  it('writes one self-contained HTML file that renders in Chromium with its charts', async () => {
    const file = path.join(dir, 'report.html');
    const run = await cli([
      'reports',
      'health-index',
      '--outlet',
      'SH-PD-0001',
      '--period',
      '2026-09',
      '--out',
      file,
      '--lang',
      'en',
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).result).toMatchObject({ format: 'html', lang: 'en' });
    const report = JSON.parse(
      (
        await cli([
          'reports',
          'health-index',
          '--outlet',
          'SH-PD-0001',
          '--period',
          '2026-09',
          '--format',
          'json',
        ])
      ).stdout,
    );

    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `${CHROMIUM} is missing: install Debian's Chromium with \`apt-get install -y chromium\` to run this test.`,
      );
    }
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) problems.push(`external request: ${r.url()}`);
      });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      expect(problems).toEqual([]);
      expect(await page.locator('script').count()).toBe(0);

      const ageBars = page.locator('#chart-age-groups rect.bar');
      expect(await ageBars.count()).toBe(5);
      const suppressed = report.participationRateByAgeGroup.filter(
        (g: { suppressed: boolean }) => g.suppressed,
      );
      expect(suppressed.length).toBeGreaterThan(0);
      expect(await page.locator('#chart-age-groups rect.bar.suppressed').count()).toBe(suppressed.length);
      expect(await page.locator('#chart-comparison rect.bar').count()).toBe(6);
      expect(await page.locator('#chart-trends g.trend-row').count()).toBe(report.measurementTrends.length);
      // The bars really render (laid out with a size), not just exist in the markup.
      const box = await page.locator('#chart-age-groups rect.bar[data-group="senior"]').boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(10);
      const seniors = report.participationRateByAgeGroup.find(
        (g: { ageGroup: string }) => g.ageGroup === 'senior',
      );
      expect(
        await page.locator('#chart-age-groups rect.bar[data-group="senior"]').getAttribute('data-value'),
      ).toBe(String(seniors.participations));

      await mkdir(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'health-index-report.png'), fullPage: true });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    } finally {
      await browser.close();
    }
    expect(readFileSync(file, 'utf8')).not.toMatch(/<script|<link|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });
});
