import type { FastifyInstance } from 'fastify';

/** bookings: see openapi/paths. Filled in by its feature. */
export async function bookingRoutes(_app: FastifyInstance): Promise<void> {}
