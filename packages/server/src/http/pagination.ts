import { z } from 'zod';
import { HttpProblem } from './problem.js';

/** Query parameters every list accepts; spread into a list's query schema. */
export const pageQueryShape = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().min(1).optional(),
};

export interface PageRequest {
  limit: number;
  /** Return rows whose id sorts after this one; undefined on the first page. */
  afterId: string | undefined;
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** Opaque cursor over the id keyset: base64url of `{"id": …}`. */
export function encodeCursor(id: string): string {
  return Buffer.from(JSON.stringify({ id })).toString('base64url');
}

export function decodeCursor(cursor: string): string {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string') {
      return value.id;
    }
  } catch {
    // fall through: any undecodable cursor is the client's mistake
  }
  throw new HttpProblem(422, 'validation_failed', 'The cursor is not one this server issued.', [
    { path: 'cursor', code: 'invalid_cursor', message: 'pass a nextCursor from a previous page' },
  ]);
}

export function pageRequest(query: { limit: number; cursor?: string | undefined }): PageRequest {
  return { limit: query.limit, afterId: query.cursor === undefined ? undefined : decodeCursor(query.cursor) };
}

/**
 * Turns `limit + 1` rows fetched in id order into a page: the extra row only tells that another
 * page exists.
 */
export function toPage<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  return { data, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}
