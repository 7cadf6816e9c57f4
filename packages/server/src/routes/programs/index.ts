import type { FastifyInstance } from 'fastify';

/** programs: see openapi/paths. Filled in by its feature. */
export async function programRoutes(_app: FastifyInstance): Promise<void> {}
