import { createHmac, randomBytes } from 'node:crypto';
import { isMinorForSharing } from '@sporthub/schemas';
import { sql } from 'kysely';
import { recordAudit } from '../../audit/record.js';
import type { Db } from '../../db/dialect.js';
import { HttpProblem } from '../../http/problem.js';
import { isId } from '../../ids.js';
import { nowIso } from '../../time.js';
import { localDateOf } from './local-time.js';

/** What an export for a partner applies (SPEC §6.7): its agreement, consent as of the start, pseudonyms. */
export interface ShareContext {
  partnerId: string;
  /** The consent purpose this share needs (SPEC §3 Consent). */
  purpose: SharePurpose;
  /** Replace member ids by per-partner pseudonyms (unless the agreement allows identifiers). */
  pseudonymize: boolean;
  /** Adults need a recorded consent too (minors always need a guardian's). */
  requiresConsent: boolean;
  /** Export columns the agreement covers; null = all. */
  fields: ReadonlySet<string> | null;
  secret: Buffer;
  /** Consents are checked as they stood at this instant (the export's start). */
  startedAt: string;
  /** Members born in this year or earlier are 14 or older for certain (not minors). */
  adultBirthYearMax: number;
}

const PLATFORM_ZONE = 'Asia/Shanghai';

export type SharePurpose = 'participation_sharing' | 'health_data_sharing';

/** What kind of share: the agreement scope it needs and the consent purpose it checks. */
export interface ShareKind {
  scope: 'participation:individual' | 'health:observations';
  purpose: SharePurpose;
  /**
   * Health data is sensitive personal information (SPEC §6.7): it needs a recorded consent for every
   * member, whatever the agreement's `requiresConsent` says.
   */
  alwaysRequireConsent: boolean;
}

export const PARTICIPATION_SHARE: ShareKind = {
  scope: 'participation:individual',
  purpose: 'participation_sharing',
  alwaysRequireConsent: false,
};
export const HEALTH_SHARE: ShareKind = {
  scope: 'health:observations',
  purpose: 'health_data_sharing',
  alwaysRequireConsent: true,
};

const refused = (detail: string) =>
  new HttpProblem(422, 'validation_failed', detail, [
    { path: 'partnerId', code: 'agreement_required', message: detail },
  ]);

/** The partner's agreement in force today granting the kind's scope, else 422. */
export async function loadShareContext(
  db: Db,
  org: string,
  partnerId: string,
  kind: ShareKind = PARTICIPATION_SHARE,
): Promise<ShareContext> {
  if (!isId('prt', partnerId)) throw refused('No partner with this id.');
  const startedAt = nowIso();
  const today = localDateOf(startedAt, PLATFORM_ZONE);
  const agreement = (await agreementsOf(db, org, partnerId)).find(
    (a) =>
      a.revoked_at === null &&
      String(a.valid_from) <= today &&
      (a.valid_to === null || String(a.valid_to) >= today) &&
      jsonArray(a.scopes).includes(kind.scope),
  );
  if (!agreement) {
    throw refused(`The partner has no agreement in force today that grants ${kind.scope}.`);
  }
  const fields =
    agreement.fields === undefined || agreement.fields === null ? null : jsonArray(agreement.fields);
  // The youngest age someone born in year Y can have today is thisYear − Y − 1 (isMinorForSharing).
  let adultBirthYearMax = Number(today.slice(0, 4));
  while (isMinorForSharing({ birthYear: adultBirthYearMax }, startedAt, PLATFORM_ZONE))
    adultBirthYearMax -= 1;
  return {
    partnerId,
    purpose: kind.purpose,
    pseudonymize: truthy(agreement.pseudonymize, true),
    requiresConsent: kind.alwaysRequireConsent || truthy(agreement.requires_consent, true),
    fields: fields === null ? null : new Set(fields),
    secret: await organizationSecret(db, org),
    startedAt,
    adultBirthYearMax,
  };
}

interface AgreementRow {
  scopes: unknown;
  requires_consent: unknown;
  pseudonymize: unknown;
  fields?: unknown;
  valid_from: unknown;
  valid_to: unknown;
  revoked_at: unknown;
}

/** The partners feature owns the table; it is read by its documented columns (missing table = none). */
async function agreementsOf(db: Db, org: string, partnerId: string): Promise<AgreementRow[]> {
  try {
    const result = await sql<AgreementRow>`select * from data_sharing_agreements
      where organization_id = ${org} and partner_id = ${partnerId} order by valid_from desc`.execute(db);
    return result.rows;
  } catch {
    return [];
  }
}

function jsonArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  try {
    const parsed: unknown = JSON.parse(String(value));
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

function truthy(value: unknown, fallback: boolean): boolean {
  if (value === null || value === undefined) return fallback;
  return value === true || value === 1 || value === '1' || value === 't' || value === 'true';
}

/**
 * The organization's pseudonym key, created at first use. It lives only in the database (never in a
 * token or a response), so pseudonyms stay stable across exports and server restarts.
 */
export async function organizationSecret(db: Db, org: string): Promise<Buffer> {
  const read = () =>
    db.selectFrom('pseudonym_keys').select('secret').where('organization_id', '=', org).executeTakeFirst();
  let row = await read();
  if (!row) {
    await db
      .insertInto('pseudonym_keys')
      .values({ organization_id: org, secret: randomBytes(32).toString('base64url'), created_at: nowIso() })
      .onConflict((oc) => oc.column('organization_id').doNothing())
      .execute();
    row = await read();
  }
  return Buffer.from(row?.secret ?? '', 'base64url');
}

/** `psn_…`: HMAC-SHA256(org secret, partner + member), stable per partner and member, not reversible. */
export function pseudonym(secret: Buffer, partnerId: string, memberId: string): string {
  const mac = createHmac('sha256', secret).update(`${partnerId}:${memberId}`).digest('base64url');
  return `psn_${mac.slice(0, 26)}`;
}

/**
 * Writes the `share` audit entry of a partner export (SPEC §6.7) before the first row leaves. The
 * member count is the members whose consent for this partner held at the start: who could be in it.
 */
export async function auditShare(
  db: Db,
  replica: Db,
  entry: { org: string; actor: string; share: ShareContext; detail: Record<string, unknown> },
): Promise<void> {
  const { org, share } = entry;
  const consented = await replica
    .selectFrom('consents')
    .select((eb) => eb.fn.count<number>('member_id').distinct().as('n'))
    .where('organization_id', '=', org)
    .where('partner_id', '=', share.partnerId)
    .where('purpose', '=', share.purpose)
    .where('granted_at', '<=', share.startedAt)
    .where((w) => w.or([w('revoked_at', 'is', null), w('revoked_at', '>', share.startedAt)]))
    .executeTakeFirst();
  await db.transaction().execute((trx) =>
    recordAudit(trx, [
      {
        organizationId: org,
        actor: entry.actor,
        action: 'share',
        partnerId: share.partnerId,
        memberCount: Number(consented?.n ?? 0),
        detail: entry.detail,
      },
    ]),
  );
}
