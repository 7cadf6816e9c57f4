import { randomFillSync } from 'node:crypto';
import { monotonicFactory } from 'ulid';

/** Prefixes of every id the server issues (SPEC §3). Add one per new resource. */
export type IdPrefix =
  | 'org'
  | 'tok'
  | 'out'
  | 'zon'
  | 'prg'
  | 'stf'
  | 'ses'
  | 'bkg'
  | 'mem'
  | 'cns'
  | 'grp'
  | 'enr'
  | 'par'
  | 'msr'
  | 'fbk'
  | 'prt'
  | 'dsa'
  | 'whe'
  | 'whd'
  | 'aud'
  | 'evt'
  | 'req';

// The package's default PRNG draws one crypto random byte per character (16 calls for each new
// millisecond); an import makes ids by the hundred thousand, so bytes are drawn 4 KiB at a time instead.
// Same bytes, same use: a byte / 256 picks one of the 32 characters.
const randomBytes = new Uint8Array(4096);
let randomUsed = randomBytes.length;
function pooledRandom(): number {
  if (randomUsed === randomBytes.length) {
    randomFillSync(randomBytes);
    randomUsed = 0;
  }
  return (randomBytes[randomUsed++] as number) / 256;
}

// Monotonic: ids made in the same millisecond still sort in creation order within a process.
const nextUlid = monotonicFactory(pooledRandom);

const ULID_BODY = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** A new `<prefix>_<ULID>` id, e.g. `newId('out')` → `out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P`. */
export function newId(prefix: IdPrefix): string {
  return `${prefix}_${nextUlid()}`;
}

/**
 * Whether `value` is a well-formed id of this prefix. Routes use it to answer 404 (never 400)
 * for malformed ids without touching the database.
 */
export function isId(prefix: IdPrefix, value: string): boolean {
  return value.startsWith(`${prefix}_`) && ULID_BODY.test(value.slice(prefix.length + 1));
}
