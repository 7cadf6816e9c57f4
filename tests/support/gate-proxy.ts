/**
 * An HTTP proxy in front of a real server that holds matching requests at a gate until a given number
 * of distinct callers are waiting there, then lets them all through at once and passes everything
 * after. Concurrency suites use it to make sure N clients really overlap: on a 2-core machine, N
 * processes started together would otherwise mostly run one after the other.
 *
 * @example
 * // Hold each import's first batch until 20 imports have one waiting.
 * const gate = await startGateProxy({
 *   target: server.baseUrl,
 *   matches: (req) => req.url?.startsWith('/v1/sessions:batchUpsert') ?? false,
 *   callerOf: (req) => String(req.headers['idempotency-key']).split(':')[0] ?? '',
 *   opensAt: 20,
 * });
 */
import { Agent, createServer, type IncomingMessage, request } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface GateProxyOptions {
  /** Upstream base URL (`http://127.0.0.1:<port>`). */
  target: string;
  /** Requests the gate holds (the others pass at once). */
  matches(req: IncomingMessage): boolean;
  /** Who sent a held request: the gate opens once `opensAt` different callers wait. */
  callerOf(req: IncomingMessage): string;
  opensAt: number;
  /**
   * Opens the gate anyway this long after the first request was held (then `opened` says `full:
   * false`). Default 45 s: below the SDK's 60 s request deadline, so the first caller never times out.
   */
  timeoutMs?: number;
}

export interface GateOpened {
  /** False when the gate opened on the timeout. */
  full: boolean;
  /** Distinct callers waiting when it opened. */
  callers: number;
  /** How long the first held request waited. */
  heldMs: number;
}

export interface GateProxy {
  baseUrl: string;
  /** Resolves when the gate opened. */
  opened: Promise<GateOpened>;
  close(): Promise<void>;
}

export async function startGateProxy(options: GateProxyOptions): Promise<GateProxy> {
  const target = new URL(options.target);
  const agent = new Agent({ keepAlive: true });
  const sockets = new Set<Socket>();
  const waiting = new Set<string>();
  let open = false;
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let opened!: (state: GateOpened) => void;
  const openedPromise = new Promise<GateOpened>((resolve) => {
    opened = resolve;
  });
  const openGate = (full: boolean) => {
    if (open) return;
    open = true;
    opened({ full, callers: waiting.size, heldMs: firstHeldAt ? Date.now() - firstHeldAt : 0 });
    release();
  };
  let timer: NodeJS.Timeout | undefined;
  let firstHeldAt = 0;

  const forward = (req: IncomingMessage, res: import('node:http').ServerResponse, body: Buffer) => {
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
        agent,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => req.socket.destroy());
    upstream.end(body);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (open || !options.matches(req)) return forward(req, res, body);
      firstHeldAt ||= Date.now();
      timer ??= setTimeout(() => openGate(false), options.timeoutMs ?? 45_000);
      waiting.add(options.callerOf(req));
      if (waiting.size >= options.opensAt) openGate(true);
      void gate.then(() => forward(req, res, body));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    opened: openedPromise,
    async close() {
      clearTimeout(timer);
      openGate(false);
      for (const socket of sockets) socket.destroy();
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
