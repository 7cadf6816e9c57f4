/**
 * The SDK's error hierarchy (Stripe / OpenAI style):
 *
 * ```
 * SportHubError
 * ├── SportHubApiError            the server answered with an error status (problem+json)
 * │   ├── ValidationError         400, 422
 * │   ├── AuthenticationError     401
 * │   ├── PermissionDeniedError   403
 * │   ├── NotFoundError           404
 * │   ├── ConflictError           409
 * │   ├── PreconditionFailedError 412
 * │   ├── RateLimitError          429
 * │   └── InternalServerError     5xx
 * ├── ConnectionError             no usable response (refused, reset, DNS, TLS…)
 * │   └── TimeoutError            a deadline expired; `phase` says where
 * └── PaginationError             the server repeated a cursor
 * ```
 *
 * `instanceof` works across the ESM and CJS builds loaded in one process (two copies of every class):
 * each instance carries the brands of its class chain under a `Symbol.for` key, and every SDK class
 * answers `instanceof` by brand (ENVIRONMENT.md, "Dual ESM + CJS packages").
 */
import type { FieldError, Problem } from './types.js';

/** Registry-wide key, so both builds (and both copies of this module) agree on it. */
const KINDS = Symbol.for('@sporthub/sdk.errorKinds');
/** Own static property of every SDK error class: the brand it stamps on its instances. */
const KIND = Symbol.for('@sporthub/sdk.errorKind');

type Branded = { [KIND]?: string };

/** Stamps an SDK error class with its brand (internal: for error classes defined next to their feature). */
export function brand(ctor: abstract new (...args: never[]) => unknown, kind: string): void {
  Object.defineProperty(ctor, KIND, { value: kind });
}

function kindsOf(ctor: unknown): string[] {
  const kinds: string[] = [];
  for (let c = ctor; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    if (Object.hasOwn(c, KIND)) kinds.push((c as Branded)[KIND] as string);
  }
  return kinds;
}

/** `instanceof` by prototype, or by brand for an SDK class from the other build. */
function isInstance(ctor: object, value: unknown): boolean {
  if (Function.prototype[Symbol.hasInstance].call(ctor, value)) return true;
  // A caller's own subclass has no brand of its own: ordinary prototype semantics only.
  if (!Object.hasOwn(ctor, KIND) || typeof value !== 'object' || value === null) return false;
  const kinds = (value as { [KINDS]?: unknown })[KINDS];
  return Array.isArray(kinds) && kinds.includes((ctor as Branded)[KIND]);
}

/** Collapses whitespace so every message stays on one line (logs, CLI output). */
function oneLine(text: string, max = 500): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Base class of every error the SDK throws (aborts excepted: those rethrow `signal.reason`, as `fetch`
 * does). Catch it to handle everything that comes from the SDK.
 *
 * @example
 * ```ts
 * import { SportHub, SportHubError } from '@sporthub/sdk';
 * const hub = new SportHub({ baseUrl: 'http://127.0.0.1:4010', token: process.env.SPORTHUB_TOKEN! });
 * try {
 *   await hub.outlets.get('out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P');
 * } catch (err) {
 *   if (err instanceof SportHubError) console.error(err.message);
 *   else throw err;
 * }
 * ```
 */
export class SportHubError extends Error {
  static {
    brand(SportHubError, 'SportHubError');
  }

  constructor(message: string, options?: { cause?: unknown }) {
    super(oneLine(message), options);
    const kinds = kindsOf(new.target);
    // The brand, not the constructor's name, which a minifier may rename; a caller's subclass keeps its own.
    const name = Object.hasOwn(new.target, KIND) ? kinds[0] : new.target.name;
    Object.defineProperty(this, 'name', { value: name, configurable: true, writable: true });
    Object.defineProperty(this, KINDS, { value: Object.freeze(kinds) });
  }

  /** Brand check: true for instances of this class from either build (ESM or CJS) of the SDK. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `instanceof X` calls this with `this === X`, the class asked about.
    return isInstance(this, value);
  }
}

/**
 * What the transport knows when the server answers with an error status.
 *
 * @example
 * ```ts
 * import { NotFoundError, type SportHubApiErrorInit } from '@sporthub/sdk';
 * const init: SportHubApiErrorInit = { status: 404, requestId: 'req-1' };
 * const err = new NotFoundError(init); // "404 http_404: Not Found (request req-1)"
 * ```
 */
export interface SportHubApiErrorInit {
  status: number;
  /** The problem+json body, when the server sent one. */
  problem?: Problem | undefined;
  /** Response headers, lower-cased. */
  headers?: Record<string, string> | undefined;
  /** The request id sent, used when the response carries none. */
  requestId: string;
  /** The Idempotency-Key the request carried (POST, PATCH). */
  idempotencyKey?: string | undefined;
  /** Parsed `Retry-After`, in milliseconds. */
  retryAfterMs?: number | undefined;
  /** HTTP reason phrase, used as the detail when there is no problem body. */
  statusText?: string | undefined;
}

/**
 * The server answered with an error status. `code` is the problem's stable code (`not_found`,
 * `revision_mismatch`, …; `http_<status>` when the body was not problem+json).
 *
 * @example
 * ```ts
 * import { SportHubApiError } from '@sporthub/sdk';
 * try {
 *   await hub.outlets.create({ code: 'SH-PD-0001', name: '浦东世纪大道体育服务点' });
 * } catch (err) {
 *   if (err instanceof SportHubApiError && err.code === 'conflict') console.log('already there');
 *   else throw err;
 * }
 * ```
 */
export class SportHubApiError extends SportHubError {
  static {
    brand(SportHubApiError, 'SportHubApiError');
  }
  /** HTTP status. */
  readonly status: number;
  /** Stable machine-readable code from the problem body. */
  readonly code: string;
  /** The server's request id (`X-Request-Id`); quote it when reporting a problem. */
  readonly requestId: string;
  /** Field-level errors (empty unless the server sent some). */
  readonly errors: FieldError[];
  /** The problem+json body, when the server sent one. */
  readonly problem: Problem | undefined;
  /** The Idempotency-Key the request carried; retry with it to replay instead of duplicating. */
  readonly idempotencyKey: string | undefined;
  /** Response headers, lower-cased. */
  readonly headers: Record<string, string>;

