/**
 * Where each operation of the contract lives in the SDK. The type makes the map exhaustive (a new
 * operation in the contract fails to compile until it is mapped), and a test walks it against the
 * contract and calls each method to prove the method reaches that operation's method and path.
 */
import type { OperationId } from './resource.js';

/**
 * The operations a client calls: every operation under `paths`. The contract's `webhooks` section
 * also declares `receive…Event` operations: requests the platform sends to *your* endpoint, which
 * `verifyWebhook` checks; no client method calls them.
 *
 * @example
 * ```ts
 * import type { ClientOperationId } from '@sporthub/sdk';
 * const op: ClientOperationId = 'exportParticipation';
 * ```
 */
export type ClientOperationId = Exclude<OperationId, `receive${string}`>;

/**
 * `operationId` → the SDK method that calls it (a dotted path on a `SportHub` instance).
 *
 * @example
 * ```ts
 * import { OPERATIONS } from '@sporthub/sdk';
 * console.log(OPERATIONS.batchUpsertSessions); // 'sessions.batchUpsert'
 * ```
 */
export const OPERATIONS: { readonly [Id in ClientOperationId]: string } = {
  getHealth: 'health',
  getReadiness: 'readiness',
  getMe: 'me',
  listTokens: 'tokens.list',
  createToken: 'tokens.create',
  revokeToken: 'tokens.revoke',
  listOutlets: 'outlets.list',
  createOutlet: 'outlets.create',
  batchUpsertOutlets: 'outlets.batchUpsert',
  getOutlet: 'outlets.get',
  updateOutlet: 'outlets.update',
  deleteOutlet: 'outlets.delete',
  listZones: 'outlets.zones.list',
  createZone: 'outlets.zones.create',
  getZone: 'outlets.zones.get',
  updateZone: 'outlets.zones.update',
  deleteZone: 'outlets.zones.delete',
  listPrograms: 'programs.list',
  createProgram: 'programs.create',
  batchUpsertPrograms: 'programs.batchUpsert',
  getProgram: 'programs.get',
  updateProgram: 'programs.update',
  deleteProgram: 'programs.delete',
  listStaff: 'staff.list',
  createStaff: 'staff.create',
  batchUpsertStaff: 'staff.batchUpsert',
  getStaff: 'staff.get',
  updateStaff: 'staff.update',
  deleteStaff: 'staff.delete',
  listSessions: 'sessions.list',
  createSession: 'sessions.create',
  batchUpsertSessions: 'sessions.batchUpsert',
  getSession: 'sessions.get',
  updateSession: 'sessions.update',
  deleteSession: 'sessions.delete',
  cancelSession: 'sessions.cancel',
  listBookings: 'bookings.list',
  createBooking: 'bookings.create',
  getBooking: 'bookings.get',
  updateBooking: 'bookings.update',
  cancelBooking: 'bookings.cancel',
  listMembers: 'members.list',
  createMember: 'members.create',
  batchUpsertMembers: 'members.batchUpsert',
  getMember: 'members.get',
  updateMember: 'members.update',
  listMemberConsents: 'members.consents.list',
  grantMemberConsent: 'members.consents.grant',
  revokeMemberConsent: 'members.consents.revoke',
  eraseMember: 'members.erase',
  getMemberPersonalData: 'members.personalData',
  listGroups: 'groups.list',
  createGroup: 'groups.create',
  getGroup: 'groups.get',
  updateGroup: 'groups.update',
  deleteGroup: 'groups.delete',
  listEnrollments: 'enrollments.list',
  createEnrollment: 'enrollments.create',
  getEnrollment: 'enrollments.get',
  updateEnrollment: 'enrollments.update',
  listParticipation: 'participation.list',
  recordParticipation: 'participation.record',
  batchUpsertParticipation: 'participation.batchUpsert',
  exportParticipation: 'participation.export',
  getParticipation: 'participation.get',
  listHealthMeasurements: 'healthMeasurements.list',
  recordHealthMeasurement: 'healthMeasurements.record',
  getHealthMeasurement: 'healthMeasurements.get',
  deleteHealthMeasurement: 'healthMeasurements.delete',
  listFeedback: 'feedback.list',
  createFeedback: 'feedback.create',
  getFeedback: 'feedback.get',
  getHealthIndexReport: 'reports.healthIndex',
  listPartners: 'partners.list',
  createPartner: 'partners.create',
  getPartner: 'partners.get',
  updatePartner: 'partners.update',
  deletePartner: 'partners.delete',
  listPartnerAgreements: 'partners.agreements.list',
  createPartnerAgreement: 'partners.agreements.create',
  revokePartnerAgreement: 'partners.agreements.revoke',
  shareHealthMeasurements: 'partners.shares.healthMeasurements',
  shareReferralAttendance: 'partners.shares.referralAttendance',
  shareStudentParticipation: 'partners.shares.studentParticipation',
  resolvePartnerPseudonyms: 'partners.resolvePseudonyms',
  listWebhookEndpoints: 'webhooks.endpoints.list',
  createWebhookEndpoint: 'webhooks.endpoints.create',
  getWebhookEndpoint: 'webhooks.endpoints.get',
  updateWebhookEndpoint: 'webhooks.endpoints.update',
  deleteWebhookEndpoint: 'webhooks.endpoints.delete',
  listWebhookDeliveries: 'webhooks.deliveries.list',
  testWebhookEndpoint: 'webhooks.test',
  rotateWebhookSecret: 'webhooks.rotateSecret',
  redeliverWebhookDelivery: 'webhooks.redeliver',
  listEvents: 'events.list',
  listAudit: 'audit.list',
};
