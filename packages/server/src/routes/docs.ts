import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { loadContract } from './system.js';

/**
 * `/docs`: a browsable reference of the v1 contract (Swagger UI). Everything is served from this
 * process — the UI's scripts and styles ship inside @fastify/swagger-ui — so it works offline and in
 * air-gapped deployments. The document is the bundled contract as is (@fastify/swagger in static
 * mode), not one derived from the routes; `/docs/json` serves it too. Public, like /openapi.json.
 */
export async function docsRoutes(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    mode: 'static',
    specification: { document: JSON.parse(loadContract()) },
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { deepLinking: true, docExpansion: 'list', defaultModelsExpandDepth: 0 },
  });
}
