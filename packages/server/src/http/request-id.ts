import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { newId } from '../ids.js';

// A client's id is echoed only when it is printable ASCII of sane length, so it cannot break
// log lines or response headers.
const CLIENT_ID = /^[\x21-\x7e]{1,200}$/;

/** Fastify `genReqId`: the client's `X-Request-Id` when usable, else `req_<ULID>`. */
export function requestIdOf(req: IncomingMessage): string {
  const sent = req.headers['x-request-id'];
  return typeof sent === 'string' && CLIENT_ID.test(sent) ? sent : newId('req');
}

/** Sends `X-Request-Id` on every response, errors and 404s included. */
export function registerRequestId(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
}
