import { Readable } from 'node:stream';
import { CSV_EOL, csvHeader, type ParticipationExportRow, toCsvLine } from '@sporthub/schemas';
import { sql } from 'kysely';
import type { Db } from '../../db/dialect.js';
import { HttpProblem } from '../../http/problem.js';
import { ExportLookups, sharableMembers } from './export-lookups.js';
import { withZoneOffset } from './local-time.js';
import { pseudonym, type ShareContext } from './partner-share.js';

/** Rows per keyset page: big enough to be fast, small enough that other requests interleave. */
export const EXPORT_PAGE_SIZE = 4000;

export interface ExportFilter {
  from?: string | undefined;
  to?: string | undefined;
  outletId?: string | undefined;
  district?: string | undefined;
  programId?: string | undefined;
  /** Only rows whose latest change is after this feed position. */
  afterWatermark?: number | undefined;
}

/**
 * The watermark of a snapshot is a change-feed position: the organization's highest committed event
 * `seq`. Every participation write stores its event's `seq` as `change_seq`; seqs are assigned under
 * the feed's per-organization lock, so every row with `change_seq ≤ W` had committed when W was read
 * and every later write gets a larger seq — even on PostgreSQL, where plain sequences commit out of
 * order. An export includes `afterWatermark < change_seq ≤ W`, so chained exports neither miss nor
 * repeat a change (a row changed during an export moves above W and comes with the next one).
 */
export async function currentWatermark(db: Db, org: string): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('organization_id', '=', org)
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}

/** Opaque to clients; zero-padded so it also sorts as text. */
export const formatWatermark = (seq: number) => String(seq).padStart(16, '0');

export function parseWatermark(value: string): number {
  if (!/^\d{1,16}$/.test(value)) {
    throw new HttpProblem(422, 'validation_failed', 'afterWatermark is not a watermark this server issued.', [
      {
        path: 'afterWatermark',
        code: 'invalid_watermark',
        message: 'pass a Sporthub-Watermark header value',
      },
    ]);
  }
  return Number(value);
}

interface PageRow {
  id: string;
  session_id: string;
  outlet_id: string;
  member_id: string;
  checked_in_at: string;
  duration_minutes: number | null;
  source: string;
}

/**
 * One keyset page of participation rows (a single-table query in primary-key order). The snapshot
 * bound is written `change_seq + 0 <= W` so the planner walks the primary key instead of ranging
 * over the change index and sorting (which would make every page cost the whole table); an
 * incremental export still ranges over the change index via `change_seq > afterWatermark`.
 */
async function readPage(
  db: Db,
  org: string,
  filter: ExportFilter,
  watermark: number,
  afterId: string | undefined,
): Promise<PageRow[]> {
  let query = db
    .selectFrom('participation as p')
    .select([
      'p.id',
      'p.session_id',
      'p.outlet_id',
      'p.member_id',
      'p.checked_in_at',
      'p.duration_minutes',
      'p.source',
    ])
    .where('p.organization_id', '=', org)
    .where(sql<number>`p.change_seq + 0`, '<=', watermark);
  if (filter.afterWatermark !== undefined) query = query.where('p.change_seq', '>', filter.afterWatermark);
  if (afterId !== undefined) query = query.where('p.id', '>', afterId);
  if (filter.from !== undefined) query = query.where('p.local_date', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('p.local_date', '<=', filter.to);
  if (filter.outletId !== undefined) query = query.where('p.outlet_id', '=', filter.outletId);
  if (filter.district !== undefined) {
    const district = filter.district;
    query = query.where('p.outlet_id', 'in', (eb) =>
      eb
        .selectFrom('outlets')
        .select('id')
        .where('organization_id', '=', org)
        .where('district', '=', district),
    );
  }
  if (filter.programId !== undefined) {
    const programId = filter.programId;
    query = query.where('p.session_id', 'in', (eb) =>
      eb
        .selectFrom('sessions')
        .select('id')
        .where('organization_id', '=', org)
        .where('program_id', '=', programId),
    );
  }
  return (await query.orderBy('p.id').limit(EXPORT_PAGE_SIZE).execute()) as PageRow[];
}

/** Which nullable columns a partner's agreement covers (all without a partner). */
interface Coverage {
  sessionExternalId: boolean;
  ageGroup: boolean;
  durationMinutes: boolean;
}

function coverageOf(share: ShareContext | undefined): Coverage {
  const covered = (column: string) => !share?.fields || share.fields.has(column);
  return {
    sessionExternalId: covered('session_external_id'),
    ageGroup: covered('age_group'),
    durationMinutes: covered('duration_minutes'),
  };
}

function toExportRow(
  row: PageRow,
  lookups: ExportLookups,
  share: ShareContext | undefined,
  coverage: Coverage,
): ParticipationExportRow {
  const session = lookups.sessions.get(row.session_id);
  const outlet = lookups.outlets.get(row.outlet_id);
  const programCode = session ? lookups.programs.get(session.programId) : undefined;
  const ageGroup = coverage.ageGroup ? (lookups.members.get(row.member_id)?.ageGroup ?? null) : null;
  return {
    participation_id: row.id,
    session_id: row.session_id,
    session_external_id: coverage.sessionExternalId ? (session?.externalId ?? null) : null,
    outlet_code: outlet?.code ?? '',
    program_code: programCode ?? '',
    member_ref: share?.pseudonymize ? pseudonym(share.secret, share.partnerId, row.member_id) : row.member_id,
    age_group: ageGroup as ParticipationExportRow['age_group'],
    checked_in_at: withZoneOffset(row.checked_in_at, outlet?.timezone ?? 'Asia/Shanghai'),
    duration_minutes:
      coverage.durationMinutes && row.duration_minutes !== null ? Number(row.duration_minutes) : null,
    source: row.source as ParticipationExportRow['source'],
  };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface ExportRun {
  db: Db;
  org: string;
  filter: ExportFilter;
  watermark: number;
  format: 'ndjson' | 'csv';
  share?: ShareContext | undefined;
}

/**
 * The export as a byte stream with backpressure: `Readable.from` pulls the next page only when the
 * socket has drained the previous one, so memory holds one page whatever the size of the export, and
 * the event loop is yielded between pages (better-sqlite3 runs queries synchronously).
 */
export function exportStream(run: ExportRun): Readable {
  async function* chunks(): AsyncGenerator<string> {
    const csv = run.format === 'csv';
    if (csv) yield csvHeader() + CSV_EOL;
    const lookups = new ExportLookups(run.db, run.org);
    const coverage = coverageOf(run.share);
    let count = 0;
    let afterId: string | undefined;
    for (;;) {
      const page = await readPage(run.db, run.org, run.filter, run.watermark, afterId);
      if (page.length === 0) break;
      await lookups.load(page);
      const allowed = run.share
        ? await sharableMembers(
            run.db,
            run.org,
            run.share,
            lookups,
            page.map((r) => r.member_id),
          )
        : undefined;
      const rows = allowed ? page.filter((r) => allowed.has(r.member_id)) : page;
      let text = '';
      for (const row of rows) {
        const out = toExportRow(row, lookups, run.share, coverage);
        text += csv ? toCsvLine(out) + CSV_EOL : `${JSON.stringify(out)}\n`;
      }
      count += rows.length;
      if (text !== '') yield text;
      if (page.length < EXPORT_PAGE_SIZE) break;
      afterId = page[page.length - 1]?.id;
      await nextTurn();
    }
    if (!csv) yield `${JSON.stringify({ _trailer: { count, watermark: formatWatermark(run.watermark) } })}\n`;
  }
  return Readable.from(chunks(), { objectMode: false });
}
