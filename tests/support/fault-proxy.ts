/**
 * An HTTP proxy in front of a real server that injects network and server faults, for the SDK's fault
 * suites (SPEC §7: "10% injected 5xx/resets/stalls: complete and exact"). Faults are drawn from a
 * seeded PRNG in request-arrival order, so a run is reproducible; `inject()` forces the next faults for
 * targeted tests.
 *
 * Fault kinds:
 * - `reset-before`: the connection is destroyed before the request reaches the server (nothing written);
 * - `reset-after`: the request is forwarded and answered, then the connection is destroyed instead of
 *   relaying the answer (the server committed; the client saw a reset: the idempotency case);
 * - `unavailable`: 503 + `Retry-After`, not forwarded;
 * - `rate-limited`: 429 + `Retry-After` + `RateLimit-*`, not forwarded;
 * - `slow-body`: forwarded; the answer is relayed in small pieces with pauses;
 * - `stall`: never answers (beyond any timeout);
 * - `stall-body`: forwarded; status, headers and part of the body are relayed, then nothing more;
 * - `stall-reset`: held without an answer for `stallMs`, then the connection is destroyed (a hung
 *   upstream cut by a load balancer's idle timeout); nothing reaches the server.
 *
 * @example
 * const proxy = await startFaultProxy({ target: server.baseUrl, rate: 0.1, seed: 42 });
 * const hub = new SportHub({ baseUrl: proxy.baseUrl, token: server.token, maxRetries: 5 });
 * proxy.inject({ kind: 'rate-limited', retryAfterSeconds: 30 });
 * await proxy.close();
 */
