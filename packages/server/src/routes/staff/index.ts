import type { FastifyInstance } from 'fastify';

/** staff: see openapi/paths. Filled in by its feature. */
export async function staffRoutes(_app: FastifyInstance): Promise<void> {}
