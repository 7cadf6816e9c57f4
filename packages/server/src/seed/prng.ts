/**
 * A small seeded PRNG (mulberry32): the demo data must come out the same on every run, so
 * `Math.random` is never used by the seed.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A value around `mean` (sum of uniforms, roughly normal), rounded to `decimals`. */
  around(mean: number, spread: number, decimals = 0): number {
    const u = (this.next() + this.next() + this.next()) / 3 - 0.5;
    const factor = 10 ** decimals;
    return Math.round((mean + u * 2 * spread) * factor) / factor;
  }
}

/** A PRNG per concern, so adding data to one part of the seed does not reshuffle the others. */
export function prngFor(label: string): Prng {
  let hash = 2166136261;
  for (const char of `sporthub-demo:${label}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return new Prng(hash);
}

/** One of `items`, each as likely as its weight. */
export function weightedPick<T>(items: readonly T[], weightOf: (item: T) => number, rng: Prng): T {
  const total = items.reduce((sum, item) => sum + weightOf(item), 0);
  let roll = rng.next() * total;
  for (const item of items) {
    roll -= weightOf(item);
    if (roll < 0) return item;
  }
  return items[items.length - 1] as T;
}
