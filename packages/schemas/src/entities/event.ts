import { z } from 'zod';
import { idSchema, pageSchema, TimestampSchema } from '../common.js';

export const EventIdSchema = idSchema('evt');
export const AuditEntryIdSchema = idSchema('aud');

/**
 * Every event type, as `<resource>.<change>`. `webhook.test` is only sent by `testWebhookEndpoint` and
 * never appears in the change feed.
 */
export const EVENT_TYPES = [
  'outlet.created',
  'outlet.updated',
  'outlet.deleted',
  'zone.created',
  'zone.updated',
  'zone.deleted',
  'program.created',
  'program.updated',
  'program.deleted',
  'staff.created',
  'staff.updated',
  'staff.deleted',
  'session.created',
  'session.updated',
  'session.cancelled',
  'session.deleted',
  'member.created',
  'member.updated',
  'member.erased',
  'member.deleted',
  'consent.granted',
  'consent.revoked',
  'group.created',
  'group.updated',
  'group.deleted',
  'enrollment.created',
  'enrollment.updated',
  'enrollment.deleted',
  'booking.created',
  'booking.updated',
  'booking.cancelled',
  'booking.promoted',
  'participation.recorded',
  'participation.updated',
  'participation.deleted',
  'health_measurement.created',
  'health_measurement.updated',
  'health_measurement.deleted',
  'feedback.created',
  'feedback.updated',
  'feedback.deleted',
  'partner.created',
  'partner.updated',
  'partner.deleted',
  'agreement.created',
  'agreement.revoked',
  'webhook.test',
] as const;

export const EventTypeSchema = z.enum(EVENT_TYPES).describe('What happened, as <resource>.<change>');
export type EventType = z.infer<typeof EventTypeSchema>;

const eventTypeSet: ReadonlySet<string> = new Set(EVENT_TYPES);

/**
 * Whether a string is a known event type.
 *
 * @example
 * isEventType('participation.recorded'); // true
 * isEventType('booking.*'); // false (a filter, not a type)
 */
export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && eventTypeSet.has(value);
}

/**
 * One committed change, as the change feed lists it and as every webhook delivers it (the Standard
 * Webhooks payload `{id, type, occurredAt, data}`; `id` is also the `webhook-id` header).
 *
 * @example
 * const event: Event = EventSchema.parse(JSON.parse(body));
 * if (event.type === 'participation.recorded') console.log(event.data.memberId);
 */
export const EventSchema = z.strictObject({
  id: EventIdSchema.describe('Event id, a ULID that sorts in commit order; the change-feed cursor'),
  type: EventTypeSchema,
  occurredAt: TimestampSchema.describe('When the change committed'),
  data: z.record(z.string(), z.unknown()).describe('The resource as the API returns it after the change'),
});
export type Event = z.infer<typeof EventSchema>;

/**
 * A page of the change feed. `nextCursor` is the id of the last event (pass it as `after`); null only
 * when `data` is empty.
 *
 * @example
 * const page = EventPageSchema.parse(await (await fetch(`/v1/events?after=${cursor}`, { headers })).json());
 * cursor = page.nextCursor ?? cursor;
 */
export const EventPageSchema = pageSchema(EventSchema);
export type EventPage = z.infer<typeof EventPageSchema>;

export const AuditActionSchema = z
  .enum([
    'share',
    'export',
    'import',
    'erase',
    'access',
    'consent_change',
    'agreement_change',
    'token_change',
  ])
  .describe('What was done with personal data or access');
export type AuditAction = z.infer<typeof AuditActionSchema>;

/**
 * One entry of the append-only audit log.
 *
 * @example
 * const entry: AuditEntry = AuditEntrySchema.parse({
 *   id: 'aud_01JD0Z8Q3W5XKJ5V7J9C2N4M70', at: '2026-10-02T11:20:00+08:00', actor: 'tok_01JD0Z8Q3W5XKJ5V7J9C2N4M6Y',
 *   action: 'erase', partnerId: null, memberCount: 1, detail: {},
 * });
 */
export const AuditEntrySchema = z.strictObject({
  id: AuditEntryIdSchema,
  at: TimestampSchema.describe('When it happened'),
  actor: z
    .string()
    .describe('The API token (tok_…) that acted, or the webhook endpoint (whe_…) a partner delivery went to'),
  action: AuditActionSchema,
  partnerId: z.string().nullable().describe('The partner involved; null when none'),
  memberCount: z.number().int().min(0).describe("How many members' data the action touched"),
  detail: z.record(z.string(), z.unknown()).describe('Action-specific detail; never personal data'),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditEntryPageSchema = pageSchema(AuditEntrySchema);
export type AuditEntryPage = z.infer<typeof AuditEntryPageSchema>;
