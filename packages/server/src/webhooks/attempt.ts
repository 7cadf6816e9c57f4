import type { Dispatcher } from 'undici';
import type { Db } from '../db/dialect.js';
import { addMs, nowIso } from '../time.js';
import { DISABLE_AFTER_FAILING_MS, retryDelay } from './backoff.js';
import { insertQueued, pendingDelivery } from './enqueue.js';
import { type DeliveryRow, signingSecrets } from './model.js';
import { postWebhook, type SendResult } from './send.js';
import { webhookHeaders } from './signer.js';

/** An outbox row this worker holds a lease on. */
export interface ClaimedRow {
  organization_id: string;
  delivery_id: string;
  endpoint_id: string;
  manual: number;
}

export interface AttemptContext {
  db: Db;
  workerId: string;
  dispatcher: Dispatcher;
  sandbox: boolean;
  retryDelaysMs: readonly number[];
}

type Outcome = { kind: 'sent'; result: SendResult } | { kind: 'dropped' };

/** Sends one claimed delivery and records the outcome (and the next attempt, if any). */
export async function attemptDelivery(ctx: AttemptContext, claimed: ClaimedRow): Promise<void> {
  const org = claimed.organization_id;
  const delivery = await ctx.db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('organization_id', '=', org)
    .where('id', '=', claimed.delivery_id)
    .executeTakeFirst();
  const endpoint = await ctx.db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('organization_id', '=', org)
    .where('id', '=', claimed.endpoint_id)
    .executeTakeFirst();
  const body = delivery ? await payloadOf(ctx.db, delivery) : null;
  let outcome: Outcome = { kind: 'dropped' };
  // Disabled endpoints get nothing but manual attempts; an event past retention cannot be sent.
  if (delivery && endpoint && body !== null && (endpoint.status === 'enabled' || claimed.manual === 1)) {
    const headers = webhookHeaders(signingSecrets(endpoint, nowIso()), delivery.event_id, body);
    outcome = {
      kind: 'sent',
      result: await postWebhook(ctx.dispatcher, ctx.sandbox, endpoint.url, body, headers),
    };
  }
  await ctx.db.transaction().execute(async (trx) => {
    // Releasing the claim first: if the lease ran out and another worker took the row, it owns the outcome.
    const released = await trx
      .deleteFrom('webhook_outbox')
      .where('organization_id', '=', org)
      .where('delivery_id', '=', claimed.delivery_id)
      .where('claimed_by', '=', ctx.workerId)
      .executeTakeFirst();
    if (Number(released.numDeletedRows) === 0 || !delivery) return;
    await recordOutcome(trx, ctx, claimed, delivery, outcome);
  });
}

/** The JSON body `{id, type, occurredAt, data}`: from the change feed, or stored with the delivery. */
async function payloadOf(db: Db, delivery: DeliveryRow): Promise<string | null> {
  if (delivery.payload !== null) return delivery.payload;
  const event = await db
    .selectFrom('events')
    .select(['id', 'type', 'occurred_at', 'data'])
    .where('organization_id', '=', delivery.organization_id)
    .where('id', '=', delivery.event_id)
    .executeTakeFirst();
  if (!event) return null;
  // `data` is stored as JSON text already: splice it in rather than parse and re-serialise.
  return `{"id":${JSON.stringify(event.id)},"type":${JSON.stringify(event.type)},"occurredAt":${JSON.stringify(event.occurred_at)},"data":${event.data}}`;
}

