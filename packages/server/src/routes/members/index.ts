import type { FastifyInstance } from 'fastify';

/** members: see openapi/paths. Filled in by its feature. */
export async function memberRoutes(_app: FastifyInstance): Promise<void> {}