  constructor(init: SportHubApiErrorInit) {
    const { status, problem } = init;
    const requestId = problem?.requestId ?? init.headers?.['x-request-id'] ?? init.requestId;
    const code = problem?.code ?? `http_${status}`;
    const detail = problem?.detail ?? problem?.title ?? init.statusText ?? 'request failed';
    super(`${status} ${code}: ${oneLine(detail)} (request ${requestId})`);
    this.status = status;
    this.code = code;
    this.requestId = requestId;
    this.errors = problem?.errors ?? [];
    this.problem = problem;
    this.idempotencyKey = init.idempotencyKey;
    this.headers = init.headers ?? {};
  }
}

/**
 * 400 or 422: the request was invalid (`validation_failed`, `idempotency_key_reused`). `errors` names
 * each bad field; a rejected atomic batch also has `problem.results`.
 *
 * @example
 * ```ts
 * import { ValidationError } from '@sporthub/sdk';
 * try {
 *   await hub.outlets.create({ code: '', name: 'x' });
 * } catch (err) {
 *   if (!(err instanceof ValidationError)) throw err;
 *   for (const e of err.errors) console.error(`${e.path}: ${e.message}`);
 * }
 * ```
 */
export class ValidationError extends SportHubApiError {
  static {
    brand(ValidationError, 'ValidationError');
  }
}

/**
 * 401: the token is missing, unknown, expired or revoked.
 *
 * @example
 * ```ts
 * import { AuthenticationError } from '@sporthub/sdk';
 * hub.me().catch((err) => {
 *   if (err instanceof AuthenticationError) console.error('log in again: sporthub login');
 * });
 * ```
 */
export class AuthenticationError extends SportHubApiError {
  static {
    brand(AuthenticationError, 'AuthenticationError');
  }
}

/**
 * 403: the token lacks the scope the operation needs.
 *
 * @example
 * ```ts
 * import { PermissionDeniedError } from '@sporthub/sdk';
 * const canWrite = (err: unknown) => !(err instanceof PermissionDeniedError);
 * ```
 */
export class PermissionDeniedError extends SportHubApiError {
  static {
    brand(PermissionDeniedError, 'PermissionDeniedError');
  }
}

/**
 * 404: no such resource in this organization (malformed ids answer 404 too).
 *
 * @example
 * ```ts
 * import { NotFoundError } from '@sporthub/sdk';
 * const outlet = await hub.outlets.get(id).catch((err) => {
 *   if (err instanceof NotFoundError) return null;
 *   throw err;
 * });
 * ```
 */
export class NotFoundError extends SportHubApiError {
  static {
    brand(NotFoundError, 'NotFoundError');
  }
}

/**
 * 409: a unique natural key is taken (`conflict`), or the same Idempotency-Key is still being processed
 * (`idempotency_key_in_use`, which the SDK retries by itself).
 *
 * @example
 * ```ts
 * import { ConflictError } from '@sporthub/sdk';
 * try {
 *   await hub.outlets.create({ code: 'SH-PD-0001', name: '浦东世纪大道体育服务点' });
 * } catch (err) {
 *   if (!(err instanceof ConflictError)) throw err;
 * }
 * ```
 */
export class ConflictError extends SportHubApiError {
  static {
    brand(ConflictError, 'ConflictError');
  }
}

/**
 * 412: the `ifMatch` revision is stale (`revision_mismatch`); re-read and re-apply.
 *
 * @example
 * ```ts
 * import { PreconditionFailedError } from '@sporthub/sdk';
 * try {
 *   await hub.outlets.update(outlet.id, { status: 'suspended' }, { ifMatch: outlet.revision });
 * } catch (err) {
 *   if (err instanceof PreconditionFailedError) console.error('someone else changed it; re-read');
 *   else throw err;
 * }
 * ```
 */
export class PreconditionFailedError extends SportHubApiError {
  static {
    brand(PreconditionFailedError, 'PreconditionFailedError');
  }
}

/**
 * 429: rate limited. The SDK already retried within `maxRetries` and the deadline; `retryAfterMs` is
 * what the server asked for.
 *
 * @example
 * ```ts
 * import { RateLimitError } from '@sporthub/sdk';
 * const waitMs = (err: unknown) => (err instanceof RateLimitError ? (err.retryAfterMs ?? 1000) : 0);
 * ```
 */
export class RateLimitError extends SportHubApiError {
  static {
    brand(RateLimitError, 'RateLimitError');
  }
  /** `Retry-After` in milliseconds, when the server sent it. */
  readonly retryAfterMs: number | undefined;

