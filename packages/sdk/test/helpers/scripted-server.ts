/**
 * A real HTTP server on a random port that answers each request with the next scripted reply, and
 * records what it received. Lets the transport tests produce 503s, stalls and resets on demand without
 * mocking undici.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Reply = (req: IncomingMessage, res: ServerResponse, body: string) => void | Promise<void>;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return (_req, res) => {
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    res.writeHead(status, { 'content-type': type, ...headers });
    res.end(JSON.stringify(body));
  };
}

export function problem(status: number, code: string, extra: Record<string, unknown> = {}): Reply {
  return (req, res) => {
    const requestId = String(req.headers['x-request-id'] ?? 'none');
    res.writeHead(status, { 'content-type': 'application/problem+json', 'x-request-id': requestId });
    res.end(JSON.stringify({ type: 'about:blank', title: code, status, code, requestId, ...extra }));
  };
}

/** Never answers (until the socket is closed by the client). */
export const stall: Reply = () => {};

/** Sends headers, then stalls the body. */
export const stallBody: Reply = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write('{"partial":');
};

/** Resets the connection without answering. */
export const reset: Reply = (req) => {
  req.socket.destroy();
};

export async function startScriptedServer(replies: Reply[]) {
  const received: Received[] = [];
  let next = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const reply = replies[Math.min(next++, replies.length - 1)];
      if (!reply) throw new Error('no scripted reply');
      void reply(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    received,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
