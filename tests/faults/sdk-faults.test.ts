/**
 * The SDK through a fault-injecting proxy in front of the real server (SPEC §7: 10% injected 5xx,
 * resets, slow bodies: complete and exact). Writes carry SDK-generated idempotency keys, so a reset
 * after the server committed replays instead of duplicating.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConnectionError,
  InternalServerError,
  type OutletCreate,
  RateLimitError,
  type SessionCreate,
  SportHub,
  TimeoutError,
} from '../../packages/sdk/src/index.js';
import { type FaultProxy, startFaultProxy } from '../support/fault-proxy.js';
import { type RunningServer, startServer } from '../support/server.js';

let server: RunningServer;
let proxy: FaultProxy;
let direct: SportHub;
const run = randomBytes(3).toString('hex').toUpperCase();

beforeAll(async () => {
  // The proxy injects the 429s; the server's own per-token limit (600/min) would only add noise.
  server = await startServer({ env: { SPORTHUB_RATE_LIMIT: '0' } });
  proxy = await startFaultProxy({ target: server.baseUrl, seed: 20261128, retryAfterSeconds: 1 });
  direct = new SportHub({ baseUrl: server.baseUrl, token: server.token });
});

afterAll(async () => {
  await direct?.close();
  await proxy?.close();
  await server?.stop();
});

/** A client through the proxy: enough retries that 10% faults never exhaust them. */
function flaky(options: Partial<ConstructorParameters<typeof SportHub>[0]> = {}) {
  return new SportHub({
    baseUrl: proxy.baseUrl,
    token: server.token,
    maxRetries: 6,
    timeoutMs: 30_000,
    ...options,
  });
}

async function routeExists(call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call();
    return true;
  } catch {
    return false;
  }
}

async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

describe('10% injected faults', () => {
  it('creates 200 outlets exactly once each', async () => {
    const hub = flaky();
    proxy.setRate(0.1);
    try {
      const bodies: OutletCreate[] = Array.from({ length: 200 }, (_, i) => ({
        code: `FLT-${run}-${String(i).padStart(3, '0')}`,
        name: `故障网点 ${i}`,
        address: { district: `故障区${run}` },
      }));
      await inParallel(bodies, 8, (body) => hub.outlets.create(body));
    } finally {
      proxy.setRate(0);
      await hub.close();
    }
    const stored = await direct.outlets
      .list({ district: `故障区${run}`, limit: 500 })
      .toArray({ max: 1_000 });
    expect(stored).toHaveLength(200);
    expect(new Set(stored.map((o) => o.code)).size).toBe(200);
    expect(
      proxy.stats['reset-after'] + proxy.stats.unavailable + proxy.stats['rate-limited'],
    ).toBeGreaterThan(0);
  });

  it('batch-upserts 2,000 sessions (or outlets until sessions exist) exactly', async () => {
    const hub = flaky();
    const sessionsReady =
      (await routeExists(() => direct.sessions.list({ limit: 1 }).page())) &&
      (await routeExists(() => direct.programs.list({ limit: 1 }).page()));
    proxy.setRate(0.1);
    try {
      if (sessionsReady) {
        const outlet = await direct.outlets.create({ code: `FLT-${run}-SES`, name: '排课网点' });
        const program = await direct.programs.create({
          code: `P-FLT-${run}`,
          title: '太极拳',
          kind: 'class',
          category: 'tai_chi',
          ageGroups: ['senior'],
          intensity: 'light',
        });
        const start = Date.parse('2027-01-05T00:30:00Z');
        const rows = function* (): Generator<SessionCreate> {
          for (let i = 0; i < 2_000; i++) {
            const startsAt = new Date(start + i * 3_600_000).toISOString();
            const endsAt = new Date(start + i * 3_600_000 + 3_000_000).toISOString();
            yield {
              externalId: `FLT-${run}-${i}`,
              outletId: outlet.id,
              programId: program.id,
              startsAt,
              endsAt,
              capacity: 20,
            };
          }
        };
        const result = await hub.sessions.upsertMany(rows(), { batchSize: 200, concurrency: 4 });
        expect(result.summary).toMatchObject({ processed: 2_000, created: 2_000, rejected: 0 });
        const stored = await direct.sessions
          .list({ outletId: outlet.id, limit: 500 })
          .toArray({ max: 5_000 });
        expect(stored).toHaveLength(2_000);
        expect(new Set(stored.map((s) => s.externalId)).size).toBe(2_000);
      } else {
        const rows = Array.from({ length: 2_000 }, (_, i) => ({
          code: `FLB-${run}-${String(i).padStart(4, '0')}`,
          name: `批量网点 ${i}`,
          address: { district: `批量区${run}` },
        }));
        const result = await hub.outlets.upsertMany(rows, { batchSize: 100, concurrency: 4 });
        expect(result.summary).toMatchObject({ processed: 2_000, created: 2_000, rejected: 0 });
        expect(result.results.map((r) => r.index)).toEqual(rows.map((_, i) => i));
        const stored = await direct.outlets
          .list({ district: `批量区${run}`, limit: 500 })
          .toArray({ max: 5_000 });
        expect(stored).toHaveLength(2_000);
        expect(new Set(stored.map((o) => o.code)).size).toBe(2_000);
      }
    } finally {
      proxy.setRate(0);
      await hub.close();
    }
  });
});

describe('targeted faults', () => {
  it('surfaces a failure as the typed error when retries are disabled', async () => {
    const hub = flaky({ maxRetries: 0 });
    try {
      proxy.inject('unavailable');
      const unavailable = await hub.outlets
        .create({ code: `FLT-${run}-NR1`, name: 'x' })
        .catch((e: unknown) => e);
      expect(unavailable).toBeInstanceOf(InternalServerError);
      expect(unavailable).toMatchObject({ status: 503 });

      proxy.inject('reset-before');
      const reset = await hub.outlets.create({ code: `FLT-${run}-NR2`, name: 'x' }).catch((e: unknown) => e);
      expect(reset).toBeInstanceOf(ConnectionError);
      expect(reset).not.toBeInstanceOf(TimeoutError);
    } finally {
      await hub.close();
    }
  });

  it('throws TimeoutError with the phase where the time ran out', async () => {
    const hub = flaky({ timeoutMs: 500 });
    try {
      proxy.inject('stall');
      const headers = await hub.outlets
        .list()
        .page()
        .catch((e: unknown) => e);
      expect(headers).toBeInstanceOf(TimeoutError);
      expect(headers).toMatchObject({ phase: 'headers', timeoutMs: 500 });

      proxy.inject('stall-body');
      const body = await hub.outlets
        .list()
        .page()
        .catch((e: unknown) => e);
      expect(body).toBeInstanceOf(TimeoutError);
      expect(body).toMatchObject({ phase: 'body' });
    } finally {
      await hub.close();
    }
  });

  it('throws RateLimitError when Retry-After lies beyond the deadline, without retrying early', async () => {
    const attempts: number[] = [];
    const hub = flaky({ timeoutMs: 2_000, hooks: { onRequest: (e) => attempts.push(e.attempt) } });
    try {
      proxy.inject({ kind: 'rate-limited', retryAfterSeconds: 30 });
      const started = performance.now();
      const error = await hub.outlets
        .list()
        .page()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error).toMatchObject({ status: 429, retryAfterMs: 30_000 });
      expect(attempts).toEqual([1]);
      expect(performance.now() - started).toBeLessThan(1_000);
    } finally {
      await hub.close();
    }
  });
});
