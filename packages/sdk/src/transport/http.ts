/**
 * The one HTTP path of the SDK: undici, JSON in and out, bearer auth, request ids, idempotency keys,
 * retries with backoff under one deadline, hooks. Resources never talk to undici themselves.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { type Dispatcher, EnvHttpProxyAgent } from 'undici';
import {
  ConnectionError,
  errorFromResponse,
  SportHubError,
  TimeoutError,
  type TimeoutPhase,
} from '../errors.js';
import { isSerializedItems } from '../serialized.js';
import type { Problem } from '../types.js';
import { VERSION } from '../version.js';
import { CallScope } from './deadline.js';
import { normalizeHeaders, redactHeaders, redactText } from './headers.js';
import {
  type BackoffOptions,
  computeBackoffMs,
  DEFAULT_BACKOFF,
  isIdempotentMethod,
  isRetryableNetworkError,
  isRetryableStatus,
  parseRetryAfter,
} from './retry.js';
import { readBody } from './stream.js';
import type { ApiResponse, Hooks, HttpMethod, RequestEvent, RequestOptions } from './types.js';

/** Per-attempt connect budget of the SDK's own agent; a caller's dispatcher brings its own. */
export const CONNECT_TIMEOUT_MS = 10_000;

export interface TransportConfig {
  baseUrl: string;
  token: string;
  timeoutMs: number;
  maxRetries: number;
  dispatcher?: Dispatcher | undefined;
  userAgent?: string | undefined;
  hooks?: Hooks | undefined;
  backoff?: BackoffOptions | undefined;
}

export interface TransportRequest {
  method: HttpMethod;
  /** Path and query, already encoded, relative to the base URL (`/v1/outlets?limit=10`). */
  path: string;
  body?: unknown;
  options?: RequestOptions | undefined;
}

/** One attempt's outcome: a result, or an error with whether another attempt may succeed. */
type Attempt<T> =
  | { ok: true; result: ApiResponse<T> }
  | { ok: false; error: SportHubError; retry: boolean; retryAfterMs?: number | undefined };

interface CallState {
  method: HttpMethod;
  path: string;
  url: string;
  body: string | Buffer | undefined;
  headers: Record<string, string>;
  baseRequestId: string;
  idempotencyKey: string | undefined;
  scope: CallScope;
}

export class Transport {
  readonly #token: string;
  readonly #origin: string;
  readonly #pathPrefix: string;
  readonly #timeoutMs: number;
  readonly #maxRetries: number;
  readonly #hooks: Hooks;
  readonly #backoff: BackoffOptions;
  readonly #userAgent: string;
  readonly #ownsDispatcher: boolean;
  readonly #dispatcher: Dispatcher;

  constructor(config: TransportConfig) {
    const base = new URL(config.baseUrl);
    if (base.protocol !== 'http:' && base.protocol !== 'https:') {
      throw new SportHubError(`baseUrl must be an http(s) URL, got ${base.protocol}`);
    }
    this.#origin = base.origin;
    this.#pathPrefix = base.pathname.replace(/\/+$/, '');
    this.#token = config.token;
    this.#timeoutMs = config.timeoutMs;
    this.#maxRetries = config.maxRetries;
    this.#hooks = config.hooks ?? {};
    this.#backoff = config.backoff ?? DEFAULT_BACKOFF;
    const sdk = `sporthub-sdk/${VERSION} node/${process.versions.node}`;
    this.#userAgent = config.userAgent ? `${config.userAgent} ${sdk}` : sdk;
    this.#ownsDispatcher = config.dispatcher === undefined;
    // EnvHttpProxyAgent is a keep-alive Agent that honours HTTP_PROXY / HTTPS_PROXY / NO_PROXY.
    this.#dispatcher =
      config.dispatcher ?? new EnvHttpProxyAgent({ connect: { timeout: CONNECT_TIMEOUT_MS } });
  }

