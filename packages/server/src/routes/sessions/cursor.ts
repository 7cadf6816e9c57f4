import { HttpProblem } from '../../http/problem.js';

/** Sessions are listed by (startsAt, id), so their cursor carries both: base64url of `{"s": …, "id": …}`. */
export interface SessionKey {
  startsAt: string;
  id: string;
}

export function encodeSessionCursor(key: SessionKey): string {
  return Buffer.from(JSON.stringify({ s: key.startsAt, id: key.id })).toString('base64url');
}

export function decodeSessionCursor(cursor: string): SessionKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof value === 'object' && value !== null && 's' in value && 'id' in value) {
      const { s, id } = value as { s: unknown; id: unknown };
      if (typeof s === 'string' && typeof id === 'string') return { startsAt: s, id };
    }
  } catch {
    // fall through: any undecodable cursor is the client's mistake
  }
  throw new HttpProblem(422, 'validation_failed', 'The cursor is not one this server issued.', [
    { path: 'cursor', code: 'invalid_cursor', message: 'pass a nextCursor from a previous page' },
  ]);
}

/** `limit + 1` rows in (startsAt, id) order → a page; the extra row only tells that another exists. */
export function toSessionPage<T extends SessionKey>(rows: T[], limit: number) {
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  return { data, nextCursor: rows.length > limit && last ? encodeSessionCursor(last) : null };
}
