/**
 * Types of the low-level `hub.request(method, path, init)`, derived from the generated `paths` the way
 * openapi-fetch does it: the path template picks the operation, the operation types the parameters, the
 * body and the result.
 */
import type { paths } from './generated/sporthub.js';
import type { HttpMethod, RequestOptions } from './transport/types.js';

type MethodKey<M extends HttpMethod> = Lowercase<M>;

/**
 * Path templates that have an operation for method `M`.
 *
 * @example
 * ```ts
 * import type { PathsWithMethod } from '@sporthub/sdk';
 * const listable: PathsWithMethod<'GET'> = '/v1/outlets';
 * ```
 */
export type PathsWithMethod<M extends HttpMethod> = {
  [P in keyof paths]: paths[P] extends { [K in MethodKey<M>]: object } ? P : never;
}[keyof paths];

/**
 * The generated operation behind `method` + `path`.
 *
 * @example
 * ```ts
 * import type { OperationOf } from '@sporthub/sdk';
 * type GetOutlet = OperationOf<'GET', '/v1/outlets/{outletId}'>; // operations['getOutlet']
 * ```
 */
export type OperationOf<M extends HttpMethod, P extends keyof paths> = paths[P][MethodKey<M> &
  keyof paths[P]];

type ParametersOf<Op> = Op extends { parameters: infer X } ? X : never;
type PathParamsOf<Op> = ParametersOf<Op> extends { path: infer X } ? X : undefined;
type QueryParamsOf<Op> = ParametersOf<Op> extends { query?: infer X } ? X : undefined;

type ParamsInit<Op> = [PathParamsOf<Op>] extends [undefined]
  ? { params?: { query?: QueryParamsOf<Op> } }
  : { params: { path: PathParamsOf<Op>; query?: QueryParamsOf<Op> } };

type BodyInit<Op> = Op extends { requestBody: { content: { 'application/json': infer B } } }
  ? { body: B }
  : // An optional body (`requestBody?:`, e.g. cancelSession's reason) may be sent or left out.
    Op extends { requestBody?: { content: { 'application/json': infer B } } }
    ? { body?: B | undefined }
    : { body?: undefined };

/**
 * The third argument of `hub.request`: `params.path` (required when the path has placeholders),
 * `params.query`, `body` (required when the operation has one), and the usual `RequestOptions`.
 *
 * @example
 * ```ts
 * import type { RequestInitFor, OperationOf } from '@sporthub/sdk';
 * const init: RequestInitFor<OperationOf<'GET', '/v1/outlets'>> = { params: { query: { status: 'active' } } };
 * ```
 */
export type RequestInitFor<Op> = ParamsInit<Op> & BodyInit<Op> & RequestOptions;

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206;

/**
 * The decoded result of an operation: the JSON of its 2xx response, `undefined` for a 204.
 *
 * @example
 * ```ts
 * import type { ResponseDataOf, OperationOf } from '@sporthub/sdk';
 * type Result = ResponseDataOf<OperationOf<'GET', '/v1/outlets'>>; // OutletPage
 * ```
 */
export type ResponseDataOf<Op> = Op extends { responses: infer R }
  ? {
      [S in keyof R]: S extends SuccessStatus
        ? R[S] extends { content: { 'application/json': infer D } }
          ? D
          : undefined
        : never;
    }[keyof R]
  : never;

type RequiredKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? never : K }[keyof T];

/**
 * The rest arguments of `hub.request`: `[init?]` when nothing in the init is required, `[init]` otherwise.
 *
 * @example
 * ```ts
 * import type { OperationOf, RequestArgs } from '@sporthub/sdk';
 * type Args = RequestArgs<OperationOf<'GET', '/v1/outlets/{outletId}'>>; // [init: { params: { path: … } } & …]
 * ```
 */
export type RequestArgs<Op> =
  RequiredKeys<RequestInitFor<Op>> extends never ? [init?: RequestInitFor<Op>] : [init: RequestInitFor<Op>];

/** Fills `{name}` placeholders (percent-encoded) and appends the query (arrays as repeated keys). */
export function buildPath(template: string, pathParams?: object, query?: object): string {
  const values = (pathParams ?? {}) as Record<string, unknown>;
  const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === null || value === '') {
      throw new TypeError(`path parameter "${name}" is required for ${template}`);
    }
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}
