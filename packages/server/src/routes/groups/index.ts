import type { FastifyInstance } from 'fastify';

/** groups: see openapi/paths. Filled in by its feature. */
export async function groupRoutes(_app: FastifyInstance): Promise<void> {}
