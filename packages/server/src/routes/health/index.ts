import type { FastifyInstance } from 'fastify';

/** health: see openapi/paths. Filled in by its feature. */
export async function healthRoutes(_app: FastifyInstance): Promise<void> {}
