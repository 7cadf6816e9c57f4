import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/*
 * Flat memory for imports of any size (SPEC §7: CLI RSS ≤ 150 MB for a million rows). An import
 * allocates far faster than it keeps (every row is decoded, checked, resolved and serialized, then
 * dropped). What dies young costs nothing, but whatever outlives a scavenge (a batch waiting for the
 * server's answer, its request body) is promoted, and V8 lets the old generation fill with such
 * garbage up to several hundred MB before it compacts. So the keeper looks at the old generation
 * every few thousand rows and collects fully once it holds `budget` bytes more than the last
 * collection left: the heap stays near what is live, and a phase that promotes little (pass 1) pays
 * for no collection it does not need. A fixed cadence (every 20k rows) cost 1.7 s of CPU on a 1M-row
 * validation for no lower peak, and every 100k let a 100k-row import peak ~45 MB higher. On a 1M-row
 * import, a 12 MB budget peaked at 163–171 MB, 6 MB at 156 MB and 3 MB at 150 MB, all for the same CPU
 * (a collection of the ~25 MB that is live takes a few milliseconds).
 */

let collect: (() => void) | undefined;

function fullCollector(): () => void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  return collect;
}

/** Bytes in use in the old generation (regular and large objects). */
function oldGenerationBytes(): number {
  let used = 0;
  for (const space of getHeapSpaceStatistics()) {
    if (space.space_name === 'old_space' || space.space_name === 'large_object_space')
      used += space.space_used_size;
  }
  return used;
}

/** Rows between two looks at the heap (a look costs a few microseconds). */
const LOOK_EVERY = 2048;

/**
 * The young generation an import may grow to (both semi-spaces). `bin/run.js` starts imports with 1 MB
 * semi-spaces that cannot grow, so startup and a small file stay small; once rows flow, they may double
 * up to this. V8 reads the semi-space size only at startup and NODE_OPTIONS refuses it, but it reads the
 * growth factor at each scavenge: rows are let grow it (factor 2) and stop it once it is reached
 * (factor 1). With rows arriving 256 at a time (well under a semi-space of garbage), at most one
 * scavenge happens between two looks, so it cannot overshoot. 100k rows, pass 1: 1 MB semi-spaces spent
 * ~0.6 s more user CPU than 4 MB ones (2.4–2.7 s vs 1.9 s) for 2–3 MB less RSS.
 */
const YOUNG_GENERATION_BYTES = 8 * 1024 * 1024;

let young: 'fixed' | 'growing' | 'settled' = 'fixed';

/** Lets the young generation grow to `YOUNG_GENERATION_BYTES`, and no further; call every ≤256 rows. */
function growYoungGeneration(): void {
  if (young === 'settled') return;
  const size = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
  if (size >= YOUNG_GENERATION_BYTES) {
    young = 'settled';
    setFlagsFromString('--semi-space-growth-factor=1');
  } else if (young === 'fixed') {
    young = 'growing';
    setFlagsFromString('--semi-space-growth-factor=2');
  }
}

/** Watches the old generation as rows go by and collects when garbage exceeds the budget. */
export class MemoryKeeper {
  private since = 0;
  private floor = oldGenerationBytes();

  constructor(private readonly budget = 3 * 1024 * 1024) {}

  /** `count` more rows went by; pass 1 (`grow`: at most 256 at a time) may grow the young generation. */
  rows(count: number, grow = false): void {
    if (grow) growYoungGeneration();
    this.since += count;
    if (this.since < LOOK_EVERY) return;
    this.since = 0;
    if (oldGenerationBytes() > this.floor + this.budget) this.collect();
  }

  /** Collects now, e.g. when a phase's large structures just became garbage. */
  collect(): void {
    this.since = 0;
    fullCollector()();
    this.floor = oldGenerationBytes();
  }
}
