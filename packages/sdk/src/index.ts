/**
 * `@sporthub/sdk`: the typed client of the sporthub platform API.
 *
 * @example
 * ```ts
 * import { SportHub, NotFoundError } from '@sporthub/sdk';
 *
 * const hub = new SportHub({ baseUrl: 'http://127.0.0.1:4010', token: process.env.SPORTHUB_TOKEN! });
 * const outlet = await hub.outlets.get('out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P').catch((err) => {
 *   if (err instanceof NotFoundError) return null;
 *   throw err;
 * });
 * ```
 *
 * @packageDocumentation
 */
export { ApiPromise } from './api-promise.js';
export { SportHub, type SportHubOptions } from './client.js';
export {
  AuthenticationError,
  ConflictError,
  ConnectionError,
  errorFromResponse,
  InternalServerError,
  NotFoundError,
  PaginationError,
  PermissionDeniedError,
  PreconditionFailedError,
  RateLimitError,
  SportHubApiError,
  type SportHubApiErrorInit,
  SportHubError,
  TimeoutError,
  type TimeoutPhase,
  ValidationError,
} from './errors.js';
export type { components, operations, paths } from './generated/sporthub.js';
export { type PageFetcher, Paginator } from './pagination.js';
export type {
  OperationOf,
  PathsWithMethod,
  RequestArgs,
  RequestInitFor,
  ResponseDataOf,
} from './request.js';
export type {
  Address,
  BatchUpsertOptions,
  DeleteOutletOptions,
  Geo,
  ListOutletsParams,
  OpeningHours,
  Outlet,
  OutletBatchUpsert,
  OutletCreate,
  OutletPage,
  OutletService,
  OutletStatus,
  Outlets,
  OutletUpdate,
  UpdateOutletOptions,
  Zone,
  ZoneInput,
  ZoneKind,
} from './resources/outlets.js';
export type {
  ApiResponse,
  Hooks,
  HttpMethod,
  RequestEvent,
  RequestOptions,
  ResponseEvent,
  ResponseMeta,
  RetryEvent,
} from './transport/types.js';
export type {
  ApiTokenScope,
  BatchItemResult,
  BatchMode,
  BatchSummary,
  BatchUpsertResult,
  FieldError,
  Health,
  Me,
  Page,
  Problem,
} from './types.js';
export { VERSION } from './version.js';
