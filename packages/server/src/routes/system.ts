import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';

/** `src/generated/openapi.json` in development, `dist/openapi.json` once built (scripts/copy-contract.mjs). */
export function loadContract(): string {
  for (const candidate of ['./openapi.json', '../generated/openapi.json', './generated/openapi.json']) {
    try {
      return readFileSync(new URL(candidate, import.meta.url), 'utf8');
    } catch {
      // try the next location
    }
  }
  throw new Error('openapi.json not found next to the server; run the build.');
}

/** Health, readiness and the contract: public, no token. */
export async function systemRoutes(app: FastifyInstance): Promise<void> {
  const contract = loadContract();

  app.get('/healthz', async () => ({ status: 'ok', version: app.serverVersion }));

  app.get('/readyz', async (_request, reply) => {
    if (app.draining) {
      return reply
        .code(503)
        .send({ status: 'unavailable', version: app.serverVersion, checks: { server: 'draining' } });
    }
    try {
      await sql`select 1`.execute(app.db);
      return { status: 'ok', version: app.serverVersion, checks: { database: 'ok' } };
    } catch {
      return reply
        .code(503)
        .send({ status: 'unavailable', version: app.serverVersion, checks: { database: 'unreachable' } });
    }
  });

  app.get('/openapi.json', async (_request, reply) => reply.type('application/json').send(contract));
}