async function recordOutcome(
  trx: Db,
  ctx: AttemptContext,
  claimed: ClaimedRow,
  delivery: DeliveryRow,
  outcome: Outcome,
): Promise<void> {
  const org = claimed.organization_id;
  const now = nowIso();
  const result = outcome.kind === 'sent' ? outcome.result : null;
  const succeeded = result?.status != null && result.status >= 200 && result.status < 300;
  let disabled = false;
  if (result)
    disabled = await trackEndpointHealth(trx, org, claimed.endpoint_id, succeeded, result.status, now);
  const delay =
    result && !succeeded && !disabled && claimed.manual === 0
      ? retryDelay(delivery.attempt, ctx.retryDelaysMs)
      : null;
  const nextAttemptAt = delay === null ? null : addMs(now, delay);
  await trx
    .updateTable('webhook_deliveries')
    .set({
      status: succeeded ? 'succeeded' : 'failed',
      response_code: result?.status ?? null,
      duration_ms: result?.durationMs ?? null,
      next_attempt_at: nextAttemptAt,
    })
    .where('organization_id', '=', org)
    .where('id', '=', delivery.id)
    .execute();
  if (nextAttemptAt !== null) {
    const retry = pendingDelivery(
      org,
      delivery.endpoint_id,
      { id: delivery.event_id, type: delivery.event_type },
      delivery.attempt + 1,
      nextAttemptAt,
      delivery.payload,
    );
    await insertQueued(trx, [retry], false);
  }
}

/**
 * Success clears the endpoint's failing streak; a failure starts one. A 410, or a streak older than a
 * day, disables the endpoint. Returns whether this attempt disabled it. Atomic updates only: several
 * workers may report on one endpoint at once.
 */
async function trackEndpointHealth(
  trx: Db,
  org: string,
  endpointId: string,
  succeeded: boolean,
  status: number | null,
  now: string,
): Promise<boolean> {
  const endpoint = trx
    .updateTable('webhook_endpoints')
    .where('organization_id', '=', org)
    .where('id', '=', endpointId);
  if (succeeded) {
    await endpoint.set({ failing_since: null }).where('failing_since', 'is not', null).execute();
    return false;
  }
  await endpoint.set({ failing_since: now }).where('failing_since', 'is', null).execute();
  const row = await trx
    .selectFrom('webhook_endpoints')
    .select(['failing_since', 'status'])
    .where('organization_id', '=', org)
    .where('id', '=', endpointId)
    .executeTakeFirst();
  // Already disabled (or deleted): no retry either way.
  if (row?.status !== 'enabled') return true;
  const failingTooLong =
    row.failing_since !== null && addMs(row.failing_since, DISABLE_AFTER_FAILING_MS) <= now;
  if (status !== 410 && !failingTooLong) return false;
  return disableEndpoint(trx, org, endpointId, now);
}

/** Disables an enabled endpoint and drops its queued automatic attempts. Returns whether it changed. */
export async function disableEndpoint(
  trx: Db,
  org: string,
  endpointId: string,
  now: string,
): Promise<boolean> {
  const changed = await trx
    .updateTable('webhook_endpoints')
    .set((eb) => ({ status: 'disabled', updated_at: now, revision: eb('revision', '+', 1) }))
    .where('organization_id', '=', org)
    .where('id', '=', endpointId)
    .where('status', '=', 'enabled')
    .executeTakeFirst();
  if (Number(changed.numUpdatedRows) === 0) return false;
  await dropQueued(trx, org, endpointId, now);
  return true;
}

/**
 * Removes an endpoint's queued automatic attempts that no worker holds (held ones finish and then see
 * the endpoint disabled); their deliveries become `failed` with no next attempt.
 */
export async function dropQueued(trx: Db, org: string, endpointId: string, now: string): Promise<void> {
  const queued = await trx
    .selectFrom('webhook_outbox')
    .select('delivery_id')
    .where('organization_id', '=', org)
    .where('endpoint_id', '=', endpointId)
    .where('manual', '=', 0)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
    .execute();
  if (queued.length === 0) return;
  for (let i = 0; i < queued.length; i += 5_000) {
    const ids = queued.slice(i, i + 5_000).map((row) => row.delivery_id);
    await trx
      .deleteFrom('webhook_outbox')
      .where('organization_id', '=', org)
      .where('delivery_id', 'in', ids)
      .execute();
    await trx
      .updateTable('webhook_deliveries')
      .set({ status: 'failed', next_attempt_at: null })
      .where('organization_id', '=', org)
      .where('id', 'in', ids)
      .execute();
  }
}
