import { afterEach, describe, expect, it } from 'vitest';
import { type SessionCreate, SportHub, type UpsertBatch, ValidationError } from '../../src/index.js';
import { problem, type Reply, startScriptedServer } from '../helpers/scripted-server.js';

let closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.map((close) => close()));
  closers = [];
});

const row = (i: number): SessionCreate => ({
  externalId: `S-${i}`,
  outletId: 'out_1',
  programId: 'prg_1',
  startsAt: '2027-01-05T08:30:00+08:00',
  endsAt: '2027-01-05T09:30:00+08:00',
  capacity: 20,
});

/** Answers every batch: item i is `created` unless its externalId ends in 7 (`rejected`). */
function batchAnswer(delayMs = 0, hook?: (items: SessionCreate[]) => void): Reply {
  return (_req, res, body) => {
    const { items } = JSON.parse(body) as { items: SessionCreate[] };
    hook?.(items);
    const results = items.map((item, index) =>
      item.externalId?.endsWith('7')
        ? { index, status: 'rejected', errors: [{ path: '/capacity', code: 'too_small', message: 'x' }] }
        : { index, status: 'created', id: `ses_${item.externalId}` },
    );
    const rejected = results.filter((r) => r.status === 'rejected').length;
    const summary = { created: items.length - rejected, updated: 0, unchanged: 0, rejected };
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ results, summary }));
    }, delayMs);
  };
}

async function setup(replies: Reply[]) {
  const server = await startScriptedServer(replies);
  const hub = new SportHub({ baseUrl: server.baseUrl, token: 'shk_test', maxRetries: 2 });
  closers.push(() => hub.close(), server.close);
  return { server, hub };
}

async function* generate(count: number, onPull?: () => void): AsyncGenerator<SessionCreate> {
  for (let i = 0; i < count; i++) {
    onPull?.();
    yield row(i);
  }
}

describe('sessions.upsertMany', () => {
  it('maps per-row results to global input indexes, one stable key per batch', async () => {
    const { server, hub } = await setup([batchAnswer(5)]);
    const progress: number[] = [];
    const result = await hub.sessions.upsertMany(generate(2_500), {
      batchSize: 1_000,
      concurrency: 2,
      mode: 'partial',
      onProgress: (p) => progress.push(p.processed),
    });
    expect(result.batches).toBe(3);
    expect(result.results).toHaveLength(2_500);
    result.results.forEach((r, i) => {
      expect(r.index).toBe(i);
      expect(r.id ?? 'rejected').toBe(i % 10 === 7 ? 'rejected' : `ses_S-${i}`);
    });
    expect(result.summary).toEqual({
      processed: 2_500,
      created: 2_250,
      updated: 0,
      unchanged: 0,
      rejected: 250,
    });
    expect(progress.at(-1)).toBe(2_500);
    const keys = server.received.map((r) => r.headers['idempotency-key']);
    expect(new Set(keys).size).toBe(3);
    expect(server.received.every((r) => r.url === '/v1/sessions:batchUpsert?mode=partial')).toBe(true);
  });

  it('retries a failed batch with the same idempotency key', async () => {
    const { server, hub } = await setup([problem(503, 'unavailable'), batchAnswer()]);
    const result = await hub.sessions.upsertMany(
      Array.from({ length: 30 }, (_, i) => row(i)),
      { batchSize: 10, concurrency: 1 },
    );
    expect(result.summary.processed).toBe(30);
    expect(server.received).toHaveLength(4);
    expect(server.received[0]?.headers['idempotency-key']).toBe(
      server.received[1]?.headers['idempotency-key'],
    );
  });

  it('never reads more than concurrency × batchSize items ahead of the answers', async () => {
    let pulled = 0;
    let answered = 0;
    let maxAhead = 0;
    const { hub } = await setup([batchAnswer(10, () => (maxAhead = Math.max(maxAhead, pulled - answered)))]);
    const batches: UpsertBatch[] = [];
    const result = await hub.sessions.upsertMany(
      generate(5_000, () => pulled++),
      {
        batchSize: 100,
        concurrency: 3,
        onBatch: (batch) => {
          answered += batch.results.length;
          batches.push({ ...batch, results: [] });
        },
      },
    );
    expect(maxAhead).toBeLessThanOrEqual(300);
    expect(maxAhead).toBeGreaterThan(100); // batches did run in parallel
    expect(result.results).toEqual([]); // streamed through onBatch, not accumulated
    expect(result.summary.processed).toBe(5_000);
    expect(batches.map((b) => b.offset).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i * 100),
    );
  });

  it('stops starting batches after a rejected atomic batch and throws its error', async () => {
    let calls = 0;
    const fail: Reply = (req, res, body) => {
      calls++;
      if (calls === 2) return problem(422, 'validation_failed')(req, res, body);
      return batchAnswer()(req, res, body);
    };
    const { hub } = await setup([fail]);
    const error = await hub.sessions
      .upsertMany(generate(10_000), { batchSize: 100, concurrency: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(calls).toBe(2);
  });

  it('validates its tuning', async () => {
    const { hub } = await setup([batchAnswer()]);
    await expect(hub.sessions.upsertMany([], { batchSize: 5_001 })).rejects.toThrow(/batchSize/);
    await expect(hub.sessions.upsertMany([], { concurrency: 0 })).rejects.toThrow(/concurrency/);
  });

  it('stops on abort', async () => {
    const { hub } = await setup([batchAnswer(20)]);
    const controller = new AbortController();
    const pending = hub.sessions.upsertMany(generate(100_000), {
      batchSize: 100,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.processed >= 500) controller.abort(new Error('stop'));
      },
    });
    await expect(pending).rejects.toThrow('stop');
  });
});
