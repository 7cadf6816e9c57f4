import type { FastifyInstance } from 'fastify';

/** reports: see openapi/paths. Filled in by its feature. */
export async function reportRoutes(_app: FastifyInstance): Promise<void> {}
