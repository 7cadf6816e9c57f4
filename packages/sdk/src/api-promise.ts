import type { ApiResponse } from './transport/types.js';

/**
 * What every SDK method returns: a `Promise` of the decoded result, plus `.withResponse()` for the
 * response's status and headers (Stripe's and OpenAI's `withResponse` style). The request starts at
 * once, as with `fetch`; awaiting the promise and calling `.withResponse()` share that one request.
 *
 * @example
 * ```ts
 * const outlet = await hub.outlets.get(id); // just the data
 * const { data, response } = await hub.outlets.get(id).withResponse();
 * console.log(response.status, response.headers.etag, response.requestId, data.revision);
 * ```
 */
export class ApiPromise<T> implements Promise<T> {
  readonly #response: Promise<ApiResponse<T>>;
  #data: Promise<T> | undefined;

  constructor(response: Promise<ApiResponse<T>>) {
    this.#response = response;
  }

  /** The result with its response metadata: `{ data, response: { status, headers, requestId, … } }`. */
  withResponse(): Promise<ApiResponse<T>> {
    return this.#response;
  }

  // Created on first use only: an unobserved derived promise would report a rejection as unhandled.
  #dataPromise(): Promise<T> {
    this.#data ??= this.#response.then((r) => r.data);
    return this.#data;
  }

  // biome-ignore lint/suspicious/noThenProperty: ApiPromise is a Promise by design (awaitable result).
  then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#dataPromise().then(onfulfilled, onrejected);
  }

  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.#dataPromise().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#dataPromise().finally(onfinally);
  }

  get [Symbol.toStringTag](): string {
    return 'ApiPromise';
  }
}
