/**
 * A server that repeats a cursor is a fault a correct server cannot produce on demand: this is the one
 * place an undici MockAgent stands in for the server.
 */
import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { type Outlet, PaginationError, SportHub } from '../src/index.js';

const ORIGIN = 'http://sporthub.test';
const outlet = (n: number) => ({ id: `out_${n}`, code: `C-${n}` }) as Outlet;

let agent: MockAgent;
afterEach(async () => {
  await agent.close();
});

function serve(pages: Record<string, { data: Outlet[]; nextCursor: string | null }>) {
  agent = new MockAgent();
  agent.disableNetConnect();
  const pool = agent.get(ORIGIN);
  const seen: string[] = [];
  pool
    .intercept({ path: (p) => p.startsWith('/v1/outlets'), method: 'GET' })
    .reply((options) => {
      const url = new URL(String(options.path), ORIGIN);
      const cursor = url.searchParams.get('cursor') ?? '';
      seen.push(url.search);
      const page = pages[cursor];
      return page ? { statusCode: 200, data: JSON.stringify(page) } : { statusCode: 404, data: '{}' };
    })
    .persist();
  const hub = new SportHub({ baseUrl: ORIGIN, token: 't', dispatcher: agent });
  return { hub, seen };
}

describe('Paginator', () => {
  it('walks items across pages with the list filters on every page', async () => {
    const { hub, seen } = serve({
      '': { data: [outlet(1), outlet(2)], nextCursor: 'c2' },
      c2: { data: [outlet(3)], nextCursor: 'c3' },
      c3: { data: [], nextCursor: null },
    });
    const codes: string[] = [];
    for await (const o of hub.outlets.list({ status: 'active', limit: 2 })) codes.push(o.code);
    expect(codes).toEqual(['C-1', 'C-2', 'C-3']);
    expect(seen).toEqual([
      '?status=active&limit=2',
      '?status=active&limit=2&cursor=c2',
      '?status=active&limit=2&cursor=c3',
    ]);
  });

  it('stops with a PaginationError when the server returns a cursor again', async () => {
    const { hub } = serve({
      '': { data: [outlet(1)], nextCursor: 'c2' },
      c2: { data: [outlet(2)], nextCursor: 'c3' },
      c3: { data: [outlet(3)], nextCursor: 'c2' },
    });
    const codes: string[] = [];
    const error = await (async () => {
      for await (const o of hub.outlets.list()) codes.push(o.code);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).cursor).toBe('c2');
    expect(codes).toEqual(['C-1', 'C-2', 'C-3']); // every page served once, then stop
  });

  it('catches a cursor that points at its own page', async () => {
    const { hub } = serve({
      '': { data: [outlet(1)], nextCursor: 'c2' },
      c2: { data: [outlet(2)], nextCursor: 'c2' },
    });
    await expect(hub.outlets.list().toArray({ max: 1_000 })).rejects.toBeInstanceOf(PaginationError);
  });

  it('fetches one page by cursor, and pages one by one', async () => {
    const { hub } = serve({
      '': { data: [outlet(1)], nextCursor: 'c2' },
      c2: { data: [outlet(2)], nextCursor: null },
    });
    const list = hub.outlets.list();
    expect(await list.page('c2')).toEqual({ data: [outlet(2)], nextCursor: null });
    const pages = [];
    for await (const page of list.pages()) pages.push(page.nextCursor);
    expect(pages).toEqual(['c2', null]);
  });

  it('toArray stops at max without fetching further pages', async () => {
    const { hub, seen } = serve({
      '': { data: [outlet(1), outlet(2)], nextCursor: 'c2' },
      c2: { data: [outlet(3), outlet(4)], nextCursor: 'c3' },
      c3: { data: [outlet(5)], nextCursor: null },
    });
    const items = await hub.outlets.list().toArray({ max: 3 });
    expect(items.map((o) => o.code)).toEqual(['C-1', 'C-2', 'C-3']);
    expect(seen).toHaveLength(2);
    await expect(hub.outlets.list().toArray({ max: Number.NaN })).rejects.toBeInstanceOf(RangeError);
  });
});
