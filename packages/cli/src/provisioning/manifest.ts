import type { ManifestOutlet, ManifestPartner, ManifestProgram, ManifestStaff } from '@sporthub/schemas';
import type { FieldPath, Location } from './source-map.js';

/** The kinds of record a manifest provisions, in the order `apply` writes them. */
export const RECORD_KINDS = ['partner', 'program', 'outlet', 'staff'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The manifest's top-level list of each kind. */
export const LIST_OF: Record<RecordKind, 'partners' | 'programs' | 'outlets' | 'staff'> = {
  partner: 'partners',
  program: 'programs',
  outlet: 'outlets',
  staff: 'staff',
};

export interface ManifestRecordOf {
  partner: ManifestPartner;
  program: ManifestProgram;
  outlet: ManifestOutlet;
  staff: ManifestStaff;
}

/** A record of the manifest with where it was written, for errors that name file and line. */
export interface SourcedRecord<K extends RecordKind = RecordKind> {
  kind: K;
  /** Natural key: `code`, or `externalId` for staff. */
  key: string;
  value: ManifestRecordOf[K];
  at: Location;
  /** Location of a field inside this record, e.g. `['outlets', 1]` of a staff member. */
  locate(path: FieldPath): Location;
}

/** All manifest files merged: every record once, by kind. */
export interface LoadedManifest {
  files: string[];
  records: { [K in RecordKind]: SourcedRecord<K>[] };
  /** Kinds some file lists (even as an empty list): `--prune` deletes only within these. */
  listed: Set<RecordKind>;
}

export function keyOf(kind: RecordKind, value: { code?: string; externalId?: string }): string {
  return (kind === 'staff' ? value.externalId : value.code) ?? '';
}
