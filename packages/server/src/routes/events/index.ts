import type { FastifyInstance } from 'fastify';

/** events: see openapi/paths. Filled in by its feature. */
export async function eventRoutes(_app: FastifyInstance): Promise<void> {}
