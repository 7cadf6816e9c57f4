import type { ApiPromise } from '../api-promise.js';
import type { components } from '../generated/sporthub.js';
import { Paginator } from '../pagination.js';
import type { RequestOptions } from '../transport/types.js';
import { type ConditionalOptions, conditional, type ListParams, Resource } from './resource.js';

type Schemas = components['schemas'];

/**
 * A URL that receives signed events (Standard Webhooks).
 *
 * @example
 * ```ts
 * import type { WebhookEndpoint } from '@sporthub/sdk';
 * const live = (e: WebhookEndpoint) => e.status === 'enabled';
 * ```
 */
export type WebhookEndpoint = Schemas['WebhookEndpoint'];

/**
 * An endpoint as created: with its `secret` (`whsec_…`), shown only this once.
 *
 * @example
 * ```ts
 * import type { WebhookEndpointWithSecret } from '@sporthub/sdk';
 * const keep = (e: WebhookEndpointWithSecret) => process.env.WEBHOOK_SECRET ?? e.secret;
 * ```
 */
export type WebhookEndpointWithSecret = Schemas['WebhookEndpointWithSecret'];

/**
 * An endpoint to create.
 *
 * @example
 * ```ts
 * import type { WebhookEndpointCreate } from '@sporthub/sdk';
 * const body: WebhookEndpointCreate = { url: 'https://clinic.example.cn/hooks/sporthub', events: ['participation.recorded'] };
 * ```
 */
export type WebhookEndpointCreate = Schemas['WebhookEndpointCreate'];

/**
 * A partial update of an endpoint.
 *
 * @example
 * ```ts
 * import type { WebhookEndpointUpdate } from '@sporthub/sdk';
 * const patch: WebhookEndpointUpdate = { status: 'disabled' };
 * ```
 */
export type WebhookEndpointUpdate = Schemas['WebhookEndpointUpdate'];

/**
 * Filters of `hub.webhooks.endpoints.list()`.
 *
 * @example
 * ```ts
 * import type { ListWebhookEndpointsParams } from '@sporthub/sdk';
 * const params: ListWebhookEndpointsParams = { status: 'enabled' };
 * ```
 */
export type ListWebhookEndpointsParams = ListParams<'listWebhookEndpoints'>;

/**
 * `hub.webhooks.endpoints`: create, read, update, delete webhook endpoints.
 *
 * @example
 * ```ts
 * const endpoint = await hub.webhooks.endpoints.create({ url: 'https://clinic.example.cn/hooks', events: ['*'] });
 * console.log('store this secret:', endpoint.secret);
 * ```
 */
export class WebhookEndpoints extends Resource {
  /**
   * Lists endpoints lazily.
   *
   * @example
   * ```ts
   * for await (const e of hub.webhooks.endpoints.list()) console.log(e.url, e.status);
   * ```
   */
  list(params?: ListWebhookEndpointsParams, options?: RequestOptions): Paginator<WebhookEndpoint> {
    return new Paginator<WebhookEndpoint>(
      (cursor, opts) =>
        this.hub.request('GET', '/v1/webhook-endpoints', {
          ...opts,
          params: { query: { ...params, cursor } },
        }),
      options,
    );
  }

  /**
   * Creates an endpoint; the result carries the signing secret, shown only once.
   *
   * @example
   * ```ts
   * const { id, secret } = await hub.webhooks.endpoints.create({ url, events: ['booking.created'] });
   * ```
   */
  create(body: WebhookEndpointCreate, options?: RequestOptions): ApiPromise<WebhookEndpointWithSecret> {
    return this.hub.request('POST', '/v1/webhook-endpoints', { ...options, body });
  }

  /**
   * Gets one endpoint (without its secret).
   *
   * @example
   * ```ts
   * const endpoint = await hub.webhooks.endpoints.get('whe_01JD0Z8Q3W5XKJ5V7J9C2N4M6P');
   * ```
   */
  get(endpointId: string, options?: RequestOptions): ApiPromise<WebhookEndpoint> {
    return this.hub.request('GET', '/v1/webhook-endpoints/{endpointId}', {
      ...options,
      params: { path: { endpointId } },
    });
  }

  /**
   * Updates an endpoint partially (re-enable one the server disabled, change its events).
   *
   * @example
   * ```ts
   * await hub.webhooks.endpoints.update(endpoint.id, { status: 'enabled' });
   * ```
   */
  update(
    endpointId: string,
    body: WebhookEndpointUpdate,
    options?: ConditionalOptions,
  ): ApiPromise<WebhookEndpoint> {
    const init = { ...conditional(options), params: { path: { endpointId } }, body };
    return this.hub.request('PATCH', '/v1/webhook-endpoints/{endpointId}', init);
  }

  /**
   * Deletes an endpoint.
   *
   * @example
   * ```ts
   * await hub.webhooks.endpoints.delete(endpoint.id);
   * ```
   */
  delete(endpointId: string, options?: ConditionalOptions): ApiPromise<void> {
    const init = { ...conditional(options), params: { path: { endpointId } } };
    return this.hub.request('DELETE', '/v1/webhook-endpoints/{endpointId}', init);
  }
}
