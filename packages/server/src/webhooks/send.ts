import { Agent, type Dispatcher, request } from 'undici';
import { guardedLookup, isBlockedLiteralHost } from './url-guard.js';

/** How long one attempt may take before it counts as failed (SPEC §6.4 receivers answer fast). */
export const ATTEMPT_TIMEOUT_MS = 10_000;

export interface SendResult {
  /** The HTTP status, or null on a network error or timeout. */
  status: number | null;
  durationMs: number;
  error?: string;
}

/**
 * The HTTP agent of the worker. Outside the sandbox its DNS lookup refuses private addresses, so a
 * hostname that starts resolving to the internal network after registration is still not reached.
 */
export function createWebhookAgent(sandbox: boolean): Dispatcher {
  return new Agent({
    connect: sandbox
      ? { timeout: ATTEMPT_TIMEOUT_MS }
      : { timeout: ATTEMPT_TIMEOUT_MS, lookup: guardedLookup },
    keepAliveTimeout: 4_000,
  });
}

/** POSTs one signed payload; never throws. Redirects are not followed (a 3xx is a failed attempt). */
export async function postWebhook(
  dispatcher: Dispatcher,
  sandbox: boolean,
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  if (!sandbox && isBlockedLiteralHost(url)) {
    return { status: null, durationMs: 0, error: 'blocked address' };
  }
  try {
    const response = await request(url, {
      method: 'POST',
      dispatcher,
      body,
      headers: { ...headers, 'content-type': 'application/json', 'user-agent': 'sporthub-webhooks/1' },
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      headersTimeout: ATTEMPT_TIMEOUT_MS,
      bodyTimeout: ATTEMPT_TIMEOUT_MS,
    });
    // The body is ignored, but it must be read (or dropped) to free the connection.
    await response.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
    return { status: response.statusCode, durationMs: elapsed() };
  } catch (error) {
    return { status: null, durationMs: elapsed(), error: (error as Error).message };
  }
}
