import { brand, SportHubError } from '../errors.js';

/**
 * Which check of `verifyWebhook` failed.
 *
 * @example
 * ```ts
 * import type { WebhookVerificationReason } from '@sporthub/sdk';
 * const retryable = (r: WebhookVerificationReason) => r === 'timestamp_too_old';
 * ```
 */
export type WebhookVerificationReason =
  | 'missing_header'
  | 'invalid_secret'
  | 'timestamp_too_old'
  | 'timestamp_in_future'
  | 'signature_mismatch'
  | 'invalid_body'
  | 'replayed';

/**
 * A webhook delivery failed verification; `reason` says which check, the message says why. Answer it
 * with 400 and do not process it.
 *
 * @example
 * ```ts
 * import { verifyWebhook, WebhookVerificationError } from '@sporthub/sdk';
 * try {
 *   const event = verifyWebhook(rawBody, req.headers, process.env.SPORTHUB_WEBHOOK_SECRET!);
 * } catch (err) {
 *   if (err instanceof WebhookVerificationError) res.status(400).send(err.reason);
 *   else throw err;
 * }
 * ```
 */
export class WebhookVerificationError extends SportHubError {
  static {
    brand(WebhookVerificationError, 'WebhookVerificationError');
  }
  readonly reason: WebhookVerificationReason;

  constructor(reason: WebhookVerificationReason, message: string) {
    super(`webhook verification failed (${reason}): ${message}`);
    this.reason = reason;
  }
}
