import type { Dispatcher } from 'undici';
import { ApiPromise } from './api-promise.js';
import { SportHubError } from './errors.js';
import {
  buildPath,
  type OperationOf,
  type PathsWithMethod,
  type RequestArgs,
  type ResponseDataOf,
} from './request.js';
import { Outlets } from './resources/outlets.js';
import { Transport } from './transport/http.js';
import type { ApiResponse, Hooks, HttpMethod, RequestOptions } from './transport/types.js';
import type { Me } from './types.js';

/**
 * How to reach and call a sporthub server.
 *
 * @example
 * ```ts
 * const options: SportHubOptions = {
 *   baseUrl: 'http://127.0.0.1:4010',
 *   token: process.env.SPORTHUB_TOKEN!,
 *   timeoutMs: 30_000,
 *   maxRetries: 3,
 *   userAgent: 'clinic-sync/1.4.0',
 * };
 * ```
 */
export interface SportHubOptions {
  /** Server origin, optionally with a path prefix (`https://api.example.cn/sporthub`); paths start at `/v1`. */
  baseUrl: string;
  /** API token, sent as `Authorization: Bearer …`; never logged, never in errors or hook events. */
  token: string;
  /** Deadline of one call, all attempts and waits between them included. Default 60,000 ms. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt on connection errors, 408, 425, 429 and 5xx. Default 2. */
  maxRetries?: number | undefined;
  /**
   * undici dispatcher (a proxy agent, a tuned pool, a MockAgent in tests). Default: a keep-alive agent
   * that honours HTTP_PROXY, HTTPS_PROXY and NO_PROXY.
   */
  dispatcher?: Dispatcher | undefined;
  /** Prepended to the SDK's `User-Agent` (`<yours> sporthub-sdk/<version> node/<version>`). */
  userAgent?: string | undefined;
  /** Observers of every attempt, response and retry (e.g. a `--verbose` trace). */
  hooks?: Hooks | undefined;
}

/**
 * The sporthub API client. One instance per token; it keeps a connection pool, so share it.
 *
 * @example
 * ```ts
 * import { SportHub } from '@sporthub/sdk';
 *
 * const hub = new SportHub({ baseUrl: 'http://127.0.0.1:4010', token: process.env.SPORTHUB_TOKEN! });
 * const outlet = await hub.outlets.create({ code: 'SH-PD-0001', name: '浦东世纪大道体育服务点' });
 * for await (const o of hub.outlets.list({ status: 'active' })) console.log(o.code, o.name);
 * await hub.close();
 * ```
 */
export class SportHub {
  /** Outlets of the token's organization. */
  readonly outlets: Outlets;
  readonly #transport: Transport;

  constructor(options: SportHubOptions) {
    if (!options || typeof options.baseUrl !== 'string' || options.baseUrl === '') {
      throw new SportHubError('SportHub: baseUrl is required');
    }
    if (typeof options.token !== 'string' || options.token === '') {
      throw new SportHubError('SportHub: token is required');
    }
    const timeoutMs = options.timeoutMs ?? 60_000;
    const maxRetries = options.maxRetries ?? 2;
    if (!(timeoutMs > 0)) throw new SportHubError(`SportHub: timeoutMs must be > 0, got ${timeoutMs}`);
    if (!(Number.isInteger(maxRetries) && maxRetries >= 0)) {
      throw new SportHubError(`SportHub: maxRetries must be an integer ≥ 0, got ${maxRetries}`);
    }
    // The token lives only inside the transport's private field: `console.log(hub)` cannot show it.
    this.#transport = new Transport({
      baseUrl: options.baseUrl,
      token: options.token,
      timeoutMs,
      maxRetries,
      dispatcher: options.dispatcher,
      userAgent: options.userAgent,
      hooks: options.hooks,
    });
    this.outlets = new Outlets(this);
  }

  /**
   * Calls any operation of the contract by method and path template, typed from the generated `paths`
   * (openapi-fetch style): the escape hatch for operations without a resource method yet.
   *
   * @example
   * ```ts
   * const page = await hub.request('GET', '/v1/outlets', { params: { query: { status: 'active', limit: 10 } } });
   * const outlet = await hub.request('GET', '/v1/outlets/{outletId}', { params: { path: { outletId: id } } });
   * const { response } = await hub
   *   .request('POST', '/v1/outlets', { body: { code: 'SH-PD-0002', name: '徐汇滨江体育服务点' } })
   *   .withResponse();
   * ```
   */
  request<M extends HttpMethod, P extends PathsWithMethod<M>>(
    method: M,
    path: P,
    ...[init]: RequestArgs<OperationOf<M, P>>
  ): ApiPromise<ResponseDataOf<OperationOf<M, P>>> {
    const { params, body, ...options } = (init ?? {}) as {
      params?: { path?: object; query?: object };
      body?: unknown;
    } & RequestOptions;
    let result: Promise<ApiResponse<ResponseDataOf<OperationOf<M, P>>>>;
    try {
      const target = buildPath(path, params?.path, params?.query);
      result = this.#transport.send({ method, path: target, body, options });
    } catch (error) {
      result = Promise.reject(error);
    }
    return new ApiPromise(result);
  }

  /**
   * Who am I: the organization and token this client authenticates as (`GET /v1/me`). Any valid token may
   * call it, so it is the cheap way to check a token (`AuthenticationError` when it is not valid).
   *
   * @example
   * ```ts
   * const { organization, token } = await hub.me();
   * console.log(`${organization.name} as ${token.name} (${token.scopes.join(', ')})`);
   * ```
   */
  me(options?: RequestOptions): ApiPromise<Me> {
    return this.request('GET', '/v1/me', options);
  }

  /**
   * Closes the client's connection pool (not a dispatcher you passed). Idle connections do not keep a
   * process alive, so calling it is optional for CLIs; long-running services call it on shutdown.
   *
   * @example
   * ```ts
   * process.once('SIGTERM', () => void hub.close());
   * ```
   */
  close(): Promise<void> {
    return this.#transport.close();
  }
}
