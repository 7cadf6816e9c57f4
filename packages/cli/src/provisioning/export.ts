import type { Manifest } from '@sporthub/schemas';
import { MANIFEST_API_VERSION, MANIFEST_SCHEMA_ID } from '@sporthub/schemas';
import { codeNames } from './plan.js';
import type { RemoteState } from './remote.js';

/** Drops null and undefined fields: in a manifest, a missing field means "leave as it is". */
function compact<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}

/**
 * The server's outlets (with zones), programs and staff as a manifest (SPEC §6.1), references as codes,
 * plus the partners the outlets point at. `plan` of this manifest against the same server reports every
 * record unchanged. Staff phone numbers (personal data) are not part of a manifest and are left out.
 */
export function exportManifest(remote: RemoteState): Manifest {
  const names = codeNames(remote);
  const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const referenced = new Set(remote.outlet.flatMap((o) => o.partnerIds));
  const partners = remote.partner
    .filter((p) => referenced.has(p.id))
    .sort(byCode)
    .map((p) => ({ code: p.code, kind: p.kind, name: p.name }));
  const manifest: Manifest = {
    apiVersion: MANIFEST_API_VERSION,
    programs: [...remote.program].sort(byCode).map((p) =>
      compact({
        code: p.code,
        title: p.title,
        kind: p.kind,
        category: p.category,
        ageGroups: p.ageGroups,
        intensity: p.intensity,
        theme: p.theme,
        description: p.description,
        defaultDurationMinutes: p.defaultDurationMinutes,
      }),
    ),
    staff: [...remote.staff]
      .sort((a, b) => (a.externalId < b.externalId ? -1 : a.externalId > b.externalId ? 1 : 0))
      .map((s) => ({
        externalId: s.externalId,
        name: s.name,
        role: s.role,
        certifications: s.certifications,
        outlets: s.outletIds.map((id) => names.outlet.get(id) ?? id),
      })),
    outlets: [...remote.outlet].sort(byCode).map((o) =>
      compact({
        code: o.code,
        name: o.name,
        status: o.status,
        timezone: o.timezone,
        address: o.address,
        geo: o.geo,
        services: o.services,
        openingHours: o.openingHours,
        zones: o.zones.map((z) =>
          compact({ code: z.code, name: z.name, kind: z.kind, capacity: z.capacity }),
        ),
        partners: o.partnerIds.length > 0 ? o.partnerIds.map((id) => names.partner.get(id) ?? id) : undefined,
      }),
    ),
  };
  if (partners.length > 0) manifest.partners = partners;
  return manifest;
}

/** The manifest as YAML, with the schema hint editors (yaml-language-server) use for completion. */
export async function manifestYaml(manifest: Manifest): Promise<string> {
  const { stringify } = await import('yaml');
  const header = `# yaml-language-server: $schema=${MANIFEST_SCHEMA_ID}\n# Exported by \`sporthub outlets export\`; apply with \`sporthub plan -f FILE\` / \`sporthub apply -f FILE\`.\n`;
  return header + stringify(manifest, { lineWidth: 0 });
}
