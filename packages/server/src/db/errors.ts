/** Whether a driver error is a unique-constraint violation (SQLite or PostgreSQL). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = (error as { code: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** PostgreSQL SQLSTATEs that say "try again": serialization failure, deadlock, shutdown, starting up. */
const TRANSIENT_PG_STATES = new Set(['40001', '40P01', '57P01', '57P02', '57P03', '53300']);
/** Socket errors of a database connection that broke or was refused (a restart, a failover). */
const TRANSIENT_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/**
 * Whether a driver error is transient — the database restarting or failing over, a connection it
 * dropped, a serialization failure or deadlock, SQLite busy past its timeout — so the same request
 * may succeed when retried. The server answers these 503 with `Retry-After` instead of 500.
 */
export function isTransientDbError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    // SQLSTATE class 08: connection exception.
    if (/^08[0-9A-Z]{3}$/.test(code) || TRANSIENT_PG_STATES.has(code)) return true;
    if (TRANSIENT_SOCKET_CODES.has(code)) return true;
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return true;
  }
  // node-postgres names a connection that ended under a query only in the message.
  const message = (error as { message?: unknown }).message;
  return (
    typeof message === 'string' &&
    (message.startsWith('Connection terminated') ||
      message.includes('is not queryable') ||
      message === 'timeout exceeded when trying to connect')
  );
}
