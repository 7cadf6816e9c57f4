import type { FastifyInstance } from 'fastify';

/** audit: see openapi/paths. Filled in by its feature. */
export async function auditRoutes(_app: FastifyInstance): Promise<void> {}
