import type { ApiPromise } from '../api-promise.js';
import type { SportHub } from '../client.js';
import type { components } from '../generated/sporthub.js';
import { Paginator } from '../pagination.js';
import type { RequestOptions } from '../transport/types.js';
import { type ListParams, Resource } from './resource.js';
import { WebhookEndpoints } from './webhook-endpoints.js';

type Schemas = components['schemas'];

/**
 * One delivery attempt series of an event to an endpoint.
 *
 * @example
 * ```ts
 * import type { WebhookDelivery } from '@sporthub/sdk';
 * const failed = (d: WebhookDelivery) => d.status === 'failed';
 * ```
 */
export type WebhookDelivery = Schemas['WebhookDelivery'];

/**
 * The result of a secret rotation: the new secret, and until when the old one stays valid.
 *
 * @example
 * ```ts
 * import type { WebhookSecretRotation } from '@sporthub/sdk';
 * const secrets = (r: WebhookSecretRotation, old: string) => [r.secret, old];
 * ```
 */
export type WebhookSecretRotation = Schemas['WebhookSecretRotation'];

/**
 * Filters of `hub.webhooks.deliveries.list()`.
 *
 * @example
 * ```ts
 * import type { ListWebhookDeliveriesParams } from '@sporthub/sdk';
 * const params: ListWebhookDeliveriesParams = { status: 'failed' };
 * ```
 */
export type ListWebhookDeliveriesParams = ListParams<'listWebhookDeliveries'>;

/**
 * `hub.webhooks.deliveries`: the delivery log of an endpoint.
 *
 * @example
 * ```ts
 * for await (const d of hub.webhooks.deliveries.list(endpointId, { status: 'failed' })) console.log(d.eventId, d.responseCode);
 * ```
 */
export class WebhookDeliveries extends Resource {
  /**
   * Lists an endpoint's deliveries lazily.
   *
   * @example
   * ```ts
   * const recent = await hub.webhooks.deliveries.list(endpointId).toArray({ max: 20 });
   * ```
   */
  list(
    endpointId: string,
    params?: ListWebhookDeliveriesParams,
    options?: RequestOptions,
  ): Paginator<WebhookDelivery> {
    return new Paginator<WebhookDelivery>(
      (cursor, opts) =>
        this.hub.request('GET', '/v1/webhook-endpoints/{endpointId}/deliveries', {
          ...opts,
          params: { path: { endpointId }, query: { ...params, cursor } },
        }),
      options,
    );
  }
}

/**
 * `hub.webhooks`: endpoints (`.endpoints`), their deliveries (`.deliveries`), test sends, secret
 * rotation and manual redelivery. To check a delivery you receive, use `verifyWebhook`.
 *
 * @example
 * ```ts
 * const endpoint = await hub.webhooks.endpoints.create({ url, events: ['participation.recorded'] });
 * await hub.webhooks.test(endpoint.id);
 * const { secret } = await hub.webhooks.rotateSecret(endpoint.id);
 * ```
 */
export class Webhooks extends Resource {
  /** Endpoints CRUD. */
  readonly endpoints: WebhookEndpoints;
  /** Delivery log per endpoint. */
  readonly deliveries: WebhookDeliveries;

  constructor(hub: SportHub) {
    super(hub);
    this.endpoints = new WebhookEndpoints(hub);
    this.deliveries = new WebhookDeliveries(hub);
  }

  /**
   * Sends a `webhook.test` event to an endpoint now (202: the delivery is queued).
   *
   * @example
   * ```ts
   * const delivery = await hub.webhooks.test(endpointId);
   * ```
   */
  test(endpointId: string, options?: RequestOptions): ApiPromise<WebhookDelivery> {
    return this.hub.request('POST', '/v1/webhook-endpoints/{endpointId}:test', {
      ...options,
      params: { path: { endpointId } },
    });
  }

  /**
   * Rotates an endpoint's secret; the old one keeps signing (a second `v1,` value) for 24 hours.
   *
   * @example
   * ```ts
   * const rotation = await hub.webhooks.rotateSecret(endpointId);
   * ```
   */
  rotateSecret(endpointId: string, options?: RequestOptions): ApiPromise<WebhookSecretRotation> {
    return this.hub.request('POST', '/v1/webhook-endpoints/{endpointId}:rotateSecret', {
      ...options,
      params: { path: { endpointId } },
    });
  }

  /**
   * Delivers an event again (same `webhook-id`), e.g. after fixing a receiver.
   *
   * @example
   * ```ts
   * await hub.webhooks.redeliver(deliveryId);
   * ```
   */
  redeliver(deliveryId: string, options?: RequestOptions): ApiPromise<WebhookDelivery> {
    return this.hub.request('POST', '/v1/webhook-deliveries/{deliveryId}:redeliver', {
      ...options,
      params: { path: { deliveryId } },
    });
  }
}
