import type { FastifyInstance } from 'fastify';

/** webhooks: see openapi/paths. Filled in by its feature. */
export async function webhookRoutes(_app: FastifyInstance): Promise<void> {}
