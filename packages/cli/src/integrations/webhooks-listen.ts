import { randomBytes } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { Event } from '@sporthub/sdk';

/*
 * `integrations webhooks listen` and `trigger --forward-to`: local development of a webhook receiver
 * without exposing it to the internet (as `stripe listen --forward-to` does). Events come from the change
 * feed; each is POSTed to the local URL as a Standard Webhooks delivery (SPEC §6.4): the same JSON
 * payload the server would send, `webhook-id` = the event id (the same on every retry), a fresh
 * `webhook-timestamp` per attempt, and `webhook-signature: v1,<HMAC-SHA256>` with a `whsec_` secret.
 */

/** A new signing secret: `whsec_` + 24 random bytes in base64 (the server's format). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/** The delivery body of an event: exactly `{id, type, occurredAt, data}`. */
export function deliveryBody(event: Event): string {
  return JSON.stringify({ id: event.id, type: event.type, occurredAt: event.occurredAt, data: event.data });
}

export interface ForwardOptions {
  url: string;
  secret: string;
  /** Attempts in all, the first included. Default 5. */
  attempts?: number;
  /** Wait before the first retry, doubled each time. Default 500 ms. */
  backoffMs?: number;
  fetch?: typeof fetch;
  /** Called before each retry (for the log line). */
  onRetry?: (attempt: number, reason: string) => void;
}

export interface ForwardResult {
  eventId: string;
  ok: boolean;
  status: number | null;
  attempts: number;
  durationMs: number;
  error?: string;
}

/**
 * Delivers one event, retrying network errors, 5xx, 408 and 429 with exponential backoff. Other 4xx
 * answers are final (the receiver rejected it: a signature check failing, say), as with the server.
 */
export async function forwardEvent(event: Event, options: ForwardOptions): Promise<ForwardResult> {
  const { signWebhook } = await import('@sporthub/sdk');
  const attempts = options.attempts ?? 5;
  const doFetch = options.fetch ?? fetch;
  const body = deliveryBody(event);
  const started = performance.now();
  let last: { status: number | null; error?: string } = { status: null };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) {
      options.onRetry?.(attempt, last.error ?? `HTTP ${last.status}`);
      await delay((options.backoffMs ?? 500) * 2 ** (attempt - 2));
    }
    const headers = signWebhook({ id: event.id, body, secret: options.secret });
    try {
      const response = await doFetch(options.url, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'user-agent': 'sporthub-cli-listen' },
        body,
        signal: AbortSignal.timeout(15_000),
      });
      await response.arrayBuffer();
      last = { status: response.status };
      if (response.ok) return result(event, true, response.status, attempt, started);
      const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
      if (!retryable)
        return {
          ...result(event, false, response.status, attempt, started),
          error: `HTTP ${response.status}`,
        };
    } catch (error) {
      last = { status: null, error: (error as Error).message };
    }
  }
  return {
    ...result(event, false, last.status, attempts, started),
    error: last.error ?? `HTTP ${last.status}`,
  };
}

function result(
  event: Event,
  ok: boolean,
  status: number | null,
  attempts: number,
  started: number,
): ForwardResult {
  return { eventId: event.id, ok, status, attempts, durationMs: Math.round(performance.now() - started) };
}
