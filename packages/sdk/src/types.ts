/**
 * Named types for the contract's shared schemas. Every type here is an alias of
 * `components['schemas'][…]` in the generated contract types: the SDK never restates a contract shape.
 * Resource-specific types live with their resource (e.g. `Outlet` in resources/outlets.ts).
 */
import type { components } from './generated/sporthub.js';

type Schemas = components['schemas'];

/**
 * An RFC 9457 problem details body, as every error response carries it.
 *
 * @example
 * ```ts
 * import { SportHubApiError, type Problem } from '@sporthub/sdk';
 * function problemOf(err: unknown): Problem | undefined {
 *   return err instanceof SportHubApiError ? err.problem : undefined;
 * }
 * ```
 */
export type Problem = Schemas['Problem'];

/**
 * One invalid field of a rejected request (`path` is a JSON Pointer into the body).
 *
 * @example
 * ```ts
 * import type { FieldError } from '@sporthub/sdk';
 * const show = (e: FieldError) => `${e.path}: ${e.message} [${e.code}]`;
 * ```
 */
export type FieldError = Schemas['FieldError'];

/**
 * The outcome of one item of a `:batchUpsert`.
 *
 * @example
 * ```ts
 * import type { BatchItemResult } from '@sporthub/sdk';
 * const rejected = (results: BatchItemResult[]) => results.filter((r) => r.status === 'rejected');
 * ```
 */
export type BatchItemResult = Schemas['BatchItemResult'];

/**
 * Counts per item status of a `:batchUpsert`.
 *
 * @example
 * ```ts
 * import type { BatchSummary } from '@sporthub/sdk';
 * const changed = (s: BatchSummary) => s.created + s.updated;
 * ```
 */
export type BatchSummary = Schemas['BatchSummary'];

/**
 * The result of a `:batchUpsert`: per-item results in request order, and a summary.
 *
 * @example
 * ```ts
 * import type { BatchUpsertResult } from '@sporthub/sdk';
 * const ok = (r: BatchUpsertResult) => r.summary.rejected === 0;
 * ```
 */
export type BatchUpsertResult = Schemas['BatchUpsertResult'];

/**
 * `atomic` (default): any invalid item rejects the whole batch with 422. `partial`: valid items are written.
 *
 * @example
 * ```ts
 * import type { BatchMode } from '@sporthub/sdk';
 * const mode: BatchMode = 'partial';
 * ```
 */
export type BatchMode = components['parameters']['BatchMode'];

/**
 * Liveness or readiness of a server (`GET /healthz`, `GET /readyz`).
 *
 * @example
 * ```ts
 * import type { Health } from '@sporthub/sdk';
 * const up = (h: Health) => h.status === 'ok';
 * ```
 */
export type Health = Schemas['Health'];

/**
 * One page of a list: `nextCursor` is null on the last page.
 *
 * @example
 * ```ts
 * import type { Outlet, Page } from '@sporthub/sdk';
 * const last = (p: Page<Outlet>) => p.nextCursor === null;
 * ```
 */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/**
 * The organization and token a request authenticated as (`hub.me()`).
 *
 * @example
 * ```ts
 * import type { Me } from '@sporthub/sdk';
 * const isAdmin = (me: Me) => me.token.scopes.includes('admin');
 * ```
 */
export type Me = Schemas['Me'];

/**
 * A scope an API token may hold (`admin` grants every scope).
 *
 * @example
 * ```ts
 * import type { ApiTokenScope } from '@sporthub/sdk';
 * const readOnly: ApiTokenScope[] = ['outlets:read', 'schedules:read'];
 * ```
 */
export type ApiTokenScope = Schemas['ApiTokenScope'];
