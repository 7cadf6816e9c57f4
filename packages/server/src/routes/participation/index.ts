import type { FastifyInstance } from 'fastify';

/** participation: see openapi/paths. Filled in by its feature. */
export async function participationRoutes(_app: FastifyInstance): Promise<void> {}
