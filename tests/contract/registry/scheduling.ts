import type { z } from 'zod';
import * as S from '../../../packages/schemas/src/index.js';

// Sessions and bookings (openapi/schemas/{sessions,bookings}.yaml).
export const responseSchemas = {
  Session: S.SessionSchema,
  SessionStatus: S.SessionStatusSchema,
  SessionPage: S.SessionPageSchema,
  Booking: S.BookingSchema,
  BookingStatus: S.BookingStatusSchema,
  BookingPage: S.BookingPageSchema,
} satisfies Record<string, z.ZodType>;

export const requestSchemas = {
  SessionCreate: S.SessionCreateSchema,
  SessionUpdate: S.SessionUpdateSchema,
  SessionCancel: S.SessionCancelSchema,
  SessionBatchUpsert: S.SessionBatchUpsertSchema,
  BookingCreate: S.BookingCreateSchema,
  BookingUpdate: S.BookingUpdateSchema,
} satisfies Record<string, z.ZodType>;
