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
export * from './entities/booking.js';
export * from './entities/event.js';
export * from './entities/group.js';
export * from './entities/health.js';
export * from './entities/member.js';
export * from './entities/outlet.js';
export * from './entities/participation.js';
export * from './entities/partner.js';
export * from './entities/program.js';
export * from './entities/session.js';
export * from './entities/share.js';
export * from './entities/staff.js';
export * from './entities/token.js';
export * from './entities/webhook.js';
export * from './formats/export-row.js';
export * from './formats/manifest.js';
export * from './formats/schedule-row.js';
