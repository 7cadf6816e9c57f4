/*
 * The cross-row checks of SPEC §6.2 in memory that stays small for a million rows: a Map of a million
 * strings costs ~120 MB on V8, so every index lives in typed arrays, and whatever is per row is stored
 * once, by the row's ordinal, in `IntColumn`s.
 *
 * - `KeyIndex`: external_id → ordinal of the first row with it. A row's 64-bit hash of its id (two
 *   independent 32-bit FNV-1a variants) sits in two columns; an open-addressing table of ordinals finds
 *   it. Two different ids collide with probability ~n²/2^65 (3·10⁻⁸ for 10⁶ rows); the key strings
 *   themselves are never kept. 16 bytes a row.
 * - `IntervalIndex`: per resource (coach, zone) and week, the rows whose spans take it, as linked lists
 *   threaded through per-row columns (4 bytes per row and lane); each row's span is kept once.
 *   Half-open: a session ending at 10:00 and one starting at 10:00 do not overlap. A session spanning
 *   the end of a week is filed under every week it touches.
 */

/** Int32s per chunk of an `IntColumn` (256 KiB): growing never copies, so there is no doubling peak. */
const COLUMN_CHUNK_BITS = 16;
const COLUMN_CHUNK = 1 << COLUMN_CHUNK_BITS;

/** A growable Int32 column indexed by ordinal (hashes, spans, list links); unset reads 0. */
export class IntColumn {
  private readonly chunks: Int32Array[] = [];

  set(index: number, value: number): void {
    const c = index >>> COLUMN_CHUNK_BITS;
    while (this.chunks.length <= c) this.chunks.push(new Int32Array(COLUMN_CHUNK));
    (this.chunks[c] as Int32Array)[index & (COLUMN_CHUNK - 1)] = value;
  }

  get(index: number): number {
    return this.chunks[index >>> COLUMN_CHUNK_BITS]?.[index & (COLUMN_CHUNK - 1)] ?? 0;
  }
}

/**
 * The line of each ordinal, kept as runs over which `line − ordinal` stays the same: one run per file
 * for a CSV without multi-line cells, so a million rows cost a few bytes instead of 4 MB. Ordinals
 * must be set in increasing order.
 */
export class LineColumn {
  private readonly firstOrdinals = new IntColumn();
  private readonly offsets = new IntColumn();
  private runs = 0;
  private lastOffset = 0;

  set(ordinal: number, line: number): void {
    const offset = line - ordinal;
    if (this.runs > 0 && offset === this.lastOffset) return;
    this.firstOrdinals.set(this.runs, ordinal);
    this.offsets.set(this.runs, offset);
    this.runs++;
    this.lastOffset = offset;
  }

  get(ordinal: number): number {
    // The last run starting at or before `ordinal`.
    let low = 0;
    let high = this.runs - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.firstOrdinals.get(mid) <= ordinal) low = mid;
      else high = mid - 1;
    }
    return ordinal + this.offsets.get(low);
  }
}

function hashes(key: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a | 0, (b ^ (b >>> 13)) | 0];
}

/** external_id → first ordinal, without keeping the strings. */
export class KeyIndex {
  private capacity = 1 << 12;
  private size = 0;
  /** ordinal + 1 per slot; 0 = empty. */
  private table = new Int32Array(this.capacity);
  private readonly h1 = new IntColumn();
  private readonly h2 = new IntColumn();

  get count(): number {
    return this.size;
  }

  /** The ordinal already filed under `key`, or undefined after filing `ordinal` under it. */
  addOrGet(key: string, ordinal: number): number | undefined {
    const [a, b] = hashes(key);
    let slot = this.find(a, b);
    const found = this.table[slot] ?? 0;
    if (found !== 0) return found - 1;
    if ((this.size + 1) * 2 > this.capacity) {
      this.grow();
      slot = this.find(a, b);
    }
    this.h1.set(ordinal, a);
    this.h2.set(ordinal, b);
    this.table[slot] = ordinal + 1;
    this.size++;
    return undefined;
  }

