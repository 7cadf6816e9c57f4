/**
 * Field-level diff between what a manifest asks for and what the server holds, in "comparison space":
 * both sides use the manifest's field names and codes (`outlets`/`partners` hold codes, not ids).
 * Only fields the manifest states are compared — a field left out means "leave it as it is".
 */

/** One field that `apply` changes. `field` is dotted (`zones.EXP.capacity`). */
export interface FieldChange {
  field: string;
  op: 'add' | 'change' | 'remove';
  before?: unknown;
  after?: unknown;
}

export type Fields = Record<string, unknown>;

/** Lists the server keeps as sets: order is not a change. */
const SET_FIELDS = new Set(['ageGroups', 'services', 'certifications', 'outlets', 'partners']);

interface ZoneFields {
  code: string;
  name: string;
  kind: string;
  capacity: number | null;
}

/** JSON with object keys sorted, so equal values give equal strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

function normalize(field: string, value: unknown): unknown {
  if (SET_FIELDS.has(field) && Array.isArray(value)) return [...value].map(String).sort();
  return value ?? null;
}

function zonesOf(value: unknown): Map<string, ZoneFields> {
  const zones = Array.isArray(value) ? (value as Array<Partial<ZoneFields>>) : [];
  return new Map(
    zones.map((z) => [
      z.code ?? '',
      { code: z.code ?? '', name: z.name ?? '', kind: z.kind ?? '', capacity: z.capacity ?? null },
    ]),
  );
}

/** Zones are matched by code: a zone added, removed, or changed field by field. */
export function diffZones(desired: unknown, current: unknown): FieldChange[] {
  const want = zonesOf(desired);
  const have = zonesOf(current);
  const changes: FieldChange[] = [];
  for (const [code, zone] of want) {
    const existing = have.get(code);
    const { code: _code, ...fields } = zone;
    if (!existing) {
      changes.push({ field: `zones.${code}`, op: 'add', after: fields });
      continue;
    }
    for (const name of ['name', 'kind', 'capacity'] as const) {
      if (existing[name] !== zone[name]) {
        changes.push({
          field: `zones.${code}.${name}`,
          op: 'change',
          before: existing[name],
          after: zone[name],
        });
      }
    }
  }
  for (const [code, zone] of have) {
    if (!want.has(code)) {
      const { code: _code, ...fields } = zone;
      changes.push({ field: `zones.${code}`, op: 'remove', before: fields });
    }
  }
  return changes;
}

/**
 * The changes that turn `current` into `desired` for the fields `desired` states. With no `current`
 * (a record to create) every stated field is an addition.
 */
export function diffFields(desired: Fields, current: Fields | undefined): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, value] of Object.entries(desired)) {
    if (value === undefined) continue;
    if (field === 'zones') {
      changes.push(...diffZones(value, current?.zones));
      continue;
    }
    if (!current) {
      changes.push({ field, op: 'add', after: value });
      continue;
    }
    const before = current[field];
    if (canonicalJson(normalize(field, value)) !== canonicalJson(normalize(field, before))) {
      changes.push({ field, op: 'change', before: before ?? null, after: value });
    }
  }
  return changes;
}

/** The top-level fields a change list touches (`zones.EXP.capacity` → `zones`): what an update sends. */
export function touchedFields(changes: readonly FieldChange[]): string[] {
  return [...new Set(changes.map((c) => c.field.split('.')[0] ?? c.field))];
}
