import { diffFields, type Fields, touchedFields } from './diff.js';
import type { ManifestProblem } from './errors.js';
import { type LoadedManifest, RECORD_KINDS, type RecordKind, type SourcedRecord } from './manifest.js';
import type { PlanRecord } from './plan-document.js';
import { type RemoteRecordOf, type RemoteState, remoteKeyOf } from './remote.js';
import { formatLocation } from './source-map.js';

/** `--prune` deletes these kinds only (partners carry agreements and are never pruned). */
export const PRUNABLE: ReadonlySet<RecordKind> = new Set(['program', 'outlet', 'staff']);

/** id → code of outlets and partners, to compare references in code space. */
export interface CodeNames {
  outlet: Map<string, string>;
  partner: Map<string, string>;
}

export function codeNames(remote: RemoteState): CodeNames {
  return {
    outlet: new Map(remote.outlet.map((o) => [o.id, o.code])),
    partner: new Map(remote.partner.map((p) => [p.id, p.code])),
  };
}

/** A server record in comparison space: the manifest's field names, references as codes. */
export function currentFields(
  kind: RecordKind,
  record: RemoteRecordOf[RecordKind],
  names: CodeNames,
): Fields {
  switch (kind) {
    case 'partner': {
      const p = record as RemoteRecordOf['partner'];
      return { kind: p.kind, name: p.name };
    }
    case 'program': {
      const {
        id: _i,
        code: _c,
        createdAt: _a,
        updatedAt: _u,
        revision: _r,
        ...fields
      } = record as RemoteRecordOf['program'];
      return fields;
    }
    case 'outlet': {
      const o = record as RemoteRecordOf['outlet'];
      return {
        name: o.name,
        status: o.status,
        timezone: o.timezone,
        address: o.address,
        geo: o.geo,
        services: o.services,
        openingHours: o.openingHours,
        zones: o.zones.map((z) => ({ code: z.code, name: z.name, kind: z.kind, capacity: z.capacity })),
        partners: o.partnerIds.map((id) => names.partner.get(id) ?? id),
      };
    }
    case 'staff': {
      const s = record as RemoteRecordOf['staff'];
      return {
        name: s.name,
        role: s.role,
        certifications: s.certifications,
        outlets: s.outletIds.map((id) => names.outlet.get(id) ?? id),
      };
    }
  }
}

/** A manifest record in comparison space: every field it states, minus its key. */
export function desiredFields(record: SourcedRecord): Fields {
  const {
    code: _c,
    externalId: _e,
    ...fields
  } = record.value as Fields & { code?: string; externalId?: string };
  return fields;
}

/**
 * Codes that name no record — neither in the manifest nor on the server — and records that a `--prune`
 * would delete while another record still points at them. Each problem names the file and line.
 */
export function checkReferences(
  manifest: LoadedManifest,
  remote: RemoteState,
  prune: boolean,
): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const check = (from: SourcedRecord, field: 'outlets' | 'partners', target: 'outlet' | 'partner') => {
    const inManifest = new Set(manifest.records[target].map((r) => r.key));
    const onServer = new Set(remote[target].map((r) => remoteKeyOf(target, r)));
    const pruned = prune && PRUNABLE.has(target) && manifest.listed.has(target);
    const codes = (from.value as Record<string, unknown>)[field] as string[] | undefined;
    codes?.forEach((code, index) => {
      if (inManifest.has(code)) return;
      const at = from.locate([field, index]);
      if (!onServer.has(code)) {
        problems.push({
          at,
          message: `${from.kind} ${from.key}: ${field}[${index}]: no ${target} with code ${code} in the manifest or on the server`,
        });
      } else if (pruned) {
        problems.push({
          at,
          message: `${from.kind} ${from.key}: ${field}[${index}]: ${target} ${code} is not in the manifest, so --prune would delete it`,
        });
      }
    });
  };
  for (const staff of manifest.records.staff) check(staff, 'outlets', 'outlet');
  for (const outlet of manifest.records.outlet) check(outlet, 'partners', 'partner');
  return problems;
}

/**
 * The plan's records: for every manifest record create / update (the fields that change) / unchanged,
 * then, with `prune`, a delete for every server record of a listed kind the manifest does not name.
 */
export function planRecords(manifest: LoadedManifest, remote: RemoteState, prune: boolean): PlanRecord[] {
  const names = codeNames(remote);
  const records: PlanRecord[] = [];
  for (const kind of RECORD_KINDS) {
    const existing = new Map(remote[kind].map((r) => [remoteKeyOf(kind, r), r]));
    for (const record of manifest.records[kind] as SourcedRecord[]) {
      const current = existing.get(record.key);
      const desired = desiredFields(record);
      const source = formatLocation(record.at);
      if (!current) {
        records.push({
          kind,
          key: record.key,
          action: 'create',
          source,
          id: null,
          revision: null,
          changes: diffFields(desired, undefined),
          body: record.value as Record<string, unknown>,
        });
        continue;
      }
      const changes = diffFields(desired, currentFields(kind, current, names));
      const base = { kind, key: record.key, source, id: current.id, revision: current.revision, changes };
      if (changes.length === 0) {
        records.push({ ...base, action: 'unchanged' });
      } else {
        const body = Object.fromEntries(touchedFields(changes).map((f) => [f, desired[f]]));
        records.push({ ...base, action: 'update', body });
      }
    }
  }
  if (prune) records.push(...pruneRecords(manifest, remote));
  return records;
}

function pruneRecords(manifest: LoadedManifest, remote: RemoteState): PlanRecord[] {
  const deletes: PlanRecord[] = [];
  // Reverse order: staff point at outlets, so they go first.
  for (const kind of [...RECORD_KINDS].reverse()) {
    if (!PRUNABLE.has(kind) || !manifest.listed.has(kind)) continue;
    const wanted = new Set(manifest.records[kind].map((r) => r.key));
    for (const record of remote[kind]) {
      const key = remoteKeyOf(kind, record);
      if (wanted.has(key)) continue;
      deletes.push({
        kind,
        key,
        action: 'delete',
        source: null,
        id: record.id,
        revision: record.revision,
        changes: [],
      });
    }
  }
  return deletes;
}

/** The kinds `plan` must read: those the manifest lists, plus the targets of its references. */
export function kindsToFetch(manifest: LoadedManifest): Set<RecordKind> {
  const kinds = new Set<RecordKind>(manifest.listed);
  if (manifest.records.staff.some((s) => s.value.outlets !== undefined)) kinds.add('outlet');
  if (manifest.records.outlet.some((o) => o.value.partners !== undefined)) kinds.add('partner');
  return kinds;
}
