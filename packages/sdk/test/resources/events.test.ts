import { afterEach, describe, expect, it } from 'vitest';
import { type Event, SportHub } from '../../src/index.js';
import { json, type Reply, startScriptedServer } from '../helpers/scripted-server.js';

let closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.map((close) => close()));
  closers = [];
});

const event = (n: number): Event => ({
  id: `evt_${String(n).padStart(26, '0')}`,
  type: 'participation.recorded',
  occurredAt: '2026-09-05T09:12:30+08:00',
  data: {},
});

/** A feed of `total` events that grows by `growth` events per poll, pages of `limit`. */
function feed(total: number, growth = 0): Reply {
  let available = total;
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const after = Number(url.searchParams.get('after')?.slice(4) ?? -1);
    const limit = Number(url.searchParams.get('limit') ?? 50);
    const data: Event[] = [];
    for (let n = after + 1; n < available && data.length < limit; n++) data.push(event(n));
    if (data.length < limit) available += growth;
    void json(200, { data, nextCursor: data.at(-1)?.id ?? null })(req, res, '');
  };
}

async function setup(reply: Reply) {
  const server = await startScriptedServer([reply]);
  const hub = new SportHub({ baseUrl: server.baseUrl, token: 'shk_test' });
  closers.push(() => hub.close(), server.close);
  return { server, hub };
}

describe('events', () => {
  it('list() walks `after` cursors until an empty page; types go comma-separated', async () => {
    const { server, hub } = await setup(feed(7));
    const ids: string[] = [];
    for await (const e of hub.events.list({
      limit: 3,
      types: ['participation.recorded', 'consent.revoked'],
    })) {
      ids.push(e.id);
    }
    expect(ids).toEqual(Array.from({ length: 7 }, (_, n) => event(n).id));
    const urls = server.received.map((r) => new URL(r.url, 'http://x'));
    expect(urls.map((u) => u.searchParams.get('after'))).toEqual([
      null,
      event(2).id,
      event(5).id,
      event(6).id,
    ]);
    expect(urls[0]?.searchParams.getAll('types')).toEqual(['participation.recorded,consent.revoked']);
  });

  it('tail() keeps polling for new events and ends when the signal aborts', async () => {
    const { hub } = await setup(feed(2, 2));
    const controller = new AbortController();
    const ids: string[] = [];
    for await (const e of hub.events.tail({
      after: event(0).id,
      intervalMs: 10,
      signal: controller.signal,
    })) {
      ids.push(e.id);
      if (ids.length === 5) controller.abort();
    }
    expect(ids).toEqual([1, 2, 3, 4, 5].map((n) => event(n).id));
  });
});
