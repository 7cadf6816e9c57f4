import type { FastifyInstance } from 'fastify';
import { HttpProblem } from './problem.js';

/** Requests per window for each token on each instance (SPEC §4: per token, per instance). */
export interface RateLimitOptions {
  /** Requests allowed per window; 0 turns limiting off. Default 600, or `SPORTHUB_RATE_LIMIT`. */
  limit?: number | undefined;
  /** Window length; default one minute. */
  windowMs?: number | undefined;
}

export const DEFAULT_RATE_LIMIT = 600;
const MINUTE_MS = 60_000;
/** Above this many tracked tokens, windows that ended are swept out (bounded memory). */
const SWEEP_AT = 10_000;

/** `SPORTHUB_RATE_LIMIT`: requests per minute per token, a non-negative integer; unset → undefined. */
export function rateLimitFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.SPORTHUB_RATE_LIMIT?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw))
    throw new Error(`SPORTHUB_RATE_LIMIT must be a whole number of requests per minute, got "${raw}".`);
  return Number(raw);
}

interface Window {
  /** Start of the fixed window, ms since the epoch. */
  start: number;
  count: number;
}

/**
 * A fixed-window counter per token, kept in this process only: the limit protects one instance, so
 * nothing needs sharing between instances (SPEC §8). It runs after authentication (it keys on the
 * token) and before the body is read, so an over-limit client costs little. Every authenticated
 * response carries `RateLimit-Limit/-Remaining/-Reset`; over the limit → 429 `rate_limited` with
 * `Retry-After`. Routes without a token (health, contract, docs, metrics) are not limited.
 */
export function registerRateLimit(app: FastifyInstance, options: RateLimitOptions = {}): void {
  const limit = options.limit ?? rateLimitFromEnv() ?? DEFAULT_RATE_LIMIT;
  const windowMs = options.windowMs ?? MINUTE_MS;
  if (limit <= 0) return;
  const windows = new Map<string, Window>();

  app.addHook('onRequest', async (request, reply) => {
    // `auth` is set by the authentication hook, registered before this one, on routes that need a token.
    const tokenId = request.auth?.tokenId;
    if (tokenId === undefined) return;
    const now = Date.now();
    const start = now - (now % windowMs);
    let window = windows.get(tokenId);
    if (window === undefined || window.start !== start) {
      if (windows.size >= SWEEP_AT)
        for (const [key, w] of windows) if (w.start !== start) windows.delete(key);
      window = { start, count: 0 };
      windows.set(tokenId, window);
    }
    window.count += 1;
    const reset = Math.max(1, Math.ceil((start + windowMs - now) / 1000));
    const headers = {
      'ratelimit-limit': String(limit),
      'ratelimit-remaining': String(Math.max(0, limit - window.count)),
      'ratelimit-reset': String(reset),
    };
    reply.headers(headers);
    if (window.count > limit) {
      throw new HttpProblem(
        429,
        'rate_limited',
        `Rate limit of ${limit} requests per ${windowMs / 1000} s exceeded; retry in ${reset} s.`,
        undefined,
        undefined,
        { ...headers, 'retry-after': String(reset) },
      );
    }
  });
}
