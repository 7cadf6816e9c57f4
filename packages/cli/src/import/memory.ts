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

/** Watches the old generation as rows go by and collects when garbage exceeds the budget. */
export class MemoryKeeper {
  private since = 0;
  private floor = oldGenerationBytes();

  constructor(private readonly budget = 3 * 1024 * 1024) {}

  rows(count: number): void {
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
