import type { AgeGroup } from '@sporthub/schemas';
import type { SeedMember } from './people.js';
import type { Prng } from './prng.js';

/** Members grouped by the age groups a program admits, so a youth basketball class gets youths. */
export class MemberPools {
  private readonly byKey = new Map<string, SeedMember[]>();

  constructor(private readonly members: readonly SeedMember[]) {}

  of(ageGroups: readonly AgeGroup[]): SeedMember[] {
    const key = [...ageGroups].sort().join(',');
    let pool = this.byKey.get(key);
    if (!pool) {
      pool = this.members.filter((m) => ageGroups.includes(m.ageGroup));
      if (pool.length === 0) pool = [...this.members];
      this.byKey.set(key, pool);
    }
    return pool;
  }
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * `k` distinct members of `pool` (at most all of it) in O(k): a random start and a stride coprime
 * with the pool size walk the pool without repeating, so (session, member) pairs stay unique.
 */
export function pickDistinct(pool: readonly SeedMember[], k: number, rng: Prng): SeedMember[] {
  const n = pool.length;
  const take = Math.min(k, n);
  if (take === 0) return [];
  let stride = rng.int(1, Math.max(1, n - 1));
  while (gcd(stride, n) !== 1) stride += 1;
  const start = rng.int(0, n - 1);
  const out: SeedMember[] = new Array(take);
  for (let j = 0; j < take; j += 1) out[j] = pool[(start + j * stride) % n] as SeedMember;
  return out;
}
