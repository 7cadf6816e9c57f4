import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Db } from './db/dialect.js';
import { registerAuth } from './http/auth.js';
import { registerIdempotency } from './http/idempotency.js';
import { registerJsonBody } from './http/json-body.js';
import { handleError, handleNotFound } from './http/problem.js';
import { type RateLimitOptions, registerRateLimit } from './http/rate-limit.js';
import { registerRequestId, requestIdOf } from './http/request-id.js';
import { auditRoutes } from './routes/audit/index.js';
import { bookingRoutes } from './routes/bookings/index.js';
import { docsRoutes } from './routes/docs.js';
import { eventRoutes } from './routes/events/index.js';
import { groupRoutes } from './routes/groups/index.js';
import { healthRoutes } from './routes/health/index.js';
import { memberRoutes } from './routes/members/index.js';
import { metricsRoutes } from './routes/metrics.js';
import { outletRoutes } from './routes/outlets/index.js';
import { participationRoutes } from './routes/participation/index.js';
import { partnerRoutes } from './routes/partners/index.js';
import { programRoutes } from './routes/programs/index.js';
import { reportRoutes } from './routes/reports/index.js';
import { sessionRoutes } from './routes/sessions/index.js';
import { shareRoutes } from './routes/shares/index.js';
import { staffRoutes } from './routes/staff/index.js';
import { systemRoutes } from './routes/system.js';
import { tokenRoutes } from './routes/tokens/index.js';
import { webhookRoutes } from './routes/webhooks/index.js';

export interface AppOptions {
  db: Db;
  /** Exports and reports read from it (`--db-replica`); defaults to `db`. */
  replica?: Db | undefined;
  /** A pino logger, or false for none (tests). */
  logger?: FastifyBaseLogger | false;
  /** Allow webhook endpoints on loopback and private addresses (SPEC §1.1). */
  sandbox?: boolean;
  version?: string;
  /** Per-token request limit of this instance (default 600/min or `SPORTHUB_RATE_LIMIT`). */
  rateLimit?: RateLimitOptions;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    replica: Db;
    sandbox: boolean;
    /** Set on SIGTERM: /readyz answers 503 while in-flight requests finish. */
    draining: boolean;
    serverVersion: string;
  }
}

/**
 * Every feature of the API, registered in order. A new resource is one folder under `routes/`
 * exporting a plugin like `outletRoutes`, added here.
 */
const features = [
  metricsRoutes,
  systemRoutes,
  docsRoutes,
  outletRoutes,
  programRoutes,
  staffRoutes,
  tokenRoutes,
  sessionRoutes,
  bookingRoutes,
  memberRoutes,
  groupRoutes,
  participationRoutes,
  healthRoutes,
  reportRoutes,
  partnerRoutes,
  shareRoutes,
  webhookRoutes,
  eventRoutes,
  auditRoutes,
];

/** The HTTP application, without listening: tests use `app.inject`, `bin.ts start` calls listen. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    bodyLimit: 1024 * 1024,
    genReqId: requestIdOf,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  app.decorate('db', options.db);
  app.decorate('replica', options.replica ?? options.db);
  app.decorate('sandbox', options.sandbox ?? false);
  app.decorate('draining', false);
  // Fastify's own `version` is its version; ours is the server package's.
  app.decorate('serverVersion', options.version ?? '0.0.0');

  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  registerJsonBody(app);
  registerRequestId(app);
  registerAuth(app, options.db);
  registerRateLimit(app, options.rateLimit);
  registerIdempotency(app, options.db);
  for (const feature of features) await app.register(feature);
  return app;
}
