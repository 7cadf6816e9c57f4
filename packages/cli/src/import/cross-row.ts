/*
 * The cross-row checks of SPEC §6.2 in memory that stays small for a million rows: a Map of a million
 * strings costs ~120 MB on V8, so both indexes live in typed arrays.
 *
 * - `KeyIndex`: external_id → ordinal of the first row with it, an open-addressing table of 64-bit
 *   hashes (two independent 32-bit FNV-1a variants). Two different ids collide with probability
 *   ~n²/2^65 (3·10⁻⁸ for 10⁶ rows); the key strings themselves are never kept.
 * - `IntervalIndex`: per resource (coach, zone) and day, the intervals already taken, as linked lists
 *   in an arena of fixed-size chunks (16 bytes per interval). Half-open: a session ending at 10:00 and one starting at
 *   10:00 do not overlap. A session spanning midnight is filed under every day it touches.
 */

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
  private h1 = new Int32Array(this.capacity);
  private h2 = new Int32Array(this.capacity);
  /** ordinal + 1; 0 = empty slot. */
  private values = new Int32Array(this.capacity);

  get count(): number {
    return this.size;
  }

  /** The ordinal already filed under `key`, or undefined after filing `ordinal` under it. */
  addOrGet(key: string, ordinal: number): number | undefined {
    const [a, b] = hashes(key);
    const found = this.find(a, b);
    if (found >= 0 && this.values[found] !== 0) return (this.values[found] ?? 1) - 1;
    if ((this.size + 1) * 2 > this.capacity) {
      this.grow();
      return this.addOrGet(key, ordinal);
    }
    this.h1[found] = a;
    this.h2[found] = b;
    this.values[found] = ordinal + 1;
    this.size++;
    return undefined;
  }

  get(key: string): number | undefined {
    const [a, b] = hashes(key);
    const slot = this.find(a, b);
    const value = this.values[slot] ?? 0;
    return value === 0 ? undefined : value - 1;
  }

  /** The slot holding (a, b), or the empty slot where it would go. */
  private find(a: number, b: number): number {
    const mask = this.capacity - 1;
    let slot = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    while (this.values[slot] !== 0 && (this.h1[slot] !== a || this.h2[slot] !== b)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { h1, h2, values } = this;
    this.capacity *= 2;
    this.h1 = new Int32Array(this.capacity);
    this.h2 = new Int32Array(this.capacity);
    this.values = new Int32Array(this.capacity);
    for (let i = 0; i < values.length; i++) {
      if (values[i] === 0) continue;
      const slot = this.find(h1[i] ?? 0, h2[i] ?? 0);
      this.h1[slot] = h1[i] ?? 0;
      this.h2[slot] = h2[i] ?? 0;
      this.values[slot] = values[i] ?? 0;
    }
  }
}

// Seconds since 2020-01-01T00:00Z fit an Int32 until 2088.
const BASE_SECONDS = Date.UTC(2020, 0, 1) / 1000;
const DAY_SECONDS = 86_400;

function span(startMs: number, endMs: number): [number, number, number, number] {
  const start = Math.floor(startMs / 1000 - BASE_SECONDS);
  const end = Math.ceil(endMs / 1000 - BASE_SECONDS);
  return [start, end, Math.floor(start / DAY_SECONDS), Math.floor((end - 1) / DAY_SECONDS)];
}

/** Nodes (4 Int32: start, end, ordinal, next) per arena chunk: 1 MiB chunks, so growing never copies. */
const CHUNK_NODES = 1 << 16;

/**
 * Which resources are busy when: overlap detection per coach or zone, per day. A resource id becomes a
 * small number the first time it is seen; (resource number, day) finds the head of that day's list in an
 * open-addressing table of Int32s. String keys in a `Map` cost ~120 bytes per resource-day (70 MB at a
 * million rows); this costs 12 bytes per slot.
 */
export class IntervalIndex {
  private readonly resources = new Map<string, number>();
  private slots = 1 << 12;
  private filled = 0;
  /** Per slot: resource number + 1 (0 = empty), day, head node. */
  private table = new Int32Array(this.slots * 3);
  private readonly chunks: Int32Array[] = [];
  private nodes = 0;

  /** The ordinal of an interval of `resource` overlapping [startMs, endMs), if one was filed. */
  clash(resource: string, startMs: number, endMs: number): number | undefined {
    const id = this.resources.get(resource);
    if (id === undefined) return undefined;
    const [start, end, firstDay, lastDay] = span(startMs, endMs);
    for (let day = firstDay; day <= lastDay; day++) {
      const found = this.overlapping(this.table[this.slotOf(id, day) + 2] ?? -1, start, end);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** Files [startMs, endMs) as taken by `ordinal`. */
  add(resource: string, startMs: number, endMs: number, ordinal: number): void {
    let id = this.resources.get(resource);
    if (id === undefined) {
      id = this.resources.size;
      this.resources.set(resource, id);
    }
    const [start, end, firstDay, lastDay] = span(startMs, endMs);
    for (let day = firstDay; day <= lastDay; day++) this.push(id, day, start, end, ordinal);
  }

  private overlapping(head: number, start: number, end: number): number | undefined {
    for (let node = head; node >= 0; ) {
      const chunk = this.chunks[node >>> 16] as Int32Array;
      const at = (node & (CHUNK_NODES - 1)) * 4;
      if ((chunk[at] ?? 0) < end && start < (chunk[at + 1] ?? 0)) return chunk[at + 2];
      node = chunk[at + 3] ?? -1;
    }
    return undefined;
  }

  private push(id: number, day: number, start: number, end: number, ordinal: number): void {
    let slot = this.slotOf(id, day);
    if (this.table[slot] === 0) {
      if ((this.filled + 1) * 2 > this.slots) {
        this.grow();
        slot = this.slotOf(id, day);
      }
      this.table[slot] = id + 1;
      this.table[slot + 1] = day;
      this.table[slot + 2] = -1;
      this.filled++;
    }
    const node = this.nodes++;
    if ((node & (CHUNK_NODES - 1)) === 0) this.chunks.push(new Int32Array(CHUNK_NODES * 4));
    const chunk = this.chunks[node >>> 16] as Int32Array;
    const at = (node & (CHUNK_NODES - 1)) * 4;
    chunk[at] = start;
    chunk[at + 1] = end;
    chunk[at + 2] = ordinal;
    chunk[at + 3] = this.table[slot + 2] ?? -1;
    this.table[slot + 2] = node;
  }

  /** The table offset holding (id, day), or the empty one where it would go. */
  private slotOf(id: number, day: number): number {
    const mask = this.slots - 1;
    let slot = Math.imul(id + 1, 0x9e3779b1) ^ Math.imul(day, 0x85ebca6b);
    slot = (slot ^ (slot >>> 15)) & mask;
    const t = this.table;
    while (t[slot * 3] !== 0 && (t[slot * 3] !== id + 1 || t[slot * 3 + 1] !== day)) slot = (slot + 1) & mask;
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

/** A growable Int32 column indexed by ordinal (line numbers, capacities). */
export class IntColumn {
  private data = new Int32Array(1024);
  set(index: number, value: number): void {
    if (index >= this.data.length) {
      const bigger = new Int32Array(Math.max(this.data.length * 2, index + 1));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[index] = value;
  }
  get(index: number): number {
    return this.data[index] ?? 0;
  }
}
