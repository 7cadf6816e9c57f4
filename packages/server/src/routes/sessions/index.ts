import type { FastifyInstance } from 'fastify';

/** sessions: see openapi/paths. Filled in by its feature. */
export async function sessionRoutes(_app: FastifyInstance): Promise<void> {}
