import { buildApp } from '../app.js';
import { createDatabase } from '../db/dialect.js';
import { migrateToLatest } from '../db/migrations/index.js';
import { createLogger } from '../logger.js';
import { serverVersion } from '../version.js';
import { startWebhookWorker, webhookLeaseFromEnv } from '../webhooks/worker.js';
import { bootstrapOrganization } from './bootstrap.js';

export interface StartOptions {
  db: string;
  host: string;
  port: number;
  sandbox: boolean;
  dbPool?: number | undefined;
  dbReplica?: string | undefined;
  bootstrapToken?: string | undefined;
}

/** How long SIGTERM waits for in-flight requests before giving up. */
const DRAIN_TIMEOUT_MS = 30_000;

/**
 * `sporthub-server start`: migrate, bootstrap, listen, and on SIGTERM/SIGINT drain in-flight requests,
 * close the database and exit 0.
 */
export async function start(options: StartOptions): Promise<void> {
  const logger = createLogger();
  // Read before anything is opened, so a bad value stops the start with its message.
  const leaseMs = webhookLeaseFromEnv();
  const db = createDatabase(options.db, { poolSize: options.dbPool });
  const replica = options.dbReplica
    ? createDatabase(options.dbReplica, { poolSize: options.dbPool })
    : undefined;
  await migrateToLatest(db);
  if (options.bootstrapToken) {
    const organizationId = await bootstrapOrganization(db, options.bootstrapToken);
    if (organizationId) logger.info({ organizationId }, 'bootstrapped the default organization');
  }
  const app = await buildApp({ db, replica, logger, sandbox: options.sandbox, version: serverVersion() });
  await app.listen({ host: options.host, port: options.port, listenTextResolver: () => 'server bound' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  logger.info({ url: `http://${host}:${port}` }, 'listening');
  // Every process runs a webhook worker; they share the outbox through the database (SPEC §8).
  const webhooks = startWebhookWorker({
    db,
    sandbox: options.sandbox,
    log: logger,
    ...(leaseMs ? { leaseMs } : {}),
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.draining = true;
    logger.info({ signal }, 'draining');
    setTimeout(() => {
      logger.error('drain timed out');
      process.exit(1);
    }, DRAIN_TIMEOUT_MS).unref();
    await app.close();
    await webhooks.stop();
    await db.destroy();
    await replica?.destroy();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
