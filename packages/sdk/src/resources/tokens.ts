import type { ApiPromise } from '../api-promise.js';
import type { components } from '../generated/sporthub.js';
import { Paginator } from '../pagination.js';
import type { RequestOptions } from '../transport/types.js';
import { type ListParams, Resource } from './resource.js';

type Schemas = components['schemas'];

/**
 * An API token as listed (never the token itself; `prefix` identifies it).
 *
 * @example
 * ```ts
 * import type { ApiToken } from '@sporthub/sdk';
 * const usable = (t: ApiToken) => t.revokedAt === null;
 * ```
 */
export type ApiToken = Schemas['ApiToken'];

/**
 * A new token with its secret value, shown only this once.
 *
 * @example
 * ```ts
 * import type { ApiTokenWithSecret } from '@sporthub/sdk';
 * const secretOf = (t: ApiTokenWithSecret) => t.token;
 * ```
 */
export type ApiTokenWithSecret = Schemas['ApiTokenWithSecret'];

/**
 * A token to create.
 *
 * @example
 * ```ts
 * import type { ApiTokenCreate } from '@sporthub/sdk';
 * const body: ApiTokenCreate = { name: 'clinic-sync', scopes: ['participation:read'] };
 * ```
 */
export type ApiTokenCreate = Schemas['ApiTokenCreate'];

/**
 * `hub.tokens`: the organization's API tokens (needs `admin`).
 *
 * @example
 * ```ts
 * const { token } = await hub.tokens.create({ name: 'ci', scopes: ['schedules:write'] });
 * ```
 */
export class Tokens extends Resource {
  /**
   * Lists tokens lazily.
   *
   * @example
   * ```ts
   * for await (const t of hub.tokens.list()) console.log(t.name, t.prefix, t.lastUsedAt);
   * ```
   */
  list(params?: ListParams<'listTokens'>, options?: RequestOptions): Paginator<ApiToken> {
    return new Paginator<ApiToken>(
      (cursor, opts) =>
        this.hub.request('GET', '/v1/tokens', { ...opts, params: { query: { ...params, cursor } } }),
      options,
    );
  }

  /**
   * Creates a token; the result's `token` is the only time its value is shown.
   *
   * @example
   * ```ts
   * const created = await hub.tokens.create({ name: 'reports', scopes: ['reports:read'] });
   * ```
   */
  create(body: ApiTokenCreate, options?: RequestOptions): ApiPromise<ApiTokenWithSecret> {
    return this.hub.request('POST', '/v1/tokens', { ...options, body });
  }

  /**
   * Revokes a token at once.
   *
   * @example
   * ```ts
   * await hub.tokens.revoke(created.id);
   * ```
   */
  revoke(tokenId: string, options?: RequestOptions): ApiPromise<ApiToken> {
    return this.hub.request('POST', '/v1/tokens/{tokenId}:revoke', {
      ...options,
      params: { path: { tokenId } },
    });
  }
}
