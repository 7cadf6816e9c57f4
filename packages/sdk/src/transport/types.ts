/** The shapes the transport accepts and reports: per-call options, hook events, response metadata. */
import type { SportHubError } from '../errors.js';

/**
 * Upper-case HTTP methods the contract uses.
 *
 * @example
 * ```ts
 * import type { HttpMethod } from '@sporthub/sdk';
 * const method: HttpMethod = 'PATCH';
 * ```
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Options every SDK method accepts as its last argument.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const outlet = await hub.outlets.get(id, {
 *   signal: controller.signal, // abort at any time, also while waiting to retry
 *   timeoutMs: 10_000, // one deadline for all attempts of this call
 *   requestId: 'sync-2026-11-28-0001', // sent as X-Request-Id `<requestId>-<attempt>`
 * });
 * ```
 */
export interface RequestOptions {
  /** Aborts the call (every attempt and the wait between them); the call rejects with `signal.reason`. */
  signal?: AbortSignal | undefined;
  /** Deadline for the whole call, all attempts and backoff included. Default: the client's `timeoutMs`. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt. Default: the client's `maxRetries`. */
  maxRetries?: number | undefined;
  /**
   * Idempotency-Key for a POST or PATCH. The SDK generates a UUID per call when absent and sends the same
   * key on every attempt; pass your own to make a retry across process restarts replay, not duplicate.
   */
  idempotencyKey?: string | undefined;
  /** Base of the `X-Request-Id` header (a UUID per call by default); each attempt appends `-<attempt>`. */
  requestId?: string | undefined;
  /** Extra request headers. `Authorization`, `X-Request-Id` and `Idempotency-Key` are managed by the SDK. */
  headers?: Record<string, string> | undefined;
}

/**
 * What an `onRequest` hook receives, once per attempt. `headers` are the request headers with
 * `Authorization` (and anything holding the token) redacted.
 *
 * @example
 * ```ts
 * const onRequest = (e: RequestEvent) => console.error(`→ ${e.method} ${e.url} #${e.attempt} ${e.requestId}`);
 * ```
 */
export interface RequestEvent {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  /** 1 for the first attempt. */
  attempt: number;
  /** The `X-Request-Id` this attempt carries (`<base>-<attempt>`). */
  requestId: string;
}

/**
 * What an `onResponse` hook receives when an attempt got a response (any status).
 *
 * @example
 * ```ts
 * const onResponse = (e: ResponseEvent) => console.error(`← ${e.status} in ${e.durationMs.toFixed(0)} ms`);
 * ```
 */
export interface ResponseEvent extends RequestEvent {
  status: number;
  /** From sending the request to the end of the response body. */
  durationMs: number;
  /** Response headers, lower-cased (`set-cookie` redacted). */
  responseHeaders: Record<string, string>;
}

/**
 * What an `onRetry` hook receives before the SDK waits `delayMs` and tries again.
 *
 * @example
 * ```ts
 * const onRetry = (e: RetryEvent) => console.error(`retry #${e.attempt + 1} in ${e.delayMs} ms: ${e.error.message}`);
 * ```
 */
export interface RetryEvent extends RequestEvent {
  /** Why the attempt failed. */
  error: SportHubError;
  delayMs: number;
}

/**
 * Observers of the traffic (the CLI's `--verbose` prints them). Hooks are called synchronously; an
 * exception a hook throws is reported with `process.emitWarning` and never changes the call's outcome.
 * No event ever contains the token.
 *
 * @example
 * ```ts
 * const hub = new SportHub({
 *   baseUrl, token,
 *   hooks: {
 *     onRequest: (e) => console.error(`→ ${e.method} ${e.url} (${e.requestId})`),
 *     onResponse: (e) => console.error(`← ${e.status} ${e.durationMs.toFixed(0)} ms`),
 *     onRetry: (e) => console.error(`↻ in ${e.delayMs} ms: ${e.error.message}`),
 *   },
 * });
 * ```
 */
export interface Hooks {
  onRequest?: ((event: RequestEvent) => void) | undefined;
  onResponse?: ((event: ResponseEvent) => void) | undefined;
  onRetry?: ((event: RetryEvent) => void) | undefined;
}

/**
 * Metadata of the response that produced a result, from `.withResponse()`.
 *
 * @example
 * ```ts
 * const { data: outlet, response } = await hub.outlets.get(id).withResponse();
 * console.log(response.status, response.headers.etag, response.requestId);
 * ```
 */
export interface ResponseMeta {
  status: number;
  /** Response headers, lower-cased; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** The server's `X-Request-Id` (the one the SDK sent, echoed). */
  requestId: string;
  /** How many attempts the call took (1 = no retry). */
  attempts: number;
  /** The Idempotency-Key sent (POST, PATCH). */
  idempotencyKey: string | undefined;
}

/**
 * A result with the metadata of its response.
 *
 * @example
 * ```ts
 * const res: ApiResponse<Outlet> = await hub.outlets.create(body).withResponse();
 * if (res.response.status === 201) console.log('created', res.data.id);
 * ```
 */
export interface ApiResponse<T> {
  data: T;
  response: ResponseMeta;
}
