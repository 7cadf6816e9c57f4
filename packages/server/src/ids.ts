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

// Monotonic: ids made in the same millisecond still sort in creation order within a process.
const nextUlid = monotonicFactory();

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
