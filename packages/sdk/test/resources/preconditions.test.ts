import { describe, expect, it } from 'vitest';
import { formatIfMatch, ifMatchHeader } from '../../src/resources/preconditions.js';

describe('formatIfMatch', () => {
  it.each([
    [7, '"7"'],
    ['7', '"7"'],
    ['"7"', '"7"'],
    ['W/"7"', 'W/"7"'],
    ['*', '*'],
    [' 12 ', '"12"'],
  ])('%o → %s', (given, want) => {
    expect(formatIfMatch(given)).toBe(want);
  });

  it('adds if-match to the caller headers only when a revision is given', () => {
    expect(ifMatchHeader(undefined, { a: 'b' })).toEqual({ a: 'b' });
    expect(ifMatchHeader(3, { a: 'b' })).toEqual({ a: 'b', 'if-match': '"3"' });
  });
});
