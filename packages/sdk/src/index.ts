/**
 * `@sporthub/sdk`: the typed client of the sporthub platform API.
 *
 * @example
 * ```ts
 * import { SportHub, NotFoundError } from '@sporthub/sdk';
 *
 * const hub = new SportHub({ baseUrl: 'http://127.0.0.1:4010', token: process.env.SPORTHUB_TOKEN! });
 * const outlet = await hub.outlets.get('out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P').catch((err) => {
 *   if (err instanceof NotFoundError) return null;
 *   throw err;
 * });
 * ```
 *
 * @packageDocumentation
 */
export { ApiPromise } from './api-promise.js';
export {
  MAX_BATCH_SIZE,
  type UpsertBatch,
  type UpsertManyOptions,
  type UpsertManyResult,
  type UpsertProgress,
  upsertMany,
} from './bulk/upsert-many.js';
export { SportHub, type SportHubOptions } from './client.js';
export {
  AuthenticationError,
  ConflictError,
  ConnectionError,
  errorFromResponse,
  InternalServerError,
  NotFoundError,
  PaginationError,
  PermissionDeniedError,
  PreconditionFailedError,
  RateLimitError,
  SportHubApiError,
  type SportHubApiErrorInit,
  SportHubError,
  TimeoutError,
  type TimeoutPhase,
  ValidationError,
} from './errors.js';
export {
  type ExportParticipationParams,
  type ExportTrailer,
  IncompleteExportError,
  ParticipationExport,
  type ParticipationExportRow,
  type RawExport,
} from './export/participation-export.js';
export type { components, operations, paths } from './generated/sporthub.js';
export { type PageFetcher, Paginator } from './pagination.js';
export type {
  OperationOf,
  PathsWithMethod,
  RequestArgs,
  RequestInitFor,
  ResponseDataOf,
} from './request.js';
export type {
  DataSharingAgreement,
  DataSharingAgreementCreate,
  ListAgreementsParams,
  PartnerAgreements,
} from './resources/agreements.js';
export type { AuditEntry, AuditLog, ListAuditParams } from './resources/audit.js';
export type {
  Booking,
  BookingCreate,
  Bookings,
  BookingUpdate,
  ListBookingsParams,
} from './resources/bookings.js';
export type {
  Consent,
  ConsentGrant,
  ConsentRevoke,
  ListConsentsParams,
  MemberConsents,
} from './resources/consents.js';
export type {
  Enrollment,
  EnrollmentCreate,
  Enrollments,
  EnrollmentUpdate,
  ListEnrollmentsParams,
} from './resources/enrollments.js';
export type { Event, Events, EventType, ListEventsParams, TailEventsOptions } from './resources/events.js';
export type { Feedback, FeedbackCreate, FeedbackEntries, ListFeedbackParams } from './resources/feedback.js';
export type { Group, GroupCreate, Groups, GroupUpdate, ListGroupsParams } from './resources/groups.js';
export type {
  HealthMeasurement,
  HealthMeasurementCreate,
  HealthMeasurements,
  ListHealthMeasurementsParams,
} from './resources/health-measurements.js';
export { type ClientOperationId, OPERATIONS } from './resources/index.js';
export type {
  ListMembersParams,
  Member,
  MemberCreate,
  MemberPersonalData,
  Members,
  MemberUpdate,
} from './resources/members.js';
export type {
  Address,
  DeleteOutletOptions,
  Geo,
  ListOutletsParams,
  OpeningHours,
  Outlet,
  OutletBatchUpsert,
  OutletCreate,
  OutletPage,
  OutletService,
  OutletStatus,
  Outlets,
  OutletUpdate,
  UpdateOutletOptions,
  Zone,
  ZoneInput,
  ZoneKind,
} from './resources/outlets.js';
export type {
  ListParticipationParams,
  Participation,
  ParticipationCreate,
  ParticipationRecords,
} from './resources/participation.js';
export type {
  DeletePartnerOptions,
  ListPartnersParams,
  Partner,
  PartnerCreate,
  Partners,
  PartnerUpdate,
} from './resources/partners.js';
export type {
  ListProgramsParams,
  Program,
  ProgramCreate,
  Programs,
  ProgramUpdate,
} from './resources/programs.js';
export type { HealthIndexParams, HealthIndexReport, Reports } from './resources/reports.js';
export type {
  BatchUpsertOptions,
  ConditionalOptions,
  ListParams,
  OperationBody,
  OperationId,
  OperationQuery,
  OperationResult,
} from './resources/resource.js';
export type {
  ListSessionsParams,
  Session,
  SessionCancel,
  SessionCreate,
  Sessions,
  SessionUpdate,
} from './resources/sessions.js';
export type {
  HealthMeasurementShare,
  HealthMeasurementSharePage,
  PartnerShares,
  PseudonymMatch,
  ReferralAttendanceShare,
  ReferralAttendanceSharePage,
  ShareFeedParams,
  ShareWithheld,
  StudentParticipationShare,
  StudentParticipationSharePage,
  StudentShareParams,
} from './resources/shares.js';
export type { ListStaffParams, Staff, StaffCreate, StaffMembers, StaffUpdate } from './resources/staff.js';
export type { ApiToken, ApiTokenCreate, ApiTokenWithSecret, Tokens } from './resources/tokens.js';
export type {
  ListWebhookEndpointsParams,
  WebhookEndpoint,
  WebhookEndpointCreate,
  WebhookEndpoints,
  WebhookEndpointUpdate,
  WebhookEndpointWithSecret,
} from './resources/webhook-endpoints.js';
export type {
  ListWebhookDeliveriesParams,
  WebhookDeliveries,
  WebhookDelivery,
  WebhookSecretRotation,
  Webhooks,
} from './resources/webhooks.js';
export type { ListZonesParams, OutletZones, ZoneUpdate } from './resources/zones.js';
export { SerializedItems } from './serialized.js';
export type {
  ApiResponse,
  Hooks,
  HttpMethod,
  RequestEvent,
  RequestOptions,
  ResponseEvent,
  ResponseMeta,
  RetryEvent,
} from './transport/types.js';
export type {
  ApiTokenScope,
  BatchItemResult,
  BatchMode,
  BatchSummary,
  BatchUpsertResult,
  FieldError,
  Health,
  Me,
  Page,
  Problem,
} from './types.js';
export { VERSION } from './version.js';
export {
  WebhookVerificationError,
  type WebhookVerificationReason,
} from './webhooks/verification-error.js';
export {
  type SignWebhookInput,
  signWebhook,
  type VerifyWebhookOptions,
  verifyWebhook,
  type WebhookHeaders,
} from './webhooks/verify.js';
