import type { Transaction } from 'kysely';
import type { Dispatcher } from 'undici';
import { recordAudit } from '../audit/record.js';
import type { Db } from '../db/dialect.js';
import type { DB } from '../db/schema.js';
import { addMs, nowIso } from '../time.js';
import { DISABLE_AFTER_FAILING_MS, retryDelay } from './backoff.js';
import { insertQueued, pendingDelivery } from './enqueue.js';
import { type DeliveryRow, signingSecrets } from './model.js';
import { partnerView } from './partner-view.js';
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

/** Personal data a sent body carried to a partner: what its audit entry records. */
interface SharedData {
  partnerId: string;
  memberCount: number;
  purpose: string;
}

type Outcome =
  | { kind: 'sent'; result: SendResult; shared: SharedData | undefined }
  | { kind: 'dropped' }
  | { kind: 'withheld' };

/** What to send: a body (and the personal data it shares), or nothing because the partner may not have it. */
type Prepared = { kind: 'body'; body: string; shared: SharedData | undefined } | { kind: 'withheld' };

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
  const prepared = delivery && endpoint ? await prepare(ctx.db, delivery, endpoint.partner_id) : null;
  let outcome: Outcome = { kind: 'dropped' };
  // Disabled endpoints get nothing but manual attempts; an event past retention cannot be sent.
  if (delivery && endpoint && prepared && (endpoint.status === 'enabled' || claimed.manual === 1)) {
    if (prepared.kind === 'withheld') outcome = { kind: 'withheld' };
    else {
      const { body } = prepared;
      const headers = webhookHeaders(signingSecrets(endpoint, nowIso()), delivery.event_id, body);
      outcome = {
        kind: 'sent',
        result: await postWebhook(ctx.dispatcher, ctx.sandbox, endpoint.url, body, headers),
        shared: prepared.shared,
      };
    }
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

/**
 * The JSON body `{id, type, occurredAt, data}`: from the change feed, or stored with the delivery; for a
 * partner's endpoint, as that partner may receive it right now (webhooks/partner-view.ts).
 */
async function prepare(db: Db, delivery: DeliveryRow, partnerId: string | null): Promise<Prepared | null> {
  if (delivery.payload !== null) return { kind: 'body', body: delivery.payload, shared: undefined };
  const event = await db
    .selectFrom('events')
    .select(['id', 'type', 'occurred_at', 'data'])
    .where('organization_id', '=', delivery.organization_id)
    .where('id', '=', delivery.event_id)
    .executeTakeFirst();
  if (!event) return null;
  if (partnerId !== null) {
    const view = await partnerView(db, delivery.organization_id, partnerId, event);
    if (view.kind === 'withheld') return view;
    if (view.kind === 'personal') {
      const shared = { partnerId, memberCount: view.memberCount, purpose: view.purpose };
      return { kind: 'body', body: view.body, shared };
    }
  }
  // `data` is stored as JSON text already: splice it in rather than parse and re-serialise.
  const body = `{"id":${JSON.stringify(event.id)},"type":${JSON.stringify(event.type)},"occurredAt":${JSON.stringify(event.occurred_at)},"data":${event.data}}`;
  return { kind: 'body', body, shared: undefined };
}

async function recordOutcome(
  trx: Transaction<DB>,
  ctx: AttemptContext,
  claimed: ClaimedRow,
  delivery: DeliveryRow,
  outcome: Outcome,
): Promise<void> {
  const org = claimed.organization_id;
  const now = nowIso();
  if (outcome.kind === 'withheld') {
    // Not sent, not a failure of the endpoint, never retried: the partner may not have this data.
    await trx
      .updateTable('webhook_deliveries')
      .set({ status: 'withheld', next_attempt_at: null })
      .where('organization_id', '=', org)
      .where('id', '=', delivery.id)
      .execute();
    return;
  }
  if (outcome.kind === 'sent' && outcome.shared) {
    // SPEC §6.7: every share is audited — each attempt that carried personal data to the partner.
    const { partnerId, memberCount, purpose } = outcome.shared;
    await recordAudit(trx, [
      {
        organizationId: org,
        // No token acts here: the endpoint the data went to stands in for the actor.
        actor: delivery.endpoint_id,
        action: 'share',
        partnerId,
        memberCount,
        detail: {
          share: 'webhook',
          purpose,
          endpointId: delivery.endpoint_id,
          deliveryId: delivery.id,
          eventId: delivery.event_id,
          eventType: delivery.event_type,
          attempt: delivery.attempt,
        },
      },
    ]);
  }
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
