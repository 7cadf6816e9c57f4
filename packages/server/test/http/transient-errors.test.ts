import { describe, expect, it } from 'vitest';
import { isTransientDbError } from '../../src/db/errors.js';
import { toProblem } from '../../src/http/problem.js';

/** A driver error as node-postgres or better-sqlite3 shapes it: a message and a code. */
const driverError = (message: string, code?: string) => Object.assign(new Error(message), { code });

describe('transient database errors', () => {
  it('a restart, a dropped connection, a deadlock or SQLite busy answer 503 unavailable with Retry-After', () => {
    const transient = [
      driverError('terminating connection due to administrator command', '57P01'),
      driverError('the database system is starting up', '57P03'),
      driverError('could not serialize access due to concurrent update', '40001'),
      driverError('deadlock detected', '40P01'),
      driverError('connection failure', '08006'),
      driverError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      driverError('Connection terminated unexpectedly'),
      driverError('Client has encountered a connection error and is not queryable'),
      driverError('database is locked', 'SQLITE_BUSY'),
    ];
    for (const error of transient) {
      expect(isTransientDbError(error), error.message).toBe(true);
      const problem = toProblem(error);
      expect({ status: problem.status, code: problem.code, headers: problem.headers }).toEqual({
        status: 503,
        code: 'unavailable',
        headers: { 'retry-after': '1' },
      });
    }
  });

  it('anything else stays a 500 (or its own problem)', () => {
    for (const error of [
      driverError('syntax error at or near "selec"', '42601'),
      driverError('null value in column "name"', '23502'),
      new TypeError('x is undefined'),
      'a string',
    ]) {
      expect(isTransientDbError(error)).toBe(false);
      expect(toProblem(error).status).toBe(500);
    }
    expect(isTransientDbError(null)).toBe(false);
    expect(toProblem(driverError('duplicate key', '23505')).status).toBe(409);
  });
});
