import type { Outlet, Program, SportHub, Staff } from '@sporthub/sdk';
import { byCode } from './codes.js';

/*
 * The reference data a schedule row names by code (SPEC §6.2): outlets with their zones, programs and
 * staff, fetched once per import so resolving a row is a map lookup, never a request.
 */

export interface OutletRef {
  id: string;
  code: string;
  timezone: string;
  /** Zone code → id and capacity. */
  zones: Map<string, { id: string; capacity: number | null }>;
}

/** What resolving a coach cell gives: an id, or why not. */
export type CoachMatch = { id: string } | { error: 'unknown_coach' | 'ambiguous_coach' };

export class ScheduleReferences {
  readonly outlets = new Map<string, OutletRef>();
  readonly outletsById = new Map<string, OutletRef>();
  readonly programs = new Map<string, string>();
  readonly programCodes = new Map<string, string>();
  private readonly staffByExternalId = new Map<string, string>();
  /** Staff name → id, or null when several staff members share the name. */
  private readonly staffByName = new Map<string, string | null>();
  readonly staffExternalIds = new Map<string, string>();

  /** The organization the token acts for (GET /v1/me), when it was asked. */
  organizationId: string | undefined;

  constructor(outlets: readonly Outlet[], programs: readonly Program[], staff: readonly Staff[]) {
    for (const o of outlets) {
      const zones = new Map<string, { id: string; capacity: number | null }>();
      for (const z of o.zones ?? []) zones.set(z.code, { id: z.id, capacity: z.capacity ?? null });
      const ref = { id: o.id, code: o.code, timezone: o.timezone ?? 'Asia/Shanghai', zones };
      this.outlets.set(o.code, ref);
      this.outletsById.set(o.id, ref);
    }
    for (const p of programs) {
      this.programs.set(p.code, p.id);
      this.programCodes.set(p.id, p.code);
    }
    for (const s of staff) {
      this.staffByExternalId.set(s.externalId, s.id);
      this.staffExternalIds.set(s.id, s.externalId);
      this.staffByName.set(s.name, this.staffByName.has(s.name) ? null : s.id);
    }
  }

  /**
   * Staff externalId first; else an exact name that exactly one staff member has; else an externalId
   * in another case that names one staff member only (`c-0042` is `C-0042`).
   */
  coach(value: string): CoachMatch {
    const byKey = this.staffByExternalId.get(value);
    if (byKey) return { id: byKey };
    const byName = this.staffByName.get(value);
    if (byName === null) return { error: 'ambiguous_coach' };
    if (byName !== undefined) return { id: byName };
    const folded = byCode(this.staffByExternalId, value);
    return folded === undefined ? { error: 'unknown_coach' } : { id: folded };
  }
}

async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of pages) all.push(item);
  return all;
}

/** Fetches outlets (with zones), programs and staff once, in parallel. */
export async function fetchScheduleReferences(hub: SportHub): Promise<ScheduleReferences> {
  const [outlets, programs, staff, me] = await Promise.all([
    collect(hub.outlets.list({ limit: 500 })),
    collect(hub.programs.list({ limit: 500 })),
    collect(hub.staff.list({ limit: 500 })),
    hub.me(),
  ]);
  const refs = new ScheduleReferences(outlets, programs, staff);
  refs.organizationId = me.organization.id;
  return refs;
}
