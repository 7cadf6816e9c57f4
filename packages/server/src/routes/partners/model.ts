import type {
  DataSharingAgreement,
  DataSharingAgreementCreate,
  Partner,
  PartnerContact,
  PartnerContactInput,
  PartnerCreate,
  PartnerUpdate,
} from '@sporthub/schemas';
import type { Selectable } from 'kysely';
import type { DataSharingAgreementsTable, PartnersTable } from '../../db/tables/partners.js';
import { newId } from '../../ids.js';
import { canonicalJson } from '../outlets/model.js';

export function toPartner(row: Selectable<PartnersTable>): Partner {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind as Partner['kind'],
    name: row.name,
    outletIds: JSON.parse(row.outlet_ids),
    contacts: JSON.parse(row.contacts),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

export function partnerRow(organizationId: string, partner: Partner): Selectable<PartnersTable> {
  return {
    organization_id: organizationId,
    id: partner.id,
    code: partner.code,
    kind: partner.kind,
    name: partner.name,
    outlet_ids: JSON.stringify(partner.outletIds),
    contacts: JSON.stringify(partner.contacts),
    created_at: partner.createdAt,
    updated_at: partner.updatedAt,
    revision: partner.revision,
  };
}

/** A contact as returned: every member present, unknown ones null. */
function toContact(input: PartnerContactInput): PartnerContact {
  return {
    name: input.name,
    role: input.role ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
  };
}

export function newPartner(input: PartnerCreate, now: string): Partner {
  return {
    id: newId('prt'),
    code: input.code,
    kind: input.kind,
    name: input.name,
    outletIds: input.outletIds ?? [],
    contacts: (input.contacts ?? []).map(toContact),
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
}

/** `current` with the patch applied, or `current` itself when nothing changes (no revision bump, no event). */
export function applyPartnerPatch(current: Partner, patch: PartnerUpdate, now: string): Partner {
  const next: Partner = {
    ...current,
    ...(patch.code !== undefined ? { code: patch.code } : {}),
    ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.outletIds !== undefined ? { outletIds: patch.outletIds } : {}),
    ...(patch.contacts !== undefined ? { contacts: patch.contacts.map(toContact) } : {}),
  };
  if (canonicalJson(next) === canonicalJson(current)) return current;
  return { ...next, updatedAt: now, revision: current.revision + 1 };
}

export function toAgreement(row: Selectable<DataSharingAgreementsTable>): DataSharingAgreement {
  return {
    id: row.id,
    partnerId: row.partner_id,
    scopes: JSON.parse(row.scopes),
    requiresConsent: Number(row.requires_consent) === 1,
    pseudonymize: Number(row.pseudonymize) === 1,
    fields: row.fields === null ? null : JSON.parse(row.fields),
    validFrom: row.valid_from,
    validTo: row.valid_to,
    revokedAt: row.revoked_at,
    createdAt: row.created_at,
  };
}

export function agreementRow(
  organizationId: string,
  agreement: DataSharingAgreement,
): Selectable<DataSharingAgreementsTable> {
  return {
    organization_id: organizationId,
    id: agreement.id,
    partner_id: agreement.partnerId,
    scopes: JSON.stringify(agreement.scopes),
    requires_consent: agreement.requiresConsent ? 1 : 0,
    pseudonymize: agreement.pseudonymize ? 1 : 0,
    fields: agreement.fields === null ? null : JSON.stringify(agreement.fields),
    valid_from: agreement.validFrom,
    valid_to: agreement.validTo,
    revoked_at: agreement.revokedAt,
    created_at: agreement.createdAt,
  };
}

export function newAgreement(
  partnerId: string,
  input: DataSharingAgreementCreate,
  now: string,
): DataSharingAgreement {
  return {
    id: newId('dsa'),
    partnerId,
    scopes: input.scopes,
    requiresConsent: input.requiresConsent ?? true,
    pseudonymize: input.pseudonymize ?? true,
    fields: input.fields ?? null,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
    revokedAt: null,
    createdAt: now,
  };
}

/** Agreement dates are days in the organization's default time zone (SPEC §3). */
export const AGREEMENT_TIME_ZONE = 'Asia/Shanghai';

/** Today as YYYY-MM-DD in `timeZone`. */
export function today(timeZone: string = AGREEMENT_TIME_ZONE, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