  get(key: string): number | undefined {
    const [a, b] = hashes(key);
    const found = this.table[this.find(a, b)] ?? 0;
    return found === 0 ? undefined : found - 1;
  }

  private start(a: number, b: number): number {
    return (a ^ Math.imul(b, 0x9e3779b1)) & (this.capacity - 1);
  }

  /** The slot holding (a, b), or the empty slot where it would go. */
  private find(a: number, b: number): number {
    const mask = this.capacity - 1;
    for (let slot = this.start(a, b); ; slot = (slot + 1) & mask) {
      const value = this.table[slot] ?? 0;
      if (value === 0 || (this.h1.get(value - 1) === a && this.h2.get(value - 1) === b)) return slot;
    }
  }

  private grow(): void {
    const old = this.table;
    this.capacity *= 2;
    this.table = new Int32Array(this.capacity);
    const mask = this.capacity - 1;
    for (const value of old) {
      if (value === 0) continue;
      let slot = this.start(this.h1.get(value - 1), this.h2.get(value - 1));
      while (this.table[slot] !== 0) slot = (slot + 1) & mask;
      this.table[slot] = value;
    }
  }
}

// Seconds since 2020-01-01T00:00Z fit an Int32 until 2088.
const BASE_SECONDS = Date.UTC(2020, 0, 1) / 1000;
/**
 * The span of time one list covers. A week instead of a day: a coach or zone busy most days has a
 * seventh as many lists, and each is a few dozen rows long, still short to walk. Measured on a
 * 1M-row validation (200 coaches, 150 zones, 1,667 days): peak RSS 147–149 → 136–137 MB, the table
 * 12.6 → 1.6 MB, no CPU difference that two alternating runs each could tell apart.
 */
const BUCKET_SECONDS = 7 * 86_400;

/** Lanes a row can take resources in (a coach and a zone): each lane files a row once per week. */
const LANES = 2;

/**
 * Which resources are busy when: overlap detection per coach or zone, per week. A resource id becomes a
 * small number the first time it is seen; (resource number, week) finds the head of that week's list in an
 * open-addressing table of Int32s, at most three-quarters full. String keys in a `Map` cost ~120 bytes
 * per resource-week; this costs 12 bytes per slot.
 *
 * A list links rows, not nodes: entry `ordinal·2 + lane` is a row's first week in a lane, and its link
 * to the next entry is a per-row column, so a row costs 4 bytes per lane plus its span (8 bytes, kept
 * once). Only a session spanning the end of a week needs more: its later weeks are overflow entries, each
 * naming its row entry. Links: ≥ 0 an entry, -1 the end, ≤ -2 overflow entry `-(link + 2)`; a next
 * link is stored + 1, so an unset 0 reads as the end.
 */
export class IntervalIndex {
  private readonly resources = new Map<string, number>();
  private slots = 1 << 12;
  private filled = 0;
  /** Per slot: resource number + 1 (0 = empty), week, head link. */
  private table = new Int32Array(this.slots * 3);
  /** Per entry (ordinal·2 + lane): the next link + 1. */
  private readonly links = new IntColumn();
  /** Per overflow entry: the row entry it stands for, and the next link + 1. */
  private readonly overflowEntries = new IntColumn();
  private readonly overflowLinks = new IntColumn();
  private overflowCount = 0;
  private readonly starts = new IntColumn();
  private readonly ends = new IntColumn();

