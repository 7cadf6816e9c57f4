import type { FastifyInstance } from 'fastify';

/** tokens: see openapi/paths. Filled in by its feature. */
export async function tokenRoutes(_app: FastifyInstance): Promise<void> {}
