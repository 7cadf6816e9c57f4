/**
 * What every resource shares: the types derived from the generated `operations` (so no resource restates
 * a contract shape) and the two option rewrites that would otherwise repeat in every method (`ifMatch` →
 * `If-Match`, `mode` → `?mode=`). With them each resource method is one `hub.request(...)` call.
 */
import type { SportHub } from '../client.js';
import type { operations } from '../generated/sporthub.js';
import type { ResponseDataOf } from '../request.js';
import { isSerializedItems, type SerializedItems } from '../serialized.js';
import type { RequestOptions } from '../transport/types.js';
import type { BatchMode } from '../types.js';
import { ifMatchHeader } from './preconditions.js';

/**
 * The id of an operation of the contract (`'listOutlets'`, `'cancelSession'`, …).
 *
 * @example
 * ```ts
 * import type { OperationId } from '@sporthub/sdk';
 * const op: OperationId = 'batchUpsertSessions';
 * ```
 */
export type OperationId = keyof operations;

/**
 * The query parameters of an operation, as the contract declares them.
 *
 * @example
 * ```ts
 * import type { OperationQuery } from '@sporthub/sdk';
 * const query: OperationQuery<'listSessions'> = { outletId: 'out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', from: '2026-09-01' };
 * ```
 */
export type OperationQuery<Id extends OperationId> = NonNullable<operations[Id]['parameters']['query']>;

/**
 * The JSON body of an operation (never when it takes none).
 *
 * @example
 * ```ts
 * import type { OperationBody } from '@sporthub/sdk';
 * const body: OperationBody<'cancelSession'> = { reason: '台风停课' };
 * ```
 */
export type OperationBody<Id extends OperationId> = operations[Id] extends { requestBody?: infer RB }
  ? NonNullable<RB> extends { content: { 'application/json': infer B } }
    ? B
    : never
  : never;

/**
 * The decoded 2xx result of an operation (`undefined` for 204).
 *
 * @example
 * ```ts
 * import type { OperationResult } from '@sporthub/sdk';
 * type Report = OperationResult<'getHealthIndexReport'>;
 * ```
 */
export type OperationResult<Id extends OperationId> = ResponseDataOf<operations[Id]>;

/**
 * The filters of a list operation: its query without the cursor, which the `Paginator` manages.
 *
 * @example
 * ```ts
 * import type { ListParams } from '@sporthub/sdk';
 * const params: ListParams<'listPrograms'> = { category: 'tai_chi', limit: 100 };
 * ```
 */
export type ListParams<Id extends OperationId> = Omit<OperationQuery<Id>, 'cursor'>;

/**
 * Options of a write that may be conditional: `ifMatch` (a revision number, or the ETag as received)
 * makes the server refuse the write with 412 `PreconditionFailedError` unless the record is still at
 * that revision.
 *
 * @example
 * ```ts
 * await hub.programs.update(program.id, { title: '太极拳（晨练）' }, { ifMatch: program.revision });
 * ```
 */
export interface ConditionalOptions extends RequestOptions {
  ifMatch?: number | string | undefined;
}

/**
 * Options of a batch upsert: `mode: 'partial'` writes the valid items; `atomic` (default) writes none
 * if one is invalid (422 `ValidationError` with `problem.results`).
 *
 * @example
 * ```ts
 * const result = await hub.outlets.batchUpsert(items, { mode: 'partial' });
 * ```
 */
export interface BatchUpsertOptions extends RequestOptions {
  mode?: BatchMode | undefined;
}

/** Moves `ifMatch` into an `If-Match` header; the rest of the options pass unchanged. */
export function conditional(options: ConditionalOptions | undefined): RequestOptions {
  const { ifMatch, ...rest } = options ?? {};
  return ifMatch === undefined ? rest : { ...rest, headers: ifMatchHeader(ifMatch, rest.headers) };
}

/** The `hub.request` init of a `:batchUpsert`: `{items}` as body (or the serialized batch), `mode` as query. */
export function batchInit<T>(items: T[] | SerializedItems, options: BatchUpsertOptions | undefined) {
  const { mode, ...rest } = options ?? {};
  // A serialized batch travels as the body itself; the transport sends its text unchanged.
  const body = isSerializedItems(items) ? (items as unknown as { items: T[] }) : { items };
  return { ...rest, params: { query: { mode } }, body };
}

/** Base of the resource classes: they reach the server only through `hub.request`. */
export abstract class Resource {
  readonly #hub: SportHub;

  constructor(hub: SportHub) {
    this.#hub = hub;
  }

  /** The client, for `this.hub.request(...)` (kept private to the SDK, not on the public surface). */
  protected get hub(): SportHub {
    return this.#hub;
  }
}
