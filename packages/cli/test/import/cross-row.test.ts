import { describe, expect, it } from 'vitest';
import { IntColumn, IntervalIndex, KeyIndex, LineColumn } from '../../src/import/cross-row.js';

const at = (hhmm: string, day = '2027-03-01') => Date.parse(`${day}T${hhmm}:00+08:00`);

type Filed = Map<string, Array<[number, number, number]>>;

/**
 * Checks `index.clash` against a brute-force search of what was filed: undefined when nothing overlaps,
 * else one of the overlapping ordinals. True when something overlapped (a probe that tested a clash).
 */
function agreesOn(index: IntervalIndex, filed: Filed, resource: string, start: number, end: number): boolean {
  const expected = (filed.get(resource) ?? []).filter(([s, e]) => s < end && start < e).map(([, , i]) => i);
  const found = index.clash(resource, start, end);
  if (expected.length === 0) expect(found).toBeUndefined();
  else expect(expected).toContain(found);
  return expected.length > 0;
}

describe('IntervalIndex (half-open overlap per resource)', () => {
  const cases: Array<
    [string, { first: [string, string]; second: [string, string]; sameResource?: boolean; clash: boolean }]
  > = [
    ['back to back is fine', { first: ['09:00', '10:00'], second: ['10:00', '11:00'], clash: false }],
    ['overlap by a minute', { first: ['09:00', '10:00'], second: ['09:59', '11:00'], clash: true }],
    ['contained', { first: ['09:00', '12:00'], second: ['10:00', '11:00'], clash: true }],
    ['identical', { first: ['09:00', '10:00'], second: ['09:00', '10:00'], clash: true }],
    ['before', { first: ['09:00', '10:00'], second: ['07:00', '09:00'], clash: false }],
    [
      'other resource',
      { first: ['09:00', '10:00'], second: ['09:00', '10:00'], sameResource: false, clash: false },
    ],
  ];
  it.each(cases)('%s', (_name, { first, second, sameResource = true, clash }) => {
    const index = new IntervalIndex();
    index.add('stf_A', at(first[0]), at(first[1]), 7);
    const found = index.clash(sameResource ? 'stf_A' : 'stf_B', at(second[0]), at(second[1]));
    expect(found).toBe(clash ? 7 : undefined);
  });

  it('finds a session spanning midnight from the next day', () => {
    const index = new IntervalIndex();
    index.add('zon_A', Date.parse('2027-03-01T23:00:00+08:00'), Date.parse('2027-03-02T01:00:00+08:00'), 3);
    expect(
      index.clash('zon_A', Date.parse('2027-03-02T00:30:00+08:00'), Date.parse('2027-03-02T02:00:00+08:00')),
    ).toBe(3);
    expect(
      index.clash('zon_A', Date.parse('2027-03-02T01:00:00+08:00'), Date.parse('2027-03-02T02:00:00+08:00')),
    ).toBeUndefined();
  });

  it('finds a session running into the next weeks from any of them', () => {
    // Lists cover a week: an 8-day event is filed in two or three of them.
    const index = new IntervalIndex();
    index.add('zon_A', at('10:00', '2027-03-01'), at('10:00', '2027-03-09'), 5);
    expect(index.clash('zon_A', at('12:00', '2027-03-08'), at('13:00', '2027-03-08'))).toBe(5);
    expect(index.clash('zon_A', at('09:00', '2027-03-09'), at('09:30', '2027-03-09'))).toBe(5);
    expect(index.clash('zon_A', at('10:00', '2027-03-09'), at('11:00', '2027-03-09'))).toBeUndefined();
    expect(index.clash('zon_A', at('09:00', '2027-03-01'), at('10:00', '2027-03-01'))).toBeUndefined();
  });

  it("does not report a resource's first session of a week as clashing with the file's first row", () => {
    // Rows out of date order: coach B is seen weeks later first, then at the time of row 0 (coach A).
    // Its list for that week is empty, and an empty slot once read as "starts at entry 0".
    const index = new IntervalIndex();
    index.add('stf_A', at('09:00'), at('10:00'), 0);
    index.add('stf_B', at('09:00', '2027-03-22'), at('10:00', '2027-03-22'), 1);
    expect(index.clash('stf_B', at('09:30'), at('10:30'))).toBeUndefined();
    expect(index.clash('stf_A', at('09:30'), at('10:30'))).toBe(0);
  });

  it("keeps a row's coach and zone apart while storing its span once", () => {
    const index = new IntervalIndex();
    index.add('stf_A', at('09:00'), at('10:00'), 4);
    index.add('zon_A', at('09:00'), at('10:00'), 4, 1);
    index.add('zon_B', at('11:00'), at('12:00'), 5, 1);
    expect(index.clash('stf_A', at('09:30'), at('10:30'))).toBe(4);
    expect(index.clash('zon_A', at('09:30'), at('10:30'))).toBe(4);
    expect(index.clash('zon_B', at('09:30'), at('10:30'))).toBeUndefined();
    expect(index.clash('stf_A', at('11:00'), at('12:00'))).toBeUndefined();
  });

  it('holds many intervals (arena growth)', () => {
    const index = new IntervalIndex();
    for (let i = 0; i < 20_000; i++) index.add(`c${i % 50}`, i * 3_600_000, i * 3_600_000 + 1_800_000, i);
    expect(index.clash('c7', 7 * 3_600_000 + 60_000, 7 * 3_600_000 + 120_000)).toBe(7);
    expect(index.clash('c7', 7 * 3_600_000 + 1_800_000, 8 * 3_600_000)).toBeUndefined();
  });
  it('agrees with a brute-force search across arena chunks and table growth', () => {
    // 150k intervals (over two 65,536-node chunks) on 300 resources × 400 days (~17k resource-weeks).
    let seed = 42;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed % n;
    };
    const day0 = Date.UTC(2027, 0, 1);
    const index = new IntervalIndex();
    const filed: Filed = new Map();
    for (let i = 0; i < 150_000; i++) {
      const resource = `stf_${random(300)}`;
      const start = day0 + random(400) * 86_400_000 + random(96) * 900_000;
      const end = start + (1 + random(8)) * 900_000;
      if (index.clash(resource, start, end) !== undefined) continue;
      index.add(resource, start, end, i);
      filed.set(resource, [...(filed.get(resource) ?? []), [start, end, i]]);
    }
    let checked = 0;
    for (let probe = 0; probe < 3_000; probe++) {
      const resource = `stf_${random(300)}`;
      const start = day0 + random(400) * 86_400_000 + random(96) * 900_000;
      const end = start + (1 + random(8)) * 900_000;
      if (agreesOn(index, filed, resource, start, end)) checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('IntervalIndex with sessions over several days, in two lanes', () => {
  it('agrees with a brute-force search', () => {
    // 40k rows, each a coach (lane 0) and a zone (lane 1), a quarter running up to ten days: their later
    // weeks become overflow entries (thousands of them).
    let seed = 7;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return (seed >>> 12) % n; // the high bits: an LCG's low bits repeat with short periods
    };
    const day0 = Date.UTC(2027, 0, 1);
    const index = new IntervalIndex();
    const filed: Filed = new Map();
    const file = (resource: string, start: number, end: number, i: number) =>
      filed.set(resource, [...(filed.get(resource) ?? []), [start, end, i]]);
    for (let i = 0; i < 40_000; i++) {
      const coach = `stf_${random(200)}`;
      const zone = `zon_${random(100)}`;
      const start = day0 + random(300) * 86_400_000 + random(96) * 900_000;
      const long = random(4) === 0;
      const end = start + (long ? (1 + random(960)) * 900_000 : (1 + random(8)) * 900_000);
      if (index.clash(coach, start, end) !== undefined || index.clash(zone, start, end) !== undefined)
        continue;
      index.add(coach, start, end, i, 0);
      index.add(zone, start, end, i, 1);
      file(coach, start, end, i);
      file(zone, start, end, i);
    }
    let checked = 0;
    for (let probe = 0; probe < 4_000; probe++) {
      const resource = random(2) === 0 ? `stf_${random(200)}` : `zon_${random(100)}`;
      const start = day0 + random(300) * 86_400_000 + random(96) * 900_000;
      const end = start + (1 + random(200)) * 900_000;
      if (agreesOn(index, filed, resource, start, end)) checked++;
    }
    expect(checked).toBeGreaterThan(500);
  });
});

describe('KeyIndex (duplicate external_id)', () => {
  it('returns the first ordinal of a key seen before', () => {
    const keys = new KeyIndex();
    expect(keys.addOrGet('PD-1', 0)).toBeUndefined();
    expect(keys.addOrGet('PD-2', 1)).toBeUndefined();
    expect(keys.addOrGet('PD-1', 2)).toBe(0);
    expect(keys.get('PD-2')).toBe(1);
    expect(keys.get('PD-3')).toBeUndefined();
  });

  it('keeps 200k keys apart through growth', () => {
    const keys = new KeyIndex();
    let clashes = 0;
    for (let i = 0; i < 200_000; i++) if (keys.addOrGet(`S-${i}`, i) !== undefined) clashes++;
    expect(clashes).toBe(0);
    expect(keys.count).toBe(200_000);
    let wrong = 0;
    for (let i = 0; i < 200_000; i += 97) if (keys.get(`S-${i}`) !== i) wrong++;
    expect(wrong).toBe(0);
    expect(keys.get('S-200000')).toBeUndefined();
  });
});

describe('IntColumn (per-row values in fixed chunks)', () => {
  it('reads back values on both sides of chunk boundaries, and 0 where nothing was set', () => {
    const column = new IntColumn();
    for (const i of [0, 65_535, 65_536, 200_001]) column.set(i, i * 2 - 7);
    expect([0, 65_535, 65_536, 200_001].map((i) => column.get(i))).toEqual([-7, 131_063, 131_065, 399_995]);
    expect(column.get(1)).toBe(0);
    expect(column.get(150_000)).toBe(0);
    expect(column.get(5_000_000)).toBe(0);
  });
});

describe('LineColumn (line of each ordinal, as runs)', () => {
  it('gives back every line: regular rows, multi-line cells, blank lines, a second file', () => {
    const lines = new LineColumn();
    const expected: number[] = [];
    let line = 2;
    for (let ordinal = 0; ordinal < 50_000; ordinal++) {
      if (ordinal === 30_000)
        line = 2; // the second file starts over after its header
      else if (ordinal % 997 === 0) line += 3; // a cell spanning lines, or blank lines
      expected.push(line);
      lines.set(ordinal, line);
      line++;
    }
    const wrong = expected.filter((l, ordinal) => lines.get(ordinal) !== l).length;
    expect(wrong).toBe(0);
  });
});
