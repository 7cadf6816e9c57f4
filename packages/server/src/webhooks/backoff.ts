const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * Delays before retries 2…8 (after attempt n fails, wait RETRY_DELAYS_MS[n-1]): exponential-ish over
 * about a day and a half, the Standard Webhooks schedule. After the last one no retry is scheduled.
 */
export const RETRY_DELAYS_MS: readonly number[] = [
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  14 * HOUR,
];

/** An endpoint failing for longer than this is disabled (SPEC §3 WebhookEndpoint). */
export const DISABLE_AFTER_FAILING_MS = 24 * HOUR;

/** The delay before the attempt after `attempt`, or null when retries are exhausted. */
export function retryDelay(attempt: number, delays: readonly number[] = RETRY_DELAYS_MS): number | null {
  return delays[attempt - 1] ?? null;
}