  constructor(init: SportHubApiErrorInit) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }
}

/**
 * 5xx: the server failed or is unavailable (503 maintenance). Retried by the SDK before it surfaces.
 *
 * @example
 * ```ts
 * import { InternalServerError } from '@sporthub/sdk';
 * const transient = (err: unknown) => err instanceof InternalServerError && err.status === 503;
 * ```
 */
export class InternalServerError extends SportHubApiError {
  static {
    brand(InternalServerError, 'InternalServerError');
  }
}

/**
 * No usable response: connection refused or reset, DNS or TLS failure, a broken body. `cause` holds the
 * underlying error. Retried by the SDK before it surfaces.
 *
 * @example
 * ```ts
 * import { ConnectionError } from '@sporthub/sdk';
 * hub.outlets.get(id).catch((err) => {
 *   if (err instanceof ConnectionError) console.error(`is the server up? ${err.message}`);
 * });
 * ```
 */
export class ConnectionError extends SportHubError {
  static {
    brand(ConnectionError, 'ConnectionError');
  }
  /** The request id of the last attempt. */
  readonly requestId: string;

  constructor(message: string, options: { requestId: string; cause?: unknown }) {
    super(`${message} (request ${options.requestId})`, { cause: options.cause });
    this.requestId = options.requestId;
  }
}

/**
 * Where a request was when its time ran out (see `TimeoutError`).
 *
 * @example
 * ```ts
 * import type { TimeoutPhase } from '@sporthub/sdk';
 * const serverSlow = (phase: TimeoutPhase) => phase === 'headers' || phase === 'body';
 * ```
 */
export type TimeoutPhase = 'connect' | 'headers' | 'body' | 'total';

/**
 * A deadline expired. `phase` tells where:
 * - `connect`: the TCP/TLS connection did not open within the connect timeout (10 s by default);
 * - `headers`: the call's deadline (`timeoutMs`) expired waiting for the response status and headers;
 * - `body`: it expired while the response body was being read;
 * - `total`: it expired between attempts (waiting to retry).
 *
 * @example
 * ```ts
 * import { TimeoutError } from '@sporthub/sdk';
 * hub.outlets.list().page(undefined, { timeoutMs: 5_000 }).catch((err) => {
 *   if (err instanceof TimeoutError) console.error(`timed out (${err.phase}) after ${err.timeoutMs} ms`);
 * });
 * ```
 */
export class TimeoutError extends ConnectionError {
  static {
    brand(TimeoutError, 'TimeoutError');
  }
  readonly phase: TimeoutPhase;
  /** The budget that expired, in milliseconds. */
  readonly timeoutMs: number;

  constructor(phase: TimeoutPhase, timeoutMs: number, options: { requestId: string; cause?: unknown }) {
    super(`request timed out after ${timeoutMs} ms (phase ${phase})`, options);
    this.phase = phase;
    this.timeoutMs = timeoutMs;
  }
}

/**
 * The server returned a `nextCursor` it had already returned during this iteration; the SDK stops
 * instead of looping forever.
 *
 * @example
 * ```ts
 * import { PaginationError } from '@sporthub/sdk';
 * try {
 *   for await (const o of hub.outlets.list()) console.log(o.code);
 * } catch (err) {
 *   if (err instanceof PaginationError) console.error(`server bug: cursor ${err.cursor} repeated`);
 * }
 * ```
 */
export class PaginationError extends SportHubError {
  static {
    brand(PaginationError, 'PaginationError');
  }
  readonly cursor: string;

  constructor(cursor: string) {
    super(`the server returned cursor ${JSON.stringify(cursor)} a second time; stopping to avoid a loop`);
    this.cursor = cursor;
  }
}

type ApiErrorClass = new (init: SportHubApiErrorInit) => SportHubApiError;

const byStatus: Record<number, ApiErrorClass> = {
  400: ValidationError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  412: PreconditionFailedError,
  422: ValidationError,
  429: RateLimitError,
};

/**
 * Picks the error class for an error status and builds it.
 *
 * @example
 * ```ts
 * import { errorFromResponse } from '@sporthub/sdk';
 * const err = errorFromResponse({ status: 404, requestId: 'req-1' }); // a NotFoundError
 * ```
 */
export function errorFromResponse(init: SportHubApiErrorInit): SportHubApiError {
  const ErrorClass = byStatus[init.status] ?? (init.status >= 500 ? InternalServerError : SportHubApiError);
  return new ErrorClass(init);
}
