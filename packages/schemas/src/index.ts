/**
 * @sporthub/schemas — zod schemas for every sporthub entity and file format.
 *
 * Each schema agrees with the OpenAPI contract (`openapi/sporthub.yaml`); a type test in
 * `tests/contract` proves it both ways.
 *
 * @example
 * import { OutletCreateSchema } from '@sporthub/schemas';
 * const input = OutletCreateSchema.parse({ code: 'SH-PD-0001', name: '浦东世纪大道体育服务点' });
 */
export * from './common.js';
export * from './entities/outlet.js';
