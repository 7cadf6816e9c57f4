import { describe, expect, it } from 'vitest';
import { ProgressReporter, type RetryNotice } from '../../src/progress/index.js';

/** A reporter writing into `out`, on a clock the test moves. */
function reporter(mode: 'bar' | 'ndjson' | 'none') {
  const out: string[] = [];
  let now = 0;
  const progress = new ProgressReporter(mode, { write: (text: string) => out.push(text) }, 100, () => now);
  return { progress, out, tick: (ms: number) => (now += ms) };
}

const rateLimited: RetryNotice = {
  attempt: 1,
  delayMs: 42_500,
  error: Object.assign(new Error('Rate limit of 600 requests per 60 s exceeded; retry in 43 s.'), {
    status: 429,
    code: 'rate_limited',
  }),
};
const reset: RetryNotice = { attempt: 2, delayMs: 900, error: new Error('socket hang up') };

describe('ProgressReporter.waiting', () => {
  it('emits an NDJSON retry event with the reason and the wait', () => {
    const { progress, out, tick } = reporter('ndjson');
    progress.phase('write', 3000);
    tick(250);
    progress.waiting(rateLimited);
    progress.waiting(reset);
    expect(out.map((line) => JSON.parse(line))).toEqual([
      {
        type: 'retry',
        phase: 'write',
        attempt: 1,
        delayMs: 42_500,
        reason: 'rate_limited',
        message: 'Rate limit of 600 requests per 60 s exceeded; retry in 43 s.',
      },
      {
        type: 'retry',
        phase: 'write',
        attempt: 2,
        delayMs: 900,
        reason: 'network',
        message: 'socket hang up',
      },
    ]);
  });

  it('adds what it waits for to the bar, until the next redraw', () => {
    const { progress, out, tick } = reporter('bar');
    progress.phase('write', 3000);
    tick(200);
    progress.update({ processed: 1000, ok: 1000, rejected: 0 });
    progress.waiting(rateLimited);
    const line = out.at(-1) ?? '';
    expect(line.startsWith('\r\u001B[2Kwrite [')).toBe(true);
    expect(line).toMatch(/33% 1,000\/3,000 rows .* · waiting 43s to retry: rate limited by the server$/);
    tick(50);
    progress.update({ processed: 1000, ok: 1000, rejected: 0 });
    expect(out).toHaveLength(2);
    tick(100);
    progress.update({ processed: 1100, ok: 1100, rejected: 0 });
    expect(out).toHaveLength(3);
    expect(out.at(-1)).not.toContain('waiting');
    progress.waiting(reset);
    expect(out.at(-1)).toMatch(/ · waiting 1s to retry: socket hang up$/);
  });

  it('writes nothing without progress', () => {
    const { progress, out } = reporter('none');
    progress.phase('write', 10);
    progress.waiting(rateLimited);
    expect(out).toEqual([]);
  });
});
