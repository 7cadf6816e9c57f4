import { createServer } from 'node:net';
import { Agent, errors } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ConflictError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  SportHub,
  type SportHubOptions,
  TimeoutError,
  VERSION,
} from '../../src/index.js';
import type { RequestEvent, ResponseEvent, RetryEvent } from '../../src/transport/types.js';
import {
  json,
  problem,
  type Reply,
  reset,
  stall,
  stallBody,
  startScriptedServer,
} from '../helpers/scripted-server.js';

const TOKEN = 'shk_test-secret-token-value';
const OUTLET = { id: 'out_1', code: 'SH-PD-0001', name: '浦东', revision: 1 };

let closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.map((close) => close()));
  closers = [];
});

async function setup(replies: Reply[], options: Partial<SportHubOptions> = {}) {
  const server = await startScriptedServer(replies);
  const events: Array<RequestEvent | ResponseEvent | RetryEvent> = [];
  const hub = new SportHub({
    baseUrl: server.baseUrl,
    token: TOKEN,
    hooks: {
      onRequest: (e) => events.push(e),
      onResponse: (e) => events.push(e),
      onRetry: (e) => events.push(e),
    },
    ...options,
  });
  closers.push(() => hub.close(), server.close);
  return { server, hub, events };
}

describe('retries', () => {
  it('retries 503 honouring Retry-After, one request id base with an attempt suffix', async () => {
    const unavailable = problem(503, 'unavailable', { detail: 'maintenance' });
    const { server, hub } = await setup([
      (req, res, body) => {
        res.setHeader('retry-after', '0');
        return unavailable(req, res, body);
      },
      (req, res, body) => {
        res.setHeader('retry-after', '0');
        return unavailable(req, res, body);
      },
      json(200, OUTLET),
    ]);
    const { data, response } = await hub.outlets.get('out_1', { requestId: 'abc' }).withResponse();
    expect(data).toEqual(OUTLET);
    expect(response.attempts).toBe(3);
    expect(server.received.map((r) => r.headers['x-request-id'])).toEqual(['abc-1', 'abc-2', 'abc-3']);
  });

  it('sends one generated Idempotency-Key on every attempt of a POST', async () => {
    const { server, hub } = await setup([reset, json(201, OUTLET)], { maxRetries: 1 });
    const { response } = await hub.outlets.create({ code: 'SH-PD-0001', name: '浦东' }).withResponse();
    const keys = server.received.map((r) => r.headers['idempotency-key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(response.idempotencyKey).toBe(keys[0]);
    expect(response.attempts).toBe(2);
  });

  it('reuses a caller-supplied Idempotency-Key across attempts', async () => {
    const retryNow = (req: Parameters<Reply>[0], res: Parameters<Reply>[1], body: string) => {
      res.setHeader('retry-after', '0');
      return problem(500, 'internal')(req, res, body);
    };
    const { server, hub } = await setup([retryNow, json(201, OUTLET)]);
    await hub.outlets.create({ code: 'C', name: 'n' }, { idempotencyKey: 'key-1' });
    expect(server.received.map((r) => r.headers['idempotency-key'])).toEqual(['key-1', 'key-1']);
    expect(server.received[0]?.body).toBe(server.received[1]?.body);
  });

  it('retries 409 idempotency_key_in_use, not a plain 409 conflict', async () => {
    const busy: Reply = (req, res, body) => {
      res.setHeader('retry-after', '0');
      return problem(409, 'idempotency_key_in_use')(req, res, body);
    };
    const first = await setup([busy, json(201, OUTLET)]);
    await expect(first.hub.outlets.create({ code: 'C', name: 'n' })).resolves.toEqual(OUTLET);
    const second = await setup([problem(409, 'conflict'), json(201, OUTLET)]);
    await expect(second.hub.outlets.create({ code: 'C', name: 'n' })).rejects.toBeInstanceOf(ConflictError);
    expect(second.server.received).toHaveLength(1);
  });

  it('gives up after maxRetries and surfaces the last error', async () => {
    const failing: Reply = (req, res, body) => {
      res.setHeader('retry-after', '0');
      return problem(500, 'internal', { detail: 'boom' })(req, res, body);
    };
    const { server, hub } = await setup([failing], { maxRetries: 2 });
    const error = await hub.outlets.get('out_1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.received).toHaveLength(3);
  });

  it('does not retry a 404', async () => {
    const { server, hub } = await setup([problem(404, 'not_found')]);
    await expect(hub.outlets.get('nope')).rejects.toBeInstanceOf(NotFoundError);
    expect(server.received).toHaveLength(1);
  });

  it('does not wait for a Retry-After that outlives the deadline', async () => {
    const limited: Reply = (req, res, body) => {
      res.setHeader('retry-after', '30');
      return problem(429, 'rate_limited', { detail: 'slow down' })(req, res, body);
    };
    const { server, hub } = await setup([limited], { timeoutMs: 5_000 });
    const started = performance.now();
    const error = await hub.outlets.get('out_1').catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(30_000);
    expect(server.received).toHaveLength(1);
  });

  it('retries refused connections, then throws ConnectionError', async () => {
    const port = await closedPort();
    const attempts: number[] = [];
    const hub = new SportHub({
      baseUrl: `http://127.0.0.1:${port}`,
      token: TOKEN,
      maxRetries: 1,
      hooks: { onRequest: (e) => attempts.push(e.attempt) },
    });
    closers.push(() => hub.close());
    const error = await hub.outlets.get('out_1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect(attempts).toEqual([1, 2]);
  });
});

describe('deadline and abort', () => {
  it('names the connect phase when connecting times out, after retrying', async () => {
    // Fault injection: a connector that reports undici's connect timeout at once.
    let connects = 0;
    const dispatcher = new Agent({
      connect: (_options, callback) => {
        connects++;
        callback(new errors.ConnectTimeoutError(), null);
      },
    });
    const hub = new SportHub({ baseUrl: 'http://sporthub.test', token: TOKEN, dispatcher, maxRetries: 1 });
    closers.push(() => dispatcher.close());
    const error = await hub.outlets.get('out_1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ phase: 'connect' });
    expect(connects).toBe(2);
  });

  it('names the headers phase when the deadline passes before the response head', async () => {
    const { server, hub } = await setup([stall], { timeoutMs: 300 });
    const error = await hub.outlets.get('out_1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ phase: 'headers', timeoutMs: 300 });
    expect(server.received).toHaveLength(1); // the budget is spent: no retry
  });

  it('names the body phase when the deadline passes while reading the body', async () => {
    const { hub } = await setup([stallBody]);
    const error = await hub.outlets.get('out_1', { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TimeoutError', phase: 'body' });
  });

  it('stops at once when aborted during the backoff wait', async () => {
    const controller = new AbortController();
    const slow: Reply = (req, res, body) => {
      res.setHeader('retry-after', '20');
      return problem(503, 'unavailable')(req, res, body);
    };
    const { server, hub } = await setup([slow], {
      hooks: { onRetry: () => setTimeout(() => controller.abort(new Error('user cancelled')), 20) },
    });
    const started = performance.now();
    const error = await hub.outlets.get('out_1', { signal: controller.signal }).catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect((error as Error).message).toBe('user cancelled');
    expect(server.received).toHaveLength(1);
  });

  it('rejects with the reason of an already-aborted signal without sending', async () => {
    const { server, hub } = await setup([json(200, OUTLET)]);
    const error = await hub.outlets.get('out_1', { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(server.received).toHaveLength(0);
  });
});

describe('headers and hooks', () => {
  it('sends bearer auth, JSON, the user agent and a request id', async () => {
    const { server, hub } = await setup([json(201, OUTLET)], { userAgent: 'sporthub-cli/9.9.9' });
    await hub.outlets.create({ code: 'C', name: 'n' });
    const [req] = server.received;
    expect(req?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(req?.headers['content-type']).toBe('application/json');
    expect(req?.headers['user-agent']).toBe(
      `sporthub-cli/9.9.9 sporthub-sdk/${VERSION} node/${process.versions.node}`,
    );
    expect(JSON.parse(req?.body ?? '')).toEqual({ code: 'C', name: 'n' });
  });

  it('never exposes the token in hook events or errors', async () => {
    const echo: Reply = (req, res, body) => {
      res.setHeader('retry-after', '0');
      res.setHeader('set-cookie', `session=${TOKEN}`);
      return problem(500, 'internal', { detail: `bad token ${TOKEN}` })(req, res, body);
    };
    const seen: unknown[] = [];
    const { hub } = await setup([echo], {
      maxRetries: 1,
      hooks: {
        onRequest: (e) => seen.push(e),
        onResponse: (e) => seen.push(e),
        onRetry: (e) => seen.push(e),
      },
    });
    const error = await hub.outlets.get('out_1', { headers: { 'x-debug': TOKEN } }).catch((e: unknown) => e);
    expect(seen).toHaveLength(5); // request, response, retry, request, response
    const dump = JSON.stringify(seen, (_k, v) => (v instanceof Error ? { ...v, message: v.message } : v));
    expect(dump).not.toContain(TOKEN);
    expect(dump).toContain('Bearer [REDACTED]');
    expect((error as Error).message).not.toContain(TOKEN);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    expect((error as Error).message).toMatch(/^500 internal: bad token \[REDACTED] \(request [\w-]+-2\)$/);
  });

  it('keeps a call alive when a hook throws', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      const { hub } = await setup([json(200, OUTLET)], {
        hooks: {
          onRequest: () => {
            throw new Error('hook bug');
          },
        },
      });
      await expect(hub.outlets.get('out_1')).resolves.toEqual(OUTLET);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.join()).toContain('onRequest hook threw: Error: hook bug');
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('maps a non-problem error body to an http_<status> code', async () => {
    const html: Reply = (_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html>bad gateway</html>');
    };
    const { hub } = await setup([html], { maxRetries: 0 });
    const error = await hub.outlets.get('out_1', { requestId: 'r' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as Error).message).toBe('502 http_502: Bad Gateway (request r-1)');
  });
});

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
