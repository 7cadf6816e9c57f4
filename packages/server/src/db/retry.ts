import { isUniqueViolation } from './errors.js';

/** PostgreSQL: serialization failure, deadlock detected. */
const RETRIED_STATES = new Set(['40001', '40P01']);

/** A write that lost a race another transaction has since committed, so running it again can succeed. */
function lostRace(error: unknown): boolean {
  if (isUniqueViolation(error)) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRIED_STATES.has(code);
}

/**
 * Runs a whole transaction again when it lost a race: two upserts creating the same natural key at
 * once (PostgreSQL; the loser's insert fails on the unique key when the winner commits, and its rerun
 * finds the row and updates it), a deadlock or a serialization failure. `work` must start its own
 * transaction and keep no state between runs. After `attempts` runs the last error is thrown (a unique
 * violation answers 409; a deadlock 503, which clients retry).
 */
export async function rerunLostRaces<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !lostRace(error)) throw error;
    }
  }
}
