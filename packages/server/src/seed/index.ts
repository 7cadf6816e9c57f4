import { sql } from 'kysely';
import { type Db, isPostgres } from '../db/dialect.js';
import { createOrganization, findOrganization, listOrganizations } from '../tenancy/organizations.js';
import { nowIso } from '../time.js';
import { seedFeedback, seedMeasurements, seedParticipation } from './activity.js';
import { demoQuarter } from './dates.js';
import { memberCountFor, seedMembers } from './people.js';
import { MemberPools } from './pools.js';
import { seedReference } from './reference.js';
import { seedSessions, sessionsPerDayFor } from './schedule.js';

export interface SeedOptions {
  /** Organization id or exact name; default the first organization (one is created when there is none). */
  org?: string | undefined;
  /** Participation records to aim for (default 5,000). */
  scale?: number | undefined;
  /** "Today" for the demo calendar (tests pin it); default the clock. */
  now?: Date | undefined;
}

/** What one run added: zero everywhere on a re-run. */
export interface SeedSummary {
  organizationId: string;
  created: Record<string, number>;
  ms: number;
}

export const DEFAULT_SCALE = 5_000;

/**
 * Fills an organization with realistic bilingual demo data (SPEC §1.1 `seed --demo`). Deterministic
 * (seeded PRNGs, a calendar anchored on the current week) and idempotent: everything is matched on
 * its natural key (codes, `DEMO-…` external ids) and only what is missing is written, so a second run
 * adds nothing. Children (zones, bookings, consents, measurements, feedback, agreements) are created
 * together with their new parent only.
 */
export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = Date.now();
  const scale = options.scale ?? DEFAULT_SCALE;
  const clock = options.now ?? new Date();
  const now = options.now ? clock.toISOString() : nowIso();
  const org = await resolveOrganization(db, options.org);
  // A bigger page cache for this connection: the bulk tables' indexes outgrow SQLite's 2 MB default.
  if (!isPostgres(db)) await sql`pragma cache_size = -131072`.execute(db);
  const quarter = demoQuarter(clock.getTime());
  const year = Number(quarter.today.slice(0, 4));

  const ref = await seedReference(db, org, now, year);
  const people = await seedMembers(db, org, ref, memberCountFor(scale), now, year);
  const pools = new MemberPools(people.members);
  const activeOutlets = ref.outlets.filter((o) => o.active);
  const schedule = await seedSessions(
    db,
    org,
    ref,
    pools,
    quarter,
    sessionsPerDayFor(scale, activeOutlets.length),
    now,
  );
  const participation = await seedParticipation(db, org, schedule.sessions, pools, scale, now);
  const measurements = await seedMeasurements(
    db,
    org,
    people.members,
    activeOutlets.map((o) => o.id),
    quarter,
    now,
  );
  const feedback = await seedFeedback(db, org, schedule.sessions, pools, now);
  return {
    organizationId: org,
    created: {
      ...ref.counts,
      members: people.created,
      consents: people.consents,
      groups: people.groups,
      enrollments: people.enrollments,
      sessions: schedule.created,
      bookings: schedule.bookings,
      participation: participation.created,
      healthMeasurements: measurements,
      feedback,
    },
    ms: Date.now() - started,
  };
}

async function resolveOrganization(db: Db, idOrName: string | undefined): Promise<string> {
  if (idOrName !== undefined) {
    const found = await findOrganization(db, idOrName);
    if (!found) throw new Error(`no organization ${idOrName}`);
    return found.id;
  }
  const [first] = await listOrganizations(db);
  return (
    first?.id ?? (await createOrganization(db, '上海市民健身示范机构 (Demo) / Shanghai Demo Sports Body')).id
  );
}

/** The one-line summary `seed` prints to stderr. */
export function describeSeed(summary: SeedSummary): string {
  const parts = Object.entries(summary.created).map(([what, n]) => `${n} ${what}`);
  return `seeded ${summary.organizationId} in ${(summary.ms / 1000).toFixed(1)}s: ${parts.join(', ')}`;
}
