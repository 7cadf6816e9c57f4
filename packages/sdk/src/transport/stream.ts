/**
 * The body of a streamed response (the participation export) as an async iterable of byte chunks, with
 * the SDK's error types: undici's between-chunk `bodyTimeout` becomes `TimeoutError` phase `body`, a
 * broken connection a `ConnectionError`, a caller's abort its `signal.reason`.
 */
import type { Readable } from 'node:stream';
import { ConnectionError, TimeoutError } from '../errors.js';
import type { CallScope } from './deadline.js';

export interface StreamContext {
  scope: CallScope;
  /** The between-chunk budget given to undici (`bodyTimeout`). */
  idleTimeoutMs: number;
  requestId: string;
  url: string;
}

export async function* readBody(
  body: Readable,
  context: StreamContext,
): AsyncGenerator<Uint8Array, void, undefined> {
  const { scope } = context;
  try {
    for await (const chunk of body) yield chunk as Uint8Array;
  } catch (cause) {
    if (scope.signal.aborted) throw scope.signal.reason;
    const code = (cause as { code?: unknown })?.code;
    if (code === 'UND_ERR_BODY_TIMEOUT') {
      throw new TimeoutError('body', context.idleTimeoutMs, { requestId: context.requestId, cause });
    }
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ConnectionError(`connection broke while reading ${context.url}: ${reason}`, {
      requestId: context.requestId,
      cause,
    });
  } finally {
    // Stopping early (break, return, an error in the consumer) must release the connection.
    if (!body.readableEnded) body.destroy();
    scope.dispose();
  }
}
