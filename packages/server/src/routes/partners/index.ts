import type { FastifyInstance } from 'fastify';

/** partners: see openapi/paths. Filled in by its feature. */
export async function partnerRoutes(_app: FastifyInstance): Promise<void> {}
