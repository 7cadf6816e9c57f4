import { describe, expect, it } from 'vitest';
import {
  computeBackoffMs,
  isIdempotentMethod,
  isRetryableNetworkError,
  isRetryableStatus,
  parseRetryAfter,
} from '../../src/transport/retry.js';

describe('computeBackoffMs (full jitter)', () => {
  const options = (random: number) => ({ baseMs: 500, capMs: 8_000, random: () => random });
  const cases: Array<[string, { retry: number; random: number }, number]> = [
    ['first retry, top of the range', { retry: 1, random: 0.999999 }, 499],
    ['first retry, bottom of the range', { retry: 1, random: 0 }, 0],
    ['second retry doubles the ceiling', { retry: 2, random: 0.5 }, 500],
    ['third retry', { retry: 3, random: 0.5 }, 1_000],
    ['the cap bounds the ceiling', { retry: 10, random: 0.5 }, 4_000],
    ['a huge retry number stays capped', { retry: 1_000, random: 0.999999 }, 7_999],
  ];
  it.each(cases)('%s', (_name, { retry, random }, want) => {
    expect(computeBackoffMs(retry, options(random))).toBe(want);
  });

  it('spreads delays over [0, ceiling)', () => {
    const delays = Array.from({ length: 2_000 }, () => computeBackoffMs(3, { baseMs: 500, capMs: 8_000 }));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...delays)).toBeLessThan(2_000);
    expect(new Set(delays).size).toBeGreaterThan(100);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-28T10:00:00Z');
  const cases: Array<[string, string | undefined, number | undefined]> = [
    ['absent', undefined, undefined],
    ['empty', '', undefined],
    ['delay-seconds', '120', 120_000],
    ['zero seconds', '0', 0],
    ['padded seconds', ' 7 ', 7_000],
    ['IMF-fixdate in the future', 'Sat, 28 Nov 2026 10:00:30 GMT', 30_000],
    ['IMF-fixdate in the past', 'Sat, 28 Nov 2026 09:59:00 GMT', 0],
    ['obsolete RFC 850 date', 'Saturday, 28-Nov-26 10:01:00 GMT', 60_000],
    ['fractional seconds are invalid', '1.5', undefined],
    ['negative seconds are invalid', '-3', undefined],
    ['garbage', 'soon', undefined],
  ];
  it.each(cases)('%s', (_name, given, want) => {
    expect(parseRetryAfter(given, now)).toBe(want);
  });
});

describe('what is retried', () => {
  it.each([
    [408, true],
    [425, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [501, false],
    [505, false],
    [400, false],
    [404, false],
    [409, false],
    [412, false],
    [422, false],
  ])('status %i → %s', (status, want) => {
    expect(isRetryableStatus(status)).toBe(want);
  });

  it.each([
    ['GET', true],
    ['DELETE', true],
    ['PUT', true],
    ['POST', false],
    ['PATCH', false],
  ])('%s is idempotent: %s', (method, want) => {
    expect(isIdempotentMethod(method)).toBe(want);
  });

  it('recognizes network error codes, also wrapped in a cause', () => {
    expect(isRetryableNetworkError(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isRetryableNetworkError(new Error('x', { cause: { code: 'UND_ERR_SOCKET' } }))).toBe(true);
    expect(isRetryableNetworkError(Object.assign(new Error('x'), { code: 'UND_ERR_INVALID_ARG' }))).toBe(
      false,
    );
    expect(isRetryableNetworkError('ECONNRESET')).toBe(false);
  });
});
