import type { Db } from '../../db/dialect.js';
import { chunkRows } from '../../db/insert-many.js';
import { consentVerdicts } from './consent-verdicts.js';
import type { ShareContext } from './partner-share.js';

export interface SessionInfo {
  externalId: string | null;
  programId: string;
}
export interface OutletInfo {
  code: string;
  timezone: string;
}
export interface MemberInfo {
  ageGroup: string | null;
  birthYear: number | null;
  erased: boolean;
}

// Caches are bounded so memory stays flat however many sessions and members an export touches.
const CACHE_LIMIT = 50_000;

/**
 * The sessions, outlets, programs and members an export page refers to, read by primary key for the
 * ids of the page (and cached across pages). A page query joining four tables depends on the
 * planner's statistics (right after a bulk load PostgreSQL nested-loops the whole table); lookups by
 * id do not.
 */
export class ExportLookups {
  readonly sessions = new Map<string, SessionInfo>();
  readonly outlets = new Map<string, OutletInfo>();
  readonly programs = new Map<string, string>();
  readonly members = new Map<string, MemberInfo>();

  constructor(
    private readonly db: Db,
    private readonly org: string,
  ) {}

  async load(rows: readonly { session_id: string; outlet_id: string; member_id: string }[]): Promise<void> {
    const { db, org } = this;
    // Emptied between pages, never during one: a page's rows must all find their entries.
    for (const cache of [this.sessions, this.outlets, this.programs, this.members]) {
      if (cache.size > CACHE_LIMIT) cache.clear();
    }
    for (const chunk of missing(
      this.sessions,
      rows.map((r) => r.session_id),
    )) {
      const found = await db
        .selectFrom('sessions')
        .select(['id', 'external_id', 'program_id'])
        .where('organization_id', '=', org)
        .where('id', 'in', chunk)
        .execute();
      for (const s of found) this.sessions.set(s.id, { externalId: s.external_id, programId: s.program_id });
    }
    for (const chunk of missing(
      this.outlets,
      rows.map((r) => r.outlet_id),
    )) {
      const found = await db
        .selectFrom('outlets')
        .select(['id', 'code', 'timezone'])
        .where('organization_id', '=', org)
        .where('id', 'in', chunk)
        .execute();
      for (const o of found) this.outlets.set(o.id, { code: o.code, timezone: o.timezone });
    }
    const programIds = rows.flatMap((r) => {
      const programId = this.sessions.get(r.session_id)?.programId;
      return programId === undefined ? [] : [programId];
    });
    for (const chunk of missing(this.programs, programIds)) {
      const found = await db
        .selectFrom('programs')
        .select(['id', 'code'])
        .where('organization_id', '=', org)
        .where('id', 'in', chunk)
        .execute();
      for (const g of found) this.programs.set(g.id, g.code);
    }
    for (const chunk of missing(
      this.members,
      rows.map((r) => r.member_id),
    )) {
      const found = await db
        .selectFrom('members')
        .select(['id', 'age_group', 'birth_year', 'erased_at'])
        .where('organization_id', '=', org)
        .where('id', 'in', chunk)
        .execute();
      for (const m of found) {
        const birthYear = m.birth_year === null ? null : Number(m.birth_year);
        this.members.set(m.id, { ageGroup: m.age_group, birthYear, erased: m.erased_at !== null });
      }
    }
  }
}

/** Ids not yet cached, deduplicated, in chunks small enough for one `in (…)`. */
function missing(cache: Map<string, unknown>, ids: readonly string[]): string[][] {
  const wanted = [...new Set(ids)].filter((id) => !cache.has(id));
  return chunkRows(wanted.map((id) => ({ id }))).map((chunk) => chunk.map((c) => c.id));
}

/**
 * Members of these ids whose data may go to the partner (SPEC §6.7), as consent stood at the export's
 * start (see `consentVerdicts`).
 */
export async function sharableMembers(
  db: Db,
  org: string,
  share: ShareContext,
  lookups: ExportLookups,
  memberIds: readonly string[],
): Promise<Set<string>> {
  const verdicts = await consentVerdicts(db, org, share, lookups.members, memberIds);
  const allowed = new Set<string>();
  for (const [id, verdict] of verdicts) if (verdict === 'ok') allowed.add(id);
  return allowed;
}
