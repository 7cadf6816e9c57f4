/**
 * SPEC §6.4 / §7 faults: the server is SIGKILLed while webhook deliveries are in flight — a local
 * receiver holds every request for a while before answering 204, so the kill lands between "the
 * receiver has the request" and "the server recorded the answer". A new server process starts on the
 * same database; its worker claims what was never claimed at once and what the dead process held once
 * that claim's lease ends (`SPORTHUB_WEBHOOK_LEASE_SECONDS=2` here; 60 s by default).
 *
 * At-least-once with stable ids: every change-feed event reaches the receiver and is answered; each
 * request the kill cut off arrives again, with the same `webhook-id` and body; one outlet never shows
 * under two ids; the receiver's dedupe by `webhook-id` yields exactly the feed's events; every attempt
 * verifies with the SDK's `verifyWebhook`; the server records a succeeded delivery per event.
 * SQLite and PostgreSQL, side by side.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '@sporthub/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { killServer, restartServer, waitFor } from '../support/restart.js';
import { type RunningServer, startServer } from '../support/server.js';

const EVENTS = 120;
/** The receiver holds each request this long before answering. */
const ANSWER_AFTER_MS = 1_500;
const ENV = { SPORTHUB_RATE_LIMIT: '0', SPORTHUB_WEBHOOK_LEASE_SECONDS: '2' };

interface Attempt {
  headers: IncomingHttpHeaders;
  body: string;
  id: string;
  /** Outlet code in the payload: a key that does not come from the id. */
  code: string;
  arrivedAt: number;
  answered: boolean;
}

interface Receiver {
  url: string;
  attempts: Attempt[];
  inFlight(): number;
  close(): Promise<void>;
}

/** A webhook receiver that answers 204 after ANSWER_AFTER_MS (if the sender is still there). */
async function startSlowReceiver(): Promise<Receiver> {
  const attempts: Attempt[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const payload = JSON.parse(body) as { data: { code?: string } };
      const attempt: Attempt = {
        headers: req.headers,
        body,
        id: String(req.headers['webhook-id']),
        code: String(payload.data.code),
        arrivedAt: Date.now(),
        answered: false,
      };
      attempts.push(attempt);
      setTimeout(() => {
        if (res.destroyed) return;
        res.on('finish', () => {
          attempt.answered = true;
        });
        res.writeHead(204).end();
      }, ANSWER_AFTER_MS);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    attempts,
    inFlight: () => attempts.filter((a) => !a.answered).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe.concurrent.each(['sqlite', 'postgres'] as const)('server SIGKILL mid-delivery on %s', (db) => {
  let first: RunningServer;
  let second: RunningServer | undefined;
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startSlowReceiver();
    first = await startServer({ db, sandbox: true, env: ENV });
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop(); // already dead: drops the database
    await receiver?.close();
  });

  it('every event is delivered at least once, under one stable webhook-id, signed', async () => {
    const hub = api(first.baseUrl, first.token);
    const endpoint = await hub.call<{ id: string; secret: string }>('POST', '/v1/webhook-endpoints', {
      url: receiver.url,
      events: ['outlet.*'],
    });
    const items = Array.from({ length: EVENTS }, (_, i) => ({ code: `WK-${i}`, name: `投递测试网点 ${i}` }));
    await hub.call('POST', '/v1/outlets:batchUpsert', { items });

    // Kill while the receiver holds requests it has not answered.
    await waitFor(() => receiver.inFlight() >= 10, 'deliveries in flight', 30_000);
    await killServer(first);
    const killedAt = Date.now();
    const cutOff = receiver.attempts.filter((a) => !a.answered && a.arrivedAt <= killedAt);
    expect(cutOff.length).toBeGreaterThanOrEqual(10);
    // Deliveries only ever leave in claim batches, so some events were never sent before the kill.
    expect(new Set(receiver.attempts.map((a) => a.id)).size).toBeLessThan(EVENTS);

    second = await restartServer(first, { sandbox: true, env: ENV });
    const after = api(second.baseUrl, second.token);
    const feed = (await after.events(['outlet.created'])).map((e) => e.id);
    expect(feed).toHaveLength(EVENTS);
    const answeredIds = () => new Set(receiver.attempts.filter((a) => a.answered).map((a) => a.id));
    await waitFor(() => feed.every((id) => answeredIds().has(id)), 'every event answered', 60_000);

    // Dedupe by webhook-id yields exactly the feed's events.
    expect(new Set(receiver.attempts.map((a) => a.id))).toEqual(new Set(feed));
    // Each request the kill cut off came again after the restart, same id, same body.
    for (const lost of cutOff) {
      const again = receiver.attempts.filter((a) => a.arrivedAt > killedAt && a.code === lost.code);
      expect(again.length, lost.code).toBeGreaterThan(0);
      for (const a of again) expect({ id: a.id, body: a.body }).toEqual({ id: lost.id, body: lost.body });
    }
    // One outlet, one id, across every attempt; the payload's id is the header's.
    const idsByCode = new Map<string, Set<string>>();
    for (const a of receiver.attempts) idsByCode.set(a.code, (idsByCode.get(a.code) ?? new Set()).add(a.id));
    expect(idsByCode.size).toBe(EVENTS);
    expect([...idsByCode.values()].filter((ids) => ids.size !== 1)).toEqual([]);
    for (const a of receiver.attempts) {
      const event = verifyWebhook(a.body, a.headers, endpoint.secret);
      expect(event.id).toBe(a.id);
    }

    // The server records it too (a moment after the receiver answered): a succeeded delivery per event.
    const succeeded = async () => {
      const deliveries = await after.all<{ eventId: string; status: string }>(
        `/v1/webhook-endpoints/${endpoint.id}/deliveries`,
      );
      return new Set(deliveries.filter((d) => d.status === 'succeeded').map((d) => d.eventId));
    };
    let recorded = await succeeded();
    for (const until = Date.now() + 15_000; recorded.size < EVENTS && Date.now() < until; ) {
      await new Promise((r) => setTimeout(r, 200));
      recorded = await succeeded();
    }
    expect(recorded).toEqual(new Set(feed));
    const figures = {
      events: EVENTS,
      cutOffByKill: cutOff.length,
      attempts: receiver.attempts.length,
      distinctIds: new Set(receiver.attempts.map((a) => a.id)).size,
      sentTwiceOrMore: [...idsByCode.keys()].filter(
        (code) => receiver.attempts.filter((a) => a.code === code).length > 1,
      ).length,
    };
    // The figures for docs/reliability.md.
    console.info(`WEBHOOK-KILL FIGURES ${db} ${JSON.stringify(figures)}`);
  }, 120_000);
});
