import { z } from 'zod';
import { idSchema, pageSchema, RecordMetaShape, TimestampSchema } from '../common.js';
import { EventIdSchema, EventTypeSchema } from './event.js';

export const WebhookEndpointIdSchema = idSchema('whe');
export const WebhookDeliveryIdSchema = idSchema('whd');

/** A signing secret: `whsec_` and the base64 of the key bytes. */
export const WEBHOOK_SECRET_PATTERN = /^whsec_[A-Za-z0-9+/]+={0,2}$/;

const unique = <T>(items: T[]) => new Set(items).size === items.length;

export const WebhookEndpointStatusSchema = z
  .enum(['enabled', 'disabled'])
  .describe('disabled endpoints get no deliveries; the server disables after a day of failures or a 410');
export type WebhookEndpointStatus = z.infer<typeof WebhookEndpointStatusSchema>;

/** An event type, every type of a resource (`booking.*`), or `*` for all. */
export const WebhookEventFilterSchema = z
  .string()
  .regex(/^(\*|[a-z_]+\.(\*|[a-z_]+))$/)
  .describe('An event type, <resource>.* or *');
export type WebhookEventFilter = z.infer<typeof WebhookEventFilterSchema>;

const WebhookSecretSchema = z
  .string()
  .regex(WEBHOOK_SECRET_PATTERN)
  .describe('Signing secret whsec_<base64>; shown once');

const endpointShape = {
  id: WebhookEndpointIdSchema,
  partnerId: z.string().nullable().describe('The partner that owns the endpoint; null for own systems'),
  url: z.url().describe('The HTTPS URL deliveries are POSTed to'),
  events: z.array(WebhookEventFilterSchema).describe('The event types delivered'),
  status: WebhookEndpointStatusSchema,
  description: z.string().nullable(),
  secretPrefix: z.string().describe('The first 10 characters of the signing secret'),
};

/**
 * A webhook endpoint as the API returns it (never with its secret).
 *
 * @example
 * const endpoint: WebhookEndpoint = WebhookEndpointSchema.parse(await response.json());
 */
export const WebhookEndpointSchema = z.strictObject({ ...endpointShape, ...RecordMetaShape });
export type WebhookEndpoint = z.infer<typeof WebhookEndpointSchema>;

/**
 * A newly created webhook endpoint with its signing secret, shown only once.
 *
 * @example
 * const { id, secret } = WebhookEndpointWithSecretSchema.parse(await response.json());
 */
export const WebhookEndpointWithSecretSchema = z.strictObject({
  ...endpointShape,
  secret: WebhookSecretSchema,
  ...RecordMetaShape,
});
export type WebhookEndpointWithSecret = z.infer<typeof WebhookEndpointWithSecretSchema>;

const endpointWritable = {
  url: z.url().max(2000).describe('An https:// URL (http:// only for localhost)'),
  events: z
    .array(WebhookEventFilterSchema)
    .min(1)
    .max(100)
    .refine(unique, { message: 'events must be unique' })
    .describe('The event types to deliver'),
  partnerId: z.string().nullable().describe('The partner that owns the endpoint'),
  description: z.string().max(500).nullable(),
};

/**
 * A webhook endpoint to create; the server generates the secret.
 *
 * @example
 * WebhookEndpointCreateSchema.parse({ url: 'https://ops.example.org/sporthub-events', events: ['*'] });
 */
export const WebhookEndpointCreateSchema = z.strictObject({
  url: endpointWritable.url,
  events: endpointWritable.events,
  partnerId: endpointWritable.partnerId.optional(),
  description: endpointWritable.description.optional(),
  status: WebhookEndpointStatusSchema.optional().describe('Default enabled'),
});
export type WebhookEndpointCreate = z.infer<typeof WebhookEndpointCreateSchema>;

/** A partial update; set `status` to `enabled` to resume a disabled endpoint. */
export const WebhookEndpointUpdateSchema = z
  .strictObject({
    url: endpointWritable.url.optional(),
    events: endpointWritable.events.optional(),
    partnerId: endpointWritable.partnerId.optional(),
    description: endpointWritable.description.optional(),
    status: WebhookEndpointStatusSchema.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'at least one field is required' });
export type WebhookEndpointUpdate = z.infer<typeof WebhookEndpointUpdateSchema>;

export const WebhookEndpointPageSchema = pageSchema(WebhookEndpointSchema);
export type WebhookEndpointPage = z.infer<typeof WebhookEndpointPageSchema>;

/**
 * The answer of `:rotateSecret`: the new secret, shown once. Until `previousSecretExpiresAt` (24 h)
 * deliveries are signed with both secrets.
 *
 * @example
 * const { secret, previousSecretExpiresAt } = WebhookSecretRotationSchema.parse(await response.json());
 */
export const WebhookSecretRotationSchema = z.strictObject({
  endpointId: WebhookEndpointIdSchema,
  secret: WebhookSecretSchema,
  secretPrefix: z.string().describe('The first 10 characters of secret'),
  previousSecretExpiresAt: TimestampSchema.describe('When the old secret stops being used to sign (24 h)'),
});
export type WebhookSecretRotation = z.infer<typeof WebhookSecretRotationSchema>;

export const WebhookDeliveryStatusSchema = z
  .enum(['pending', 'succeeded', 'failed', 'withheld'])
  .describe(
    "pending: queued or retrying; succeeded: 2xx; failed: this attempt failed; withheld: not sent, the partner's agreement or the member's consent does not allow it",
  );
export type WebhookDeliveryStatus = z.infer<typeof WebhookDeliveryStatusSchema>;

/**
 * One attempt to deliver one event to one endpoint.
 *
 * @example
 * const delivery: WebhookDelivery = WebhookDeliverySchema.parse(await response.json());
 */
export const WebhookDeliverySchema = z.strictObject({
  id: WebhookDeliveryIdSchema,
  endpointId: WebhookEndpointIdSchema,
  eventId: EventIdSchema.describe('The event delivered; also the webhook-id header'),
  eventType: EventTypeSchema,
  attempt: z.number().int().min(1).describe('1 for the first attempt, +1 per retry or redelivery'),
  status: WebhookDeliveryStatusSchema,
  responseCode: z
    .number()
    .int()
    .nullable()
    .describe('HTTP status answered; null before an answer or on a network error'),
  durationMs: z.number().int().min(0).nullable().describe('How long the attempt took; null while pending'),
  nextAttemptAt: TimestampSchema.nullable().describe('Next scheduled retry; null when none'),
  createdAt: TimestampSchema,
});
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>;

export const WebhookDeliveryPageSchema = pageSchema(WebhookDeliverySchema);
export type WebhookDeliveryPage = z.infer<typeof WebhookDeliveryPageSchema>;
