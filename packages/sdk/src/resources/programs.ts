import type { ApiPromise } from '../api-promise.js';
import type { components } from '../generated/sporthub.js';
import { Paginator } from '../pagination.js';
import type { RequestOptions } from '../transport/types.js';
import type { BatchUpsertResult } from '../types.js';
import {
  type BatchUpsertOptions,
  batchInit,
  type ConditionalOptions,
  conditional,
  type ListParams,
  Resource,
} from './resource.js';

type Schemas = components['schemas'];

/**
 * A program: a class, event or assessment offered at outlets (tai chi, walking group, youth basketball…).
 *
 * @example
 * ```ts
 * import type { Program } from '@sporthub/sdk';
 * const label = (p: Program) => `${p.code} ${p.title} (${p.kind}/${p.category})`;
 * ```
 */
export type Program = Schemas['Program'];

/**
 * A program to create (also one item of a batch upsert, matched on `code`).
 *
 * @example
 * ```ts
 * import type { ProgramCreate } from '@sporthub/sdk';
 * const body: ProgramCreate = { code: 'P-TAICHI', title: '太极拳', kind: 'class', category: 'tai_chi', ageGroups: ['senior'], intensity: 'light' };
 * ```
 */
export type ProgramCreate = Schemas['ProgramCreate'];

/**
 * A partial update of a program.
 *
 * @example
 * ```ts
 * import type { ProgramUpdate } from '@sporthub/sdk';
 * const patch: ProgramUpdate = { intensity: 'light' };
 * ```
 */
export type ProgramUpdate = Schemas['ProgramUpdate'];

/**
 * Filters of `hub.programs.list()`.
 *
 * @example
 * ```ts
 * import type { ListProgramsParams } from '@sporthub/sdk';
 * const params: ListProgramsParams = { kind: 'class', ageGroup: 'senior' };
 * ```
 */
export type ListProgramsParams = ListParams<'listPrograms'>;

/**
 * `hub.programs`: classes, events and assessments.
 *
 * @example
 * ```ts
 * const program = await hub.programs.create({ code: 'P-TAICHI', title: '太极拳', kind: 'class', category: 'tai_chi', ageGroups: ['senior'], intensity: 'light' });
 * for await (const p of hub.programs.list({ category: 'tai_chi' })) console.log(p.code);
 * ```
 */
export class Programs extends Resource {
  /**
   * Lists programs lazily (a `Paginator`).
   *
   * @example
   * ```ts
   * const seniors = await hub.programs.list({ ageGroup: 'senior' }).toArray({ max: 500 });
   * ```
   */
  list(params?: ListProgramsParams, options?: RequestOptions): Paginator<Program> {
    return new Paginator<Program>(
      (cursor, opts) =>
        this.hub.request('GET', '/v1/programs', { ...opts, params: { query: { ...params, cursor } } }),
      options,
    );
  }

  /**
   * Creates a program (409 `ConflictError` when the code is taken).
   *
   * @example
   * ```ts
   * const program = await hub.programs.create({ code: 'P-WALK', title: '健步走', kind: 'class', category: 'walking', ageGroups: ['senior'], intensity: 'light' });
   * ```
   */
  create(body: ProgramCreate, options?: RequestOptions): ApiPromise<Program> {
    return this.hub.request('POST', '/v1/programs', { ...options, body });
  }

  /**
   * Gets one program.
   *
   * @example
   * ```ts
   * const program = await hub.programs.get('prg_01JD0Z8Q3W5XKJ5V7J9C2N4M6S');
   * ```
   */
  get(programId: string, options?: RequestOptions): ApiPromise<Program> {
    return this.hub.request('GET', '/v1/programs/{programId}', {
      ...options,
      params: { path: { programId } },
    });
  }

  /**
   * Updates a program partially (`ifMatch` makes it conditional).
   *
   * @example
   * ```ts
   * await hub.programs.update(program.id, { theme: '全民健身日' }, { ifMatch: program.revision });
   * ```
   */
  update(programId: string, body: ProgramUpdate, options?: ConditionalOptions): ApiPromise<Program> {
    const init = { ...conditional(options), params: { path: { programId } }, body };
    return this.hub.request('PATCH', '/v1/programs/{programId}', init);
  }

  /**
   * Deletes a program.
   *
   * @example
   * ```ts
   * await hub.programs.delete(program.id);
   * ```
   */
  delete(programId: string, options?: ConditionalOptions): ApiPromise<void> {
    const init = { ...conditional(options), params: { path: { programId } } };
    return this.hub.request('DELETE', '/v1/programs/{programId}', init);
  }

  /**
   * Creates or updates up to 5,000 programs matched on `code`.
   *
   * @example
   * ```ts
   * const { summary } = await hub.programs.batchUpsert([{ code: 'P-YOGA', title: '瑜伽', kind: 'class', category: 'yoga', ageGroups: ['adult'], intensity: 'moderate' }]);
   * ```
   */
  batchUpsert(items: ProgramCreate[], options?: BatchUpsertOptions): ApiPromise<BatchUpsertResult> {
    return this.hub.request('POST', '/v1/programs:batchUpsert', batchInit(items, options));
  }
}
