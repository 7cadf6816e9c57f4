import type { DataSharingAgreement, Partner, PartnerKind } from '@sporthub/schemas';
import { type Db, isPostgres } from '../../db/dialect.js';
import { chunkRows } from '../../db/insert-many.js';
import { recordEvents } from '../../events/record.js';
import type { PageRequest } from '../../http/pagination.js';
import { notFound } from '../../http/problem.js';
import { isId } from '../../ids.js';
import { agreementRow, partnerRow, toAgreement, toPartner } from './model.js';

export interface PartnerFilter {
  kind?: PartnerKind | undefined;
  code?: string | undefined;
}

export async function listPartners(db: Db, organizationId: string, page: PageRequest, filter: PartnerFilter) {
  let query = db.selectFrom('partners').selectAll().where('organization_id', '=', organizationId);
  if (page.afterId !== undefined) query = query.where('id', '>', page.afterId);
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  if (filter.code !== undefined) query = query.where('code', '=', filter.code);
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toPartner);
}

export async function findPartner(
  db: Db,
  organizationId: string,
  id: string,
  forUpdate = false,
): Promise<Partner | undefined> {
  const row = await db
    .selectFrom('partners')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .$if(forUpdate && isPostgres(db), (q) => q.forUpdate())
    .executeTakeFirst();
  return row ? toPartner(row) : undefined;
}

export async function codeTaken(db: Db, organizationId: string, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('partners')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row !== undefined;
}

/** The ids in `outletIds` that are not outlets of this organization. */
export async function unknownOutletIds(
  db: Db,
  organizationId: string,
  outletIds: string[],
): Promise<string[]> {
  const found = new Set<string>();
  for (const chunk of chunkRows(outletIds.map((id) => ({ id })))) {
    const rows = await db
      .selectFrom('outlets')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where(
        'id',
        'in',
        chunk.map((c) => c.id),
      )
      .execute();
    for (const row of rows) found.add(row.id);
  }
  return outletIds.filter((id) => !found.has(id));
}

/** Creates or updates a partner and records `partner.created|updated`. */
export async function savePartner(trx: Db, organizationId: string, partner: Partner, created: boolean) {
  await trx
    .insertInto('partners')
    .values(partnerRow(organizationId, partner))
    .onConflict((oc) =>
      oc.columns(['organization_id', 'id']).doUpdateSet((eb) => ({
        code: eb.ref('excluded.code'),
        kind: eb.ref('excluded.kind'),
        name: eb.ref('excluded.name'),
        outlet_ids: eb.ref('excluded.outlet_ids'),
        contacts: eb.ref('excluded.contacts'),
        updated_at: eb.ref('excluded.updated_at'),
        revision: eb.ref('excluded.revision'),
      })),
    )
    .execute();
  await recordEvents(trx, organizationId, [
    { type: created ? 'partner.created' : 'partner.updated', data: partner },
  ]);
}

export async function deletePartnerRow(trx: Db, organizationId: string, partner: Partner): Promise<void> {
  await trx
    .deleteFrom('partners')
    .where('organization_id', '=', organizationId)
    .where('id', '=', partner.id)
    .execute();
  await recordEvents(trx, organizationId, [{ type: 'partner.deleted', data: partner }]);
}

export interface AgreementFilter {
  /** Only agreements in force on this day (YYYY-MM-DD). */
  activeOn?: string | undefined;
}

export async function listAgreements(
  db: Db,
  organizationId: string,
  partnerId: string,
  page: PageRequest,
  filter: AgreementFilter,
): Promise<DataSharingAgreement[]> {
  let query = db
    .selectFrom('data_sharing_agreements')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('partner_id', '=', partnerId);
  if (page.afterId !== undefined) query = query.where('id', '>', page.afterId);
  if (filter.activeOn !== undefined) {
    const day = filter.activeOn;
    query = query
      .where('revoked_at', 'is', null)
      .where('valid_from', '<=', day)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', day)]));
  }
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toAgreement);
}

/** Agreements of a partner neither revoked nor ended before `day` (in force now or later). */
export async function unendedAgreements(
  db: Db,
  organizationId: string,
  partnerId: string,
  day: string,
): Promise<DataSharingAgreement[]> {
  const rows = await db
    .selectFrom('data_sharing_agreements')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('partner_id', '=', partnerId)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', day)]))
    .orderBy('id')
    .execute();
  return rows.map(toAgreement);
}

export async function findAgreement(
  db: Db,
  organizationId: string,
  partnerId: string,
  id: string,
): Promise<DataSharingAgreement | undefined> {
  const row = await db
    .selectFrom('data_sharing_agreements')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('partner_id', '=', partnerId)
    .$if(isPostgres(db), (q) => q.forUpdate())
    .executeTakeFirst();
  return row ? toAgreement(row) : undefined;
}

export async function insertAgreement(trx: Db, organizationId: string, agreement: DataSharingAgreement) {
  await trx.insertInto('data_sharing_agreements').values(agreementRow(organizationId, agreement)).execute();
  await recordEvents(trx, organizationId, [{ type: 'agreement.created', data: agreement }]);
}

/** Marks agreements revoked at `now` and records one `agreement.revoked` each. */
export async function revokeAgreements(
  trx: Db,
  organizationId: string,
  agreements: readonly DataSharingAgreement[],
  now: string,
): Promise<DataSharingAgreement[]> {
  if (agreements.length === 0) return [];
  const revoked = agreements.map((a) => ({ ...a, revokedAt: now }));
  await trx
    .updateTable('data_sharing_agreements')
    .set({ revoked_at: now })
    .where('organization_id', '=', organizationId)
    .where(
      'id',
      'in',
      revoked.map((a) => a.id),
    )
    .execute();
  await recordEvents(
    trx,
    organizationId,
    revoked.map((data) => ({ type: 'agreement.revoked', data })),
  );
  return revoked;
}

/** The partner of this organization, or 404 for malformed, unknown and other tenants' ids alike. */
export async function findOwnPartner(db: Db, org: string, id: string, forUpdate = false): Promise<Partner> {
  const partner = isId('prt', id) ? await findPartner(db, org, id, forUpdate) : undefined;
  if (!partner) throw notFound('partner');
  return partner;
}
