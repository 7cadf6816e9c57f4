/**
 * One logical call's clock and cancellation: a single AbortSignal that fires when the caller aborts or
 * when the call's deadline (shared by every attempt and every backoff wait) passes.
 *
 * Combined by hand rather than with `AbortSignal.any` so the listener on the caller's signal is removed
 * deterministically when the call ends: a CLI passes one long-lived SIGINT signal to thousands of calls,
 * and nothing may accumulate on it.
 */

/** The abort reason used for the deadline, so it is told apart from a caller's abort. */
const DEADLINE = Symbol('sporthub.deadline');

export class CallScope {
  readonly #controller = new AbortController();
  readonly #deadlineAt: number;
  readonly #timer: NodeJS.Timeout;
  readonly #detach: () => void;

  constructor(
    readonly timeoutMs: number,
    userSignal: AbortSignal | undefined,
  ) {
    this.#deadlineAt = performance.now() + timeoutMs;
    const onAbort = () => this.#controller.abort(userSignal?.reason);
    if (userSignal?.aborted) onAbort();
    userSignal?.addEventListener('abort', onAbort, { once: true });
    this.#detach = () => userSignal?.removeEventListener('abort', onAbort);
    this.#timer = setTimeout(() => this.#controller.abort(DEADLINE), timeoutMs);
    // The deadline must not keep a process alive by itself; the pending request or backoff timer does.
    this.#timer.unref();
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** True once the deadline fired (as opposed to the caller aborting). */
  get expired(): boolean {
    return this.#controller.signal.aborted && this.#controller.signal.reason === DEADLINE;
  }

  /** Milliseconds left before the deadline (0 when passed). */
  remainingMs(): number {
    return Math.max(0, Math.floor(this.#deadlineAt - performance.now()));
  }

  /** Waits `ms`, or rejects at once with the abort reason (DEADLINE for the deadline). */
  sleep(ms: number): Promise<void> {
    const signal = this.#controller.signal;
    return new Promise((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal.reason);
      };
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Stops the deadline; the caller's signal stays linked until `dispose` (a streamed body). */
  clearDeadline(): void {
    clearTimeout(this.#timer);
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#detach();
  }
}
