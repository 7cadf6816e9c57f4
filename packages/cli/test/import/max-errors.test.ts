import { describe, expect, it } from 'vitest';
import { allowedRejects, exceedsMaxErrors, parseMaxErrors } from '../../src/import/max-errors.js';

describe('--max-errors', () => {
  it.each([
    ['0', { kind: 'count', value: 0 }],
    ['25', { kind: 'count', value: 25 }],
    ['2%', { kind: 'percent', value: 2 }],
    ['2.5%', { kind: 'percent', value: 2.5 }],
    ['100%', { kind: 'percent', value: 100 }],
    ['101%', undefined],
    ['-1', undefined],
    ['abc', undefined],
    ['', undefined],
  ])('parses %j', (text, want) => {
    expect(parseMaxErrors(text)).toEqual(want);
  });

  it.each([
    ['count 0, no rejects', '0', 0, 100, false],
    ['count 0, one reject', '0', 1, 100, true],
    ['count 3, three rejects', '3', 3, 6, false],
    ['count 3, four rejects', '3', 4, 6, true],
    ['10% of 100 allows 10', '10%', 10, 100, false],
    ['10% of 100, 11 rejects', '10%', 11, 100, true],
    ['1% of 150 rounds down to 1', '1%', 2, 150, true],
    ['50% of 7 allows 3', '50%', 4, 7, true],
  ])('%s', (_name, text, rejected, rows, exceeds) => {
    const limit = parseMaxErrors(text);
    if (!limit) throw new Error('unparsed');
    expect(exceedsMaxErrors(limit, rejected, rows)).toBe(exceeds);
  });

  it('allows floor(rows × P / 100)', () => {
    expect(allowedRejects({ kind: 'percent', value: 2 }, 1000)).toBe(20);
    expect(allowedRejects({ kind: 'percent', value: 0.1 }, 1000)).toBe(1);
  });
});