import { Agent, createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FaultKind =
  | 'reset-before'
  | 'reset-after'
  | 'unavailable'
  | 'rate-limited'
  | 'slow-body'
  | 'stall'
  | 'stall-body'
  | 'stall-reset';

/** A fault with its parameters (`retryAfterSeconds` for 503/429). */
export interface Fault {
  kind: FaultKind;
  /** A forced fault waits for the first request whose path contains this (e.g. `:batchUpsert`). */
  path?: string;
  retryAfterSeconds?: number;
}

export interface FaultProxyOptions {
  /** Upstream base URL (`http://127.0.0.1:<port>`). */
  target: string;
  /** Probability in [0, 1] that a request gets a random fault. Default 0. */
  rate?: number;
  /** The kinds drawn at random (uniformly). Default: every kind except the stalls. */
  kinds?: FaultKind[];
  /** PRNG seed. Default 1. */
  seed?: number;
  /** `Retry-After` of random 503/429 faults, in seconds. Default 1. */
  retryAfterSeconds?: number;
  /** Pause between the pieces of a `slow-body` answer. Default 20 ms. */
  slowChunkDelayMs?: number;
  /** How long a `stall-reset` holds the request before cutting it. Default 2,000 ms. */
  stallMs?: number;
}

export interface FaultProxy {
  baseUrl: string;
  /** How many requests got each fault (and `passed` for clean ones). */
  stats: Record<FaultKind | 'passed', number>;
  /** Requests received and how many of them got a fault (the figures of a fault run). */
  totals(): { requests: number; faults: number };
  /** Forces the next requests' faults, in order, before any random draw. */
  inject(...faults: Array<FaultKind | Fault>): void;
  /** Changes the random fault rate. */
  setRate(rate: number): void;
  close(): Promise<void>;
}

const RANDOM_KINDS: FaultKind[] = ['reset-before', 'reset-after', 'unavailable', 'rate-limited', 'slow-body'];

/** mulberry32: a tiny, good-enough seeded PRNG (deterministic fault schedules). */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

interface Upstream {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const target = new URL(options.target);
  const random = prng(options.seed ?? 1);
  const kinds = options.kinds ?? RANDOM_KINDS;
  const slowDelay = options.slowChunkDelayMs ?? 20;
  let rate = options.rate ?? 0;
  const forced: Fault[] = [];
  const stats = Object.fromEntries(
    [...RANDOM_KINDS, 'stall', 'stall-body', 'stall-reset', 'passed'].map((k) => [k, 0]),
  ) as Record<FaultKind | 'passed', number>;
  const sockets = new Set<Socket>();
  const agent = new Agent({ keepAlive: true });

  const nextFault = (url: string): Fault | undefined => {
    const at = forced.findIndex((f) => f.path === undefined || url.includes(f.path));
    const queued = at === -1 ? undefined : forced.splice(at, 1)[0];
    if (queued) return queued;
    // Two draws per request, always, so the schedule does not depend on which faults came before.
    const hit = random() < rate;
    const kind = kinds[Math.floor(random() * kinds.length)] as FaultKind;
    return hit ? { kind, retryAfterSeconds: options.retryAfterSeconds ?? 1 } : undefined;
  };

  const forward = (req: IncomingMessage, body: Buffer): Promise<Upstream> =>
    new Promise((resolve, reject) => {
      const headers = { ...req.headers, host: target.host };
      const upstream = request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }),
          );
          res.on('error', reject);
        },
      );
      upstream.on('error', reject);
      upstream.end(body);
    });

  const refuse = (res: ServerResponse, status: 429 | 503, retryAfterSeconds: number) => {
    const code = status === 429 ? 'rate_limited' : 'unavailable';
    const headers: Record<string, string> = {
      'content-type': 'application/problem+json',
      'retry-after': String(retryAfterSeconds),
    };
    if (status === 429)
      Object.assign(headers, {
        'ratelimit-limit': '100',
        'ratelimit-remaining': '0',
        'ratelimit-reset': String(retryAfterSeconds),
      });
    res.writeHead(status, headers);
    res.end(JSON.stringify({ type: 'about:blank', title: code, status, code, detail: `injected ${status}` }));
  };

  const relay = async (res: ServerResponse, upstream: Upstream, mode: 'whole' | 'slow' | 'stall') => {
    const headers = { ...upstream.headers };
    delete headers['transfer-encoding'];
    delete headers.connection;
    delete headers['keep-alive'];
    headers['content-length'] = String(upstream.body.length);
    res.writeHead(upstream.status, headers);
    if (mode === 'whole') return void res.end(upstream.body);
    if (mode === 'stall')
      return void res.write(upstream.body.subarray(0, Math.floor(upstream.body.length / 2)));
    const piece = Math.max(1, Math.ceil(upstream.body.length / 5));
    for (let at = 0; at < upstream.body.length; at += piece) {
      if (res.destroyed) return;
      res.write(upstream.body.subarray(at, at + piece));
      await sleep(slowDelay);
    }
    res.end();
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    const fault = nextFault(req.url ?? '');
    stats[fault?.kind ?? 'passed']++;
    switch (fault?.kind) {
      case 'reset-before':
        return void req.socket.destroy();
      case 'unavailable':
        return refuse(res, 503, fault.retryAfterSeconds ?? 1);
      case 'rate-limited':
        return refuse(res, 429, fault.retryAfterSeconds ?? 1);
      case 'stall':
        return; // the socket stays open until the client gives up or the proxy closes
      case 'stall-reset':
        await sleep(options.stallMs ?? 2_000);
        return void req.socket.destroy();
      case 'reset-after': {
        await forward(req, body);
        return void req.socket.destroy();
      }
      default: {
        const upstream = await forward(req, body);
        const mode = fault?.kind === 'slow-body' ? 'slow' : fault?.kind === 'stall-body' ? 'stall' : 'whole';
        return relay(res, upstream, mode);
      }
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`fault proxy: ${String(error)}`);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stats,
    totals() {
      const requests = Object.values(stats).reduce((a, b) => a + b, 0);
      return { requests, faults: requests - stats.passed };
    },
    inject(...faults) {
      forced.push(...faults.map((f) => (typeof f === 'string' ? { kind: f } : f)));
    },
    setRate(next) {
      rate = next;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