  /** The ordinal of an interval of `resource` overlapping [startMs, endMs), if one was filed. */
  clash(resource: string, startMs: number, endMs: number): number | undefined {
    const id = this.resources.get(resource);
    if (id === undefined) return undefined;
    const [start, end] = span(startMs, endMs);
    for (let week = weekOf(start), last = weekOf(end - 1); week <= last; week++) {
      const slot = this.slotOf(id, week);
      // An empty slot has no list (its head field is 0, which would read as the first entry).
      if (this.table[slot] === 0) continue;
      const found = this.overlapping(this.table[slot + 2] ?? -1, start, end);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /**
   * Files [startMs, endMs) as taken by `ordinal` in `lane` (0 or 1; a row takes at most one resource
   * per lane, and every lane of a row has the same span).
   */
  add(resource: string, startMs: number, endMs: number, ordinal: number, lane: 0 | 1 = 0): void {
    let id = this.resources.get(resource);
    if (id === undefined) {
      id = this.resources.size;
      this.resources.set(resource, id);
    }
    const [start, end] = span(startMs, endMs);
    this.starts.set(ordinal, start);
    this.ends.set(ordinal, end);
    const first = weekOf(start);
    for (let week = first, last = weekOf(end - 1); week <= last; week++) {
      this.push(
        id,
        week,
        week === first ? ordinal * LANES + lane : this.overflowEntry(ordinal * LANES + lane),
      );
    }
  }

  private overlapping(head: number, start: number, end: number): number | undefined {
    for (let link = head; link !== -1; ) {
      const entry = link >= 0 ? link : this.overflowEntries.get(-(link + 2));
      const ordinal = Math.floor(entry / LANES);
      if (this.starts.get(ordinal) < end && start < this.ends.get(ordinal)) return ordinal;
      link = (link >= 0 ? this.links.get(link) : this.overflowLinks.get(-(link + 2))) - 1;
    }
    return undefined;
  }

  /** A new overflow entry for `entry`'s later week; its link is set by `push`. */
  private overflowEntry(entry: number): number {
    const at = this.overflowCount++;
    this.overflowEntries.set(at, entry);
    return -(at + 2);
  }

  /** Links `link` in front of (id, week)'s list. */
  private push(id: number, week: number, link: number): void {
    let slot = this.slotOf(id, week);
    if (this.table[slot] === 0) {
      if ((this.filled + 1) * 4 > this.slots * 3) {
        this.grow();
        slot = this.slotOf(id, week);
      }
      this.table[slot] = id + 1;
      this.table[slot + 1] = week;
      this.table[slot + 2] = -1;
      this.filled++;
    }
    const head = this.table[slot + 2] ?? -1;
    if (link >= 0) this.links.set(link, head + 1);
    else this.overflowLinks.set(-(link + 2), head + 1);
    this.table[slot + 2] = link;
  }

  /** The table offset holding (id, week), or the empty one where it would go. */
  private slotOf(id: number, week: number): number {
    const mask = this.slots - 1;
    let slot = Math.imul(id + 1, 0x9e3779b1) ^ Math.imul(week, 0x85ebca6b);
    slot = (slot ^ (slot >>> 15)) & mask;
    const t = this.table;
    while (t[slot * 3] !== 0 && (t[slot * 3] !== id + 1 || t[slot * 3 + 1] !== week))
      slot = (slot + 1) & mask;
    return slot * 3;
  }

  private grow(): void {
    const old = this.table;
    this.slots *= 2;
    this.table = new Int32Array(this.slots * 3);
    for (let i = 0; i < old.length; i += 3) {
      if (old[i] === 0) continue;
      const slot = this.slotOf((old[i] ?? 1) - 1, old[i + 1] ?? 0);
      this.table[slot] = old[i] ?? 0;
      this.table[slot + 1] = old[i + 1] ?? 0;
      this.table[slot + 2] = old[i + 2] ?? -1;
    }
  }
}

/** [startMs, endMs) as whole seconds since BASE_SECONDS, widened outward. */
function span(startMs: number, endMs: number): [number, number] {
  return [Math.floor(startMs / 1000 - BASE_SECONDS), Math.ceil(endMs / 1000 - BASE_SECONDS)];
}

function weekOf(seconds: number): number {
  return Math.floor(seconds / BUCKET_SECONDS);
}
