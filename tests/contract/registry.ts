import * as common from './registry/common.js';
import * as participation from './registry/participation.js';
import * as partners from './registry/partners.js';
import * as people from './registry/people.js';
import * as provisioning from './registry/provisioning.js';
import * as scheduling from './registry/scheduling.js';

/**
 * Every component schema of the contract, mapped to the zod schema that must agree with it.
 *
 * - `responseSchemas` are what the server sends: compared with `z.output` (what parsing yields).
 * - `requestSchemas` are what clients send: compared with `z.input`, so a zod `.default()` is fine.
 *
 * The type test (`zod-types.test-d.ts`) proves equality both ways; `examples.test.ts` proves that
 * every contract component is listed here exactly once and that every example passes both ajv and zod.
 * Each feature keeps its own list in `registry/<feature>.ts`.
 */
export const responseSchemas = {
  ...common.responseSchemas,
  ...provisioning.responseSchemas,
  ...scheduling.responseSchemas,
  ...people.responseSchemas,
  ...participation.responseSchemas,
  ...partners.responseSchemas,
};

export const requestSchemas = {
  ...common.requestSchemas,
  ...provisioning.requestSchemas,
  ...scheduling.requestSchemas,
  ...people.requestSchemas,
  ...participation.requestSchemas,
  ...partners.requestSchemas,
};
