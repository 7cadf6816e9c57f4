import type { DataSharingAgreementCreate } from '@sporthub/schemas';
import type { Db } from '../db/dialect.js';
import { newOutlet, outletRow, zoneRow } from '../routes/outlets/model.js';
import { agreementRow, newAgreement, newPartner, partnerRow } from '../routes/partners/model.js';
import { newProgram, programRow } from '../routes/programs/model.js';
import { newStaff, staffRow } from '../routes/staff/model.js';
import { type DemoProgram, demoOutlets, demoPartners, demoPrograms, demoStaff } from './catalog.js';
import { existingKeys, insertWithEvents } from './write.js';

export interface SeedOutlet {
  id: string;
  code: string;
  active: boolean;
  zones: Map<string, string>;
}
export interface SeedProgram extends DemoProgram {
  id: string;
}
export interface Reference {
  outlets: SeedOutlet[];
  programs: SeedProgram[];
  coaches: string[];
  partners: Map<string, string>;
  counts: Record<string, number>;
}

/** Outlets with zones, programs, staff, partners with agreements: created when their code is new. */
export async function seedReference(db: Db, org: string, now: string, year: number): Promise<Reference> {
  const counts: Record<string, number> = {};
  const outletInputs = demoOutlets();
  await db.transaction().execute(async (trx) => {
    const known = await existingKeys(
      trx,
      org,
      'outlets',
      'code',
      outletInputs.map((o) => o.code),
    );
    const fresh = outletInputs.filter((o) => !known.has(o.code)).map((o) => newOutlet(o, now));
    await insertWithEvents(
      trx,
      org,
      'outlets',
      fresh.map((o) => outletRow(org, o)),
      fresh.map((o) => ({ type: 'outlet.created', data: o })),
    );
    const zones = fresh.flatMap((o) => o.zones);
    if (zones.length)
      await trx
        .insertInto('zones')
        .values(zones.map((z) => zoneRow(org, z)))
        .execute();
    counts.outlets = fresh.length;
    counts.zones = zones.length;
  });
  const outletRows = await db
    .selectFrom('outlets')
    .select(['id', 'code', 'status'])
    .where('organization_id', '=', org)
    .where(
      'code',
      'in',
      outletInputs.map((o) => o.code),
    )
    .orderBy('code')
    .execute();
  const zoneRows = await db
    .selectFrom('zones')
    .select(['id', 'outlet_id', 'code'])
    .where('organization_id', '=', org)
    .where(
      'outlet_id',
      'in',
      outletRows.map((o) => o.id),
    )
    .execute();
  const outlets = outletRows.map((o) => ({
    id: o.id,
    code: o.code,
    active: o.status === 'active',
    zones: new Map(zoneRows.filter((z) => z.outlet_id === o.id).map((z) => [z.code, z.id])),
  }));

  const catalogue = demoPrograms();
  const staffInputs = demoStaff();
  const partnerInputs = demoPartners();
  await db.transaction().execute(async (trx) => {
    const knownPrograms = await existingKeys(
      trx,
      org,
      'programs',
      'code',
      catalogue.map((p) => p.input.code),
    );
    const programs = catalogue
      .filter((p) => !knownPrograms.has(p.input.code))
      .map((p) => newProgram(p.input, now));
    await insertWithEvents(
      trx,
      org,
      'programs',
      programs.map((p) => programRow(org, p)),
      programs.map((p) => ({ type: 'program.created', data: p })),
    );
    counts.programs = programs.length;

    const knownStaff = await existingKeys(
      trx,
      org,
      'staff',
      'external_id',
      staffInputs.map((s) => s.externalId),
    );
    const staff = staffInputs
      .filter((s) => !knownStaff.has(s.externalId))
      .map((s, i) =>
        newStaff({ ...s, outletIds: [outlets[i % outlets.length]?.id ?? ''].filter(Boolean) }, now),
      );
    await insertWithEvents(
      trx,
      org,
      'staff',
      staff.map((s) => staffRow(org, s)),
      staff.map((s) => ({ type: 'staff.created', data: s })),
    );
    counts.staff = staff.length;

    const knownPartners = await existingKeys(
      trx,
      org,
      'partners',
      'code',
      partnerInputs.map((p) => p.code),
    );
    const districtOf = {
      'DEMO-CLINIC-PD': 'SH-PD-',
      'DEMO-SCHOOL-XH': 'SH-XH-',
      'DEMO-SENIOR-JA': 'SH-JA-',
    } as Record<string, string>;
    const partners = partnerInputs
      .filter((p) => !knownPartners.has(p.code))
      .map((p) =>
        newPartner(
          {
            ...p,
            outletIds: outlets.filter((o) => o.code.startsWith(districtOf[p.code] ?? '-')).map((o) => o.id),
          },
          now,
        ),
      );
    await insertWithEvents(
      trx,
      org,
      'partners',
      partners.map((p) => partnerRow(org, p)),
      partners.map((p) => ({ type: 'partner.created', data: p })),
    );
    const agreements = partners.map((p) => newAgreement(p.id, agreementFor(p.code, year), now));
    await insertWithEvents(
      trx,
      org,
      'data_sharing_agreements',
      agreements.map((a) => agreementRow(org, a)),
      agreements.map((a) => ({ type: 'agreement.created', data: a })),
    );
    counts.partners = partners.length;
    counts.agreements = agreements.length;
  });

  const programIds = await existingKeys(
    db,
    org,
    'programs',
    'code',
    catalogue.map((p) => p.input.code),
  );
  const coachRows = await db
    .selectFrom('staff')
    .select('id')
    .where('organization_id', '=', org)
    .where(
      'external_id',
      'in',
      staffInputs.filter((s) => s.role === 'coach').map((s) => s.externalId),
    )
    .orderBy('external_id')
    .execute();
  return {
    outlets,
    programs: catalogue.map((p) => ({ ...p, id: programIds.get(p.input.code) ?? '' })),
    coaches: coachRows.map((c) => c.id),
    partners: await existingKeys(
      db,
      org,
      'partners',
      'code',
      partnerInputs.map((p) => p.code),
    ),
    counts,
  };
}

/** What each demo partner may receive (SPEC §3 DataSharingAgreement). */
function agreementFor(code: string, year: number): DataSharingAgreementCreate {
  const validFrom = `${year}-01-01`;
  if (code === 'DEMO-CLINIC-PD') {
    return {
      scopes: ['health:observations', 'participation:individual', 'referrals:import'],
      requiresConsent: true,
      pseudonymize: true,
      validFrom,
      validTo: `${year + 1}-12-31`,
    };
  }
  if (code === 'DEMO-SCHOOL-XH') {
    return {
      scopes: ['roster:import', 'participation:aggregate'],
      requiresConsent: true,
      pseudonymize: true,
      validFrom,
    };
  }
  return { scopes: ['participation:individual'], requiresConsent: true, pseudonymize: false, validFrom };
}
