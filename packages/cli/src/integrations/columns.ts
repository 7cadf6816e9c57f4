import type {
  AuditEntry,
  Consent,
  DataSharingAgreement,
  Event,
  Member,
  Partner,
  WebhookDelivery,
  WebhookEndpoint,
} from '@sporthub/sdk';
import type { Column } from '../output/index.js';

/*
 * Table and CSV columns of the partner, member, audit, event and webhook commands. `-o json|ndjson|yaml`
 * print whole records; these pick what fits a terminal. Personal fields (phone, guardian) are not listed:
 * `members get` shows them, `members personal-data` has everything.
 */

export const PARTNER_COLUMNS: Column<Partner>[] = [
  { header: 'Id', value: (p) => p.id },
  { header: 'Code', value: (p) => p.code },
  { header: 'Kind', value: (p) => p.kind },
  { header: 'Name', value: (p) => p.name },
  { header: 'Outlets', value: (p) => p.outletIds.length },
];

export const PARTNER_FIELDS: Column<Partner>[] = [
  ...PARTNER_COLUMNS.slice(0, 4),
  { header: 'Outlets', value: (p) => p.outletIds },
  {
    header: 'Contacts',
    value: (p) => p.contacts.map((c) => [c.name, c.role, c.phone].filter(Boolean).join(' ')),
  },
  { header: 'Revision', value: (p) => p.revision },
  { header: 'Updated', value: (p) => p.updatedAt },
];

export const AGREEMENT_COLUMNS: Column<DataSharingAgreement>[] = [
  { header: 'Id', value: (a) => a.id },
  { header: 'Scopes', value: (a) => a.scopes },
  { header: 'Consent', value: (a) => (a.requiresConsent ? 'required' : 'not required') },
  { header: 'Pseudonyms', value: (a) => (a.pseudonymize ? 'yes' : 'no') },
  { header: 'Valid from', value: (a) => a.validFrom },
  { header: 'Valid to', value: (a) => a.validTo ?? 'open' },
  { header: 'Revoked', value: (a) => a.revokedAt ?? '' },
];

export const MEMBER_COLUMNS: Column<Member>[] = [
  { header: 'Id', value: (m) => m.id },
  { header: 'External id', value: (m) => m.externalId ?? '' },
  { header: 'Name', value: (m) => m.displayName },
  { header: 'Age group', value: (m) => m.ageGroup ?? '' },
  { header: 'Grade', value: (m) => m.schoolGrade ?? '' },
  { header: 'Erased', value: (m) => m.erasedAt ?? '' },
];

export const MEMBER_FIELDS: Column<Member>[] = [
  ...MEMBER_COLUMNS.slice(0, 5),
  { header: 'Birth year', value: (m) => m.birthYear ?? '' },
  { header: 'Gender', value: (m) => m.gender ?? '' },
  { header: 'Phone', value: (m) => m.phone ?? '' },
  {
    header: 'Guardian',
    value: (m) => (m.guardian ? `${m.guardian.name} ${m.guardian.phone ?? ''}`.trim() : ''),
  },
  { header: 'Erased', value: (m) => m.erasedAt ?? '' },
  { header: 'Revision', value: (m) => m.revision },
];

export const CONSENT_COLUMNS: Column<Consent>[] = [
  { header: 'Id', value: (c) => c.id },
  { header: 'Partner', value: (c) => c.partnerId ?? 'platform' },
  { header: 'Purpose', value: (c) => c.purpose },
  { header: 'Granted by', value: (c) => c.grantedBy },
  { header: 'Granted', value: (c) => c.grantedAt },
  { header: 'Revoked', value: (c) => c.revokedAt ?? '' },
];

export const AUDIT_COLUMNS: Column<AuditEntry>[] = [
  { header: 'At', value: (a) => a.at },
  { header: 'Action', value: (a) => a.action },
  { header: 'Partner', value: (a) => a.partnerId ?? '' },
  { header: 'Members', value: (a) => a.memberCount },
  { header: 'Actor', value: (a) => a.actor },
  { header: 'Detail', value: (a) => a.detail },
];

export const EVENT_COLUMNS: Column<Event>[] = [
  { header: 'Id', value: (e) => e.id },
  { header: 'Type', value: (e) => e.type },
  { header: 'Occurred', value: (e) => e.occurredAt },
  { header: 'Resource', value: (e) => (e.data as { id?: unknown }).id ?? '' },
];

export const WEBHOOK_COLUMNS: Column<WebhookEndpoint>[] = [
  { header: 'Id', value: (w) => w.id },
  { header: 'URL', value: (w) => w.url },
  { header: 'Events', value: (w) => w.events },
  { header: 'Status', value: (w) => w.status },
  { header: 'Partner', value: (w) => w.partnerId ?? '' },
  { header: 'Secret', value: (w) => `${w.secretPrefix}…` },
];

export const DELIVERY_COLUMNS: Column<WebhookDelivery>[] = [
  { header: 'Id', value: (d) => d.id },
  { header: 'Event', value: (d) => d.eventId },
  { header: 'Type', value: (d) => d.eventType },
  { header: 'Attempt', value: (d) => d.attempt },
  { header: 'Status', value: (d) => d.status },
  { header: 'HTTP', value: (d) => d.responseCode ?? '' },
  { header: 'ms', value: (d) => d.durationMs ?? '' },
  { header: 'Next attempt', value: (d) => d.nextAttemptAt ?? '' },
];
