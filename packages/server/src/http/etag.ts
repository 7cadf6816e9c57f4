import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem } from './problem.js';

/** The ETag of a revision: `"7"`. */
export function etagOf(revision: number): string {
  return `"${revision}"`;
}

/**
 * The revision an `If-Match` header asks for, `undefined` when absent or `*` (then the write
 * applies: last writer wins, SPEC §4). Weak tags (`W/"7"`) are accepted.
 */
export function ifMatchRevision(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"(\d{1,15})"\s*$/.exec(header);
  if (!match) {
    throw new HttpProblem(412, 'revision_mismatch', `If-Match must be a quoted revision such as "7".`);
  }
  return Number(match[1]);
}

/** Throws 412 `revision_mismatch` when `expected` is set and differs from `current`. */
export function assertRevision(current: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== current) {
    throw new HttpProblem(
      412,
      'revision_mismatch',
      `The resource is at revision ${current}, If-Match said ${expected}.`,
    );
  }
}

/** Sends a record with its ETag. */
export function sendRecord<T extends { revision: number }>(
  reply: FastifyReply,
  status: number,
  record: T,
): FastifyReply {
  return reply.code(status).header('etag', etagOf(record.revision)).send(record);
}