  /** Closes the SDK's own connection pool; a dispatcher the caller passed is left alone. */
  async close(): Promise<void> {
    if (this.#ownsDispatcher) await this.#dispatcher.close();
  }

  /** One call: JSON in, JSON out, retried under one deadline. */
  send<T>(request: TransportRequest): Promise<ApiResponse<T>> {
    return this.#call<T>(request, false);
  }

  /**
   * One call whose 2xx body is streamed instead of decoded: retries and the deadline cover everything up
   * to the response headers; after them, each body chunk must arrive within the call's `timeoutMs`
   * (a between-chunk timeout, so a 1M-row export is not cut off by a total deadline).
   */
  stream(request: TransportRequest): Promise<ApiResponse<AsyncIterable<Uint8Array>>> {
    return this.#call<AsyncIterable<Uint8Array>>(request, true);
  }

  async #call<T>(request: TransportRequest, streaming: boolean): Promise<ApiResponse<T>> {
    const options = request.options ?? {};
    const scope = new CallScope(options.timeoutMs ?? this.#timeoutMs, options.signal);
    let handedOff = false;
    try {
      const call = this.#prepare(request, scope);
      const maxRetries = options.maxRetries ?? this.#maxRetries;
      // POST and PATCH always carry a key (generated when absent), so every call below is retry-safe;
      // the check stays for methods the contract may add.
      const retrySafe = isIdempotentMethod(call.method) || call.idempotencyKey !== undefined;
      for (let attempt = 1; ; attempt++) {
        const outcome = await this.#attempt<T>(call, attempt, streaming);
        if (outcome.ok) {
          // A streamed body owns the scope from here on (readBody disposes it).
          handedOff = streaming;
          return outcome.result;
        }
        if (!outcome.retry || !retrySafe || attempt > maxRetries) throw outcome.error;
        const delayMs = outcome.retryAfterMs ?? computeBackoffMs(attempt, this.#backoff);
        // Waiting past the deadline would only turn an informative error into a timeout.
        if (delayMs >= scope.remainingMs()) throw outcome.error;
        this.#emit('onRetry', () => ({ ...this.#event(call, attempt), error: outcome.error, delayMs }));
        await scope.sleep(delayMs).catch((reason: unknown) => {
          throw scope.expired
            ? new TimeoutError('total', scope.timeoutMs, { requestId: `${call.baseRequestId}-${attempt}` })
            : reason;
        });
      }
    } finally {
      if (!handedOff) scope.dispose();
    }
  }

  #prepare(request: TransportRequest, scope: CallScope): CallState {
    const options = request.options ?? {};
    const custom: Record<string, string> = {};
    for (const [name, value] of Object.entries(options.headers ?? {})) custom[name.toLowerCase()] = value;
    const baseRequestId = options.requestId ?? custom['x-request-id'] ?? randomUUID();
    const writes = request.method === 'POST' || request.method === 'PATCH';
    const idempotencyKey =
      options.idempotencyKey ?? custom['idempotency-key'] ?? (writes ? randomUUID() : undefined);
    const body =
      request.body === undefined
        ? undefined
        : isSerializedItems(request.body)
          ? request.body.body
          : JSON.stringify(request.body);
    const headers: Record<string, string> = {
      accept: 'application/json, application/problem+json',
      'user-agent': this.#userAgent,
      ...custom,
      authorization: `Bearer ${this.#token}`,
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
    const path = `${this.#pathPrefix}${request.path}`;
    const url = `${this.#origin}${path}`;
    return { method: request.method, path, url, body, headers, baseRequestId, idempotencyKey, scope };
  }

  async #attempt<T>(call: CallState, attempt: number, streaming = false): Promise<Attempt<T>> {
    const requestId = `${call.baseRequestId}-${attempt}`;
    const headers = { ...call.headers, 'x-request-id': requestId };
    this.#emit('onRequest', () => this.#event(call, attempt));
    const started = performance.now();
    let phase: TimeoutPhase = 'headers';
    try {
      // undici's own headers/body timers get the remaining budget too, so whichever fires first the
      // phase reported is the same.
      const budget = Math.max(1, call.scope.remainingMs());
      const response = await this.#dispatcher.request({
        origin: this.#origin,
        path: call.path,
        method: call.method,
        headers,
        body: call.body,
        signal: call.scope.signal,
        headersTimeout: budget,
        bodyTimeout: streaming ? call.scope.timeoutMs : budget,
      });
      phase = 'body';
      const ok = response.statusCode >= 200 && response.statusCode < 300;
      if (streaming && ok) return this.#streamed<T>(call, attempt, response, started);
      const text = await response.body.text();
      const responseHeaders = normalizeHeaders(response.headers);
      const status = response.statusCode;
      const durationMs = performance.now() - started;
      this.#emit('onResponse', () => ({
        ...this.#event(call, attempt),
        status,
        durationMs,
        responseHeaders: redactHeaders(responseHeaders, this.#token),
      }));
      const meta = {
        status,
        headers: responseHeaders,
        requestId: responseHeaders['x-request-id'] ?? requestId,
        attempts: attempt,
        idempotencyKey: call.idempotencyKey,
      };
      if (status >= 200 && status < 300) {
        return { ok: true, result: { data: this.#decode<T>(text, meta.requestId, status), response: meta } };
      }
      const retryAfterMs = parseRetryAfter(responseHeaders['retry-after']);
      const error = errorFromResponse({
        status,
        problem: parseProblem(redactText(text, this.#token)),
        headers: redactHeaders(responseHeaders, this.#token),
        requestId,
        idempotencyKey: call.idempotencyKey,
        retryAfterMs,
        statusText: STATUS_CODES[status],
      });
      const keyBusy = status === 409 && error.code === 'idempotency_key_in_use';
      return { ok: false, error, retry: isRetryableStatus(status) || keyBusy, retryAfterMs };
    } catch (cause) {
      if (cause instanceof SportHubError) throw cause;
      if (call.scope.signal.aborted) {
        if (!call.scope.expired) throw call.scope.signal.reason;
        // The rejection is our own deadline marker, not a cause worth keeping.
        const error = new TimeoutError(phase, call.scope.timeoutMs, { requestId });
        return { ok: false, error, retry: false };
      }
      return {
        ok: false,
        error: this.#networkError(cause, phase, call, requestId),
        retry: isRetryableNetworkError(cause),
      };
    }
  }

  #streamed<T>(
    call: CallState,
    attempt: number,
    response: Dispatcher.ResponseData,
    started: number,
  ): Attempt<T> {
    const requestId = `${call.baseRequestId}-${attempt}`;
    const responseHeaders = normalizeHeaders(response.headers);
    const status = response.statusCode;
    this.#emit('onResponse', () => ({
      ...this.#event(call, attempt),
      status,
      durationMs: performance.now() - started,
      responseHeaders: redactHeaders(responseHeaders, this.#token),
    }));
    // The call's deadline covered reaching the headers; the body is bounded by the idle timeout instead.
    call.scope.clearDeadline();
    const data = readBody(response.body, {
      scope: call.scope,
      idleTimeoutMs: call.scope.timeoutMs,
      requestId: responseHeaders['x-request-id'] ?? requestId,
      url: call.url,
    });
    const meta = {
      status,
      headers: responseHeaders,
      requestId: responseHeaders['x-request-id'] ?? requestId,
      attempts: attempt,
      idempotencyKey: call.idempotencyKey,
    };
    return { ok: true, result: { data: data as T, response: meta } };
  }

  #networkError(cause: unknown, phase: TimeoutPhase, call: CallState, requestId: string): SportHubError {
    const code = (cause as { code?: unknown })?.code;
    if (code === 'UND_ERR_CONNECT_TIMEOUT') {
      return new TimeoutError('connect', CONNECT_TIMEOUT_MS, { requestId, cause });
    }
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
      return new TimeoutError(phase, call.scope.timeoutMs, { requestId, cause });
    }
    const reason = cause instanceof Error ? cause.message : String(cause);
    const suffix = typeof code === 'string' ? ` [${code}]` : '';
    return new ConnectionError(`connection error on ${call.method} ${call.url}: ${reason}${suffix}`, {
      requestId,
      cause,
    });
  }

  #decode<T>(text: string, requestId: string, status: number): T {
    if (text === '') return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch (cause) {
      throw new SportHubError(`${status} response is not JSON (request ${requestId})`, { cause });
    }
  }

  #event(call: CallState, attempt: number): RequestEvent {
    const requestId = `${call.baseRequestId}-${attempt}`;
    return {
      method: call.method,
      url: call.url,
      headers: redactHeaders({ ...call.headers, 'x-request-id': requestId }, this.#token),
      attempt,
      requestId,
    };
  }

  /** Calls a hook; the event is built only when someone listens (redaction is not free). */
  #emit<K extends keyof Hooks>(name: K, makeEvent: () => Parameters<NonNullable<Hooks[K]>>[0]): void {
    const hook = this.#hooks[name] as ((e: ReturnType<typeof makeEvent>) => void) | undefined;
    if (!hook) return;
    try {
      hook(makeEvent());
    } catch (error) {
      // Observers must not change a call's outcome (nor leave a response body unread).
      process.emitWarning(`sporthub-sdk: ${name} hook threw: ${String(error)}`, 'SportHubHookWarning');
    }
  }
}

/** The body as a problem when it looks like RFC 9457 JSON with our stable `code`; else undefined. */
function parseProblem(text: string): Problem | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && typeof (value as Problem).code === 'string') {
      const problem = value as Problem;
      return Array.isArray(problem.errors) || problem.errors === undefined
        ? problem
        : { ...problem, errors: [] };
    }
  } catch {
    // Not JSON (a proxy's HTML page): the error keeps the status and an `http_<status>` code.
  }
  return undefined;
}
