/**
 * Plain HTTP access to a running server for assertions (what the database holds, seen through the API),
 * independent of the SDK and CLI under test.
 *
 * @example
 * const hub = api(server.baseUrl, server.token);
 * const sessions = await hub.all<Session>('/v1/sessions');
 */

export interface Api {
  call<T = unknown>(method: string, route: string, body?: unknown): Promise<T>;
  /** Every item of a cursor-paginated list (`route` may carry a query). */
  all<T = unknown>(route: string): Promise<T[]>;
  /** Every change-feed event of these types (`GET /v1/events?after=…`), in feed order. */
  events(types: string[]): Promise<FeedEvent[]>;
}

export interface FeedEvent {
  id: string;
  type: string;
  data: { id: string; externalId?: string | null } & Record<string, unknown>;
}

export function api(baseUrl: string, token: string): Api {
  const call = async <T>(method: string, route: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl}${route}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${route} → ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const all = async <T>(route: string): Promise<T[]> => {
    const items: T[] = [];
    const joiner = route.includes('?') ? '&' : '?';
    let cursor: string | null = null;
    do {
      const page: { data: T[]; nextCursor: string | null } = await call(
        'GET',
        `${route}${joiner}limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      items.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  };
  const events = async (types: string[]): Promise<FeedEvent[]> => {
    const found: FeedEvent[] = [];
    for (let after = ''; ; ) {
      const page: { data: FeedEvent[] } = await call(
        'GET',
        `/v1/events?types=${types.join(',')}&limit=500${after ? `&after=${after}` : ''}`,
      );
      if (page.data.length === 0) return found;
      found.push(...page.data);
      after = page.data.at(-1)?.id ?? '';
    }
  };
  return { call, all, events };
}
