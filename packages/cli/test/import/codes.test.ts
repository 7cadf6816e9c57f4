import { describe, expect, it } from 'vitest';
import { byCode, canonicalCode } from '../../src/import/codes.js';

describe('canonicalCode', () => {
  const zones = new Map([
    ['EXP', 1],
    ['Gym', 2],
    ['GYM', 3],
    ['trn', 4],
  ]);

  it('takes the code as written first, then the one key that differs only in case', () => {
    expect(canonicalCode(zones, 'EXP')).toBe('EXP');
    expect(canonicalCode(zones, 'exp')).toBe('EXP');
    expect(canonicalCode(zones, 'TRN')).toBe('trn');
    expect(byCode(zones, 'eXp')).toBe(1);
  });

  it('names nothing when two keys differ only in case, unless the code is one of them as written', () => {
    expect(canonicalCode(zones, 'gym')).toBeUndefined();
    expect(canonicalCode(zones, 'Gym')).toBe('Gym');
    expect(byCode(zones, 'GYM')).toBe(3);
  });

  it('names nothing for a code no key has in any case', () => {
    expect(canonicalCode(zones, 'EXP2')).toBeUndefined();
    expect(byCode(new Map<string, number>(), 'EXP')).toBeUndefined();
  });
});
