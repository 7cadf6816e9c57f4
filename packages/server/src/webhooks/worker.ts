import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { sql } from 'kysely';
import { type Db, isPostgres } from '../db/dialect.js';
import { addMs, nowIso } from '../time.js';
import { type AttemptContext, attemptDelivery, type ClaimedRow } from './attempt.js';
import { RETRY_DELAYS_MS } from './backoff.js';
import { deleteExpired } from './retention.js';
import { createWebhookAgent } from './send.js';

export interface WorkerOptions {
  db: Db;
  /** Allow loopback and private addresses (SPEC §1.1 `--sandbox`). */
  sandbox: boolean;
  /** How often to look for due deliveries; deliveries leave within 5 s of the commit (SPEC §4). */
  pollMs?: number;
  /** Deliveries claimed per round. */
  batchSize?: number;
  /** Retry schedule (tests shorten it). */
  retryDelaysMs?: readonly number[];
  /**
   * How long a claim holds (default 60 s, or `SPORTHUB_WEBHOOK_LEASE_SECONDS`): when a process dies
   * mid-delivery, its claimed deliveries go out again once this has passed.
   */
  leaseMs?: number;
  /** How often to delete events and deliveries past retention; 0 turns it off. */
  retentionEveryMs?: number;
  log?: { error(obj: object, msg: string): void };
}

export interface WebhookWorker {
  /** One claim-and-send round; resolves with the number of deliveries attempted. */
  runOnce(): Promise<number>;
  /** Stops polling and waits for the attempts in flight. */
  stop(): Promise<void>;
}

/** A claimed row is this worker's for this long; after that a crashed worker's rows are claimed again. */
export const DEFAULT_LEASE_MS = 60_000;

/**
 * `SPORTHUB_WEBHOOK_LEASE_SECONDS`: the claim lease in whole seconds (≥ 1); unset → undefined. A lease
 * shorter than one attempt (up to 10 s) may send a slow delivery twice — still at-least-once, with the
 * same `webhook-id`.
 */
export function webhookLeaseFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.SPORTHUB_WEBHOOK_LEASE_SECONDS?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1)
    throw new Error(`SPORTHUB_WEBHOOK_LEASE_SECONDS must be a whole number of seconds ≥ 1, got "${raw}".`);
  return Number(raw) * 1000;
}

/**
 * Claims due outbox rows for this worker. On PostgreSQL `FOR UPDATE SKIP LOCKED` lets any number of
 * server processes claim side by side without blocking or double-claiming; on SQLite the single
 * UPDATE … RETURNING is atomic (one writer at a time). The claim spans organizations — the worker
 * serves every tenant — and the outbox only holds queued attempts, so the scan stays small.
 */
async function claim(db: Db, workerId: string, limit: number, leaseMs: number): Promise<ClaimedRow[]> {
  const now = nowIso();
  const lockClause = isPostgres(db) ? sql`for update skip locked` : sql``;
  const result = await sql<ClaimedRow>`
    update webhook_outbox set claimed_by = ${workerId}, claimed_until = ${addMs(now, leaseMs)}
    where (organization_id, delivery_id) in (
      select organization_id, delivery_id from webhook_outbox
      where due_at <= ${now} and (claimed_until is null or claimed_until < ${now})
      order by due_at
      limit ${limit}
      ${lockClause}
    )
    returning organization_id, delivery_id, endpoint_id, manual`.execute(db);
  return result.rows.map((row) => ({ ...row, manual: Number(row.manual) }));
}

/**
 * The webhook worker: polls the outbox, sends each due delivery (Standard Webhooks, signed) and records
 * every attempt. Started by `sporthub-server start` in every process; nothing it needs lives in memory.
 */
export function startWebhookWorker(options: WorkerOptions): WebhookWorker {
  const pollMs = options.pollMs ?? 500;
  const batchSize = options.batchSize ?? 50;
  const retentionEveryMs = options.retentionEveryMs ?? 60 * 60 * 1000;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const ctx: AttemptContext = {
    db: options.db,
    workerId: `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`,
    dispatcher: createWebhookAgent(options.sandbox),
    sandbox: options.sandbox,
    retryDelaysMs: options.retryDelaysMs ?? RETRY_DELAYS_MS,
  };
  let stopped = false;
  let wake: (() => void) | undefined;
  let lastRetention = 0;

  const runOnce = async (): Promise<number> => {
    const rows = await claim(options.db, ctx.workerId, batchSize, leaseMs);
    await Promise.all(
      rows.map((row) =>
        attemptDelivery(ctx, row).catch((err: unknown) =>
          options.log?.error({ err }, 'webhook attempt failed'),
        ),
      ),
    );
    return rows.length;
  };

  const loop = async () => {
    while (!stopped) {
      let attempted = 0;
      try {
        if (retentionEveryMs > 0 && Date.now() - lastRetention >= retentionEveryMs) {
          lastRetention = Date.now();
          await deleteExpired(options.db);
        }
        attempted = await runOnce();
      } catch (err) {
        options.log?.error({ err }, 'webhook worker round failed');
      }
      // A full batch means more may be due: go again at once.
      if (attempted < batchSize && !stopped) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pollMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  };
  const running = loop();

  return {
    runOnce,
    stop: async () => {
      stopped = true;
      wake?.();
      await running;
      await ctx.dispatcher.close();
    },
  };
}
