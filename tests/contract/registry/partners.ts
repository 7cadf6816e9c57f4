import type { z } from 'zod';
import * as S from '../../../packages/schemas/src/index.js';

// Partners, agreements, webhooks, events, audit, tokens (openapi/schemas/{partners,webhooks,events,tokens}.yaml).
export const responseSchemas = {
  ApiTokenScope: S.ApiTokenScopeSchema,
  ApiToken: S.ApiTokenSchema,
  ApiTokenWithSecret: S.ApiTokenWithSecretSchema,
  ApiTokenPage: S.ApiTokenPageSchema,
  Me: S.MeSchema,
  PartnerKind: S.PartnerKindSchema,
  PartnerContact: S.PartnerContactSchema,
  Partner: S.PartnerSchema,
  PartnerPage: S.PartnerPageSchema,
  DataSharingScope: S.DataSharingScopeSchema,
  DataSharingField: S.DataSharingFieldSchema,
  DataSharingAgreement: S.DataSharingAgreementSchema,
  DataSharingAgreementPage: S.DataSharingAgreementPageSchema,
  WebhookEndpointStatus: S.WebhookEndpointStatusSchema,
  WebhookEventFilter: S.WebhookEventFilterSchema,
  WebhookEndpoint: S.WebhookEndpointSchema,
  WebhookEndpointWithSecret: S.WebhookEndpointWithSecretSchema,
  WebhookEndpointPage: S.WebhookEndpointPageSchema,
  WebhookSecretRotation: S.WebhookSecretRotationSchema,
  WebhookDeliveryStatus: S.WebhookDeliveryStatusSchema,
  WebhookDelivery: S.WebhookDeliverySchema,
  WebhookDeliveryPage: S.WebhookDeliveryPageSchema,
  EventType: S.EventTypeSchema,
  Event: S.EventSchema,
  EventPage: S.EventPageSchema,
  AuditAction: S.AuditActionSchema,
  AuditEntry: S.AuditEntrySchema,
  AuditEntryPage: S.AuditEntryPageSchema,
} satisfies Record<string, z.ZodType>;

export const requestSchemas = {
  ApiTokenCreate: S.ApiTokenCreateSchema,
  PartnerContactInput: S.PartnerContactInputSchema,
  PartnerCreate: S.PartnerCreateSchema,
  PartnerUpdate: S.PartnerUpdateSchema,
  DataSharingAgreementCreate: S.DataSharingAgreementCreateSchema,
  WebhookEndpointCreate: S.WebhookEndpointCreateSchema,
  WebhookEndpointUpdate: S.WebhookEndpointUpdateSchema,
} satisfies Record<string, z.ZodType>;
