import { describe, expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import type { components } from '../../packages/sdk/src/generated/sporthub.js';
import type { requestSchemas, responseSchemas } from './registry.js';

type Contract = components['schemas'];
type Responses = typeof responseSchemas;
type Requests = typeof requestSchemas;

// toEqualTypeOf is an identity check, so each assertion holds in both directions.
describe('zod schemas equal the generated contract types', () => {
  test('response schemas (z.output)', () => {
    expectTypeOf<{ [K in keyof Responses]: z.output<Responses[K]> }>().toEqualTypeOf<
      Pick<Contract, keyof Responses>
    >();
  });

  test('request schemas (z.input)', () => {
    expectTypeOf<{ [K in keyof Requests]: z.input<Requests[K]> }>().toEqualTypeOf<
      Pick<Contract, keyof Requests>
    >();
  });

  test('a mismatch is caught', () => {
    // Guards the guard: a schema with one field missing must not compare equal.
    expectTypeOf<Omit<z.output<Responses['Outlet']>, 'geo'>>().not.toEqualTypeOf<Contract['Outlet']>();
  });
});
