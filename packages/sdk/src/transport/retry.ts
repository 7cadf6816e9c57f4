/**
 * Retry policy: which failures are worth another attempt and how long to wait before it. Pure functions,
 * so the arithmetic is tested without a clock or a network.
 */

/** Statuses that say "try again": 408 Request Timeout, 425 Too Early, 429, and 5xx except 501/505. */
export function isRetryableStatus(status: number): boolean {
  if (status === 408 || status === 425 || status === 429) return true;
  // 501 Not Implemented and 505 HTTP Version Not Supported will answer the same on every attempt.
  return status >= 500 && status <= 599 && status !== 501 && status !== 505;
}

/**
 * Methods whose repetition cannot duplicate an effect (RFC 9110 §9.2.2). POST and PATCH become safe to
 * retry only with an Idempotency-Key, which the server uses to replay the first answer.
 */
export function isIdempotentMethod(method: string): boolean {
  return (
    method === 'GET' || method === 'HEAD' || method === 'PUT' || method === 'DELETE' || method === 'OPTIONS'
  );
}

/** Error codes of a connection that failed or broke: the request may be retried. */
const RETRYABLE_NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);

/** True for an error from the network layer that another attempt may not meet (undici or node codes). */
export function isRetryableNetworkError(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && RETRYABLE_NETWORK_CODES.has(code)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Backoff tuning: the first retry waits up to `baseMs`, doubling per attempt, never over `capMs`. */
export interface BackoffOptions {
  baseMs: number;
  capMs: number;
  /** A number in [0, 1); `Math.random` by default, fixed in tests. */
  random?: () => number;
}

/** Defaults: 0.5 s, 1 s, 2 s, … up to 8 s (before jitter). */
export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, capMs: 8_000 };

/**
 * Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"):
 * a uniform delay in [0, min(cap, base · 2^(retry-1))]. Full jitter spreads the retries of many clients
 * that failed together, which is what turns a brief outage into a thundering herd otherwise.
 *
 * @param retry 1 for the first retry, 2 for the second, …
 */
export function computeBackoffMs(retry: number, options: BackoffOptions = DEFAULT_BACKOFF): number {
  const random = options.random ?? Math.random;
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Parses `Retry-After` (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. Returns milliseconds from
 * `now`, 0 for a date in the past, or undefined when absent or unparseable.
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only the date forms RFC 9110 allows start with a weekday name; this rejects "1.5" or "-3".
  if (!/^[A-Za-z]/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
