import { createHash } from 'node:crypto';
import { type ParticipationExportRow, toCsvLine } from '@sporthub/schemas';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Db } from '../../src/db/dialect.js';

/** A stored UTC timestamp shown with a fixed offset (the zones used in these tests have no DST). */
function shown(iso: string, timezone: string): string {
  const hours = timezone === 'Asia/Shanghai' ? 8 : 0;
  const ms = Date.parse(iso);
  const local = new Date(ms + hours * 3_600_000).toISOString();
  const base = ms % 1000 === 0 ? local.slice(0, 19) : local.slice(0, 23);
  return `${base}+${String(hours).padStart(2, '0')}:00`;
}

/** The export rows the database holds, computed independently of the export code. */
export async function expectedRows(db: Db, org: string): Promise<ParticipationExportRow[]> {
  const rows = await db
    .selectFrom('participation as p')
    .innerJoin('sessions as s', (j) =>
      j.onRef('s.organization_id', '=', 'p.organization_id').onRef('s.id', '=', 'p.session_id'),
    )
    .innerJoin('outlets as o', (j) =>
      j.onRef('o.organization_id', '=', 'p.organization_id').onRef('o.id', '=', 'p.outlet_id'),
    )
    .innerJoin('programs as g', (j) =>
      j.onRef('g.organization_id', '=', 'p.organization_id').onRef('g.id', '=', 's.program_id'),
    )
    .innerJoin('members as m', (j) =>
      j.onRef('m.organization_id', '=', 'p.organization_id').onRef('m.id', '=', 'p.member_id'),
    )
    .select([
      'p.id',
      'p.session_id',
      's.external_id',
      'o.code as outlet_code',
      'o.timezone',
      'g.code as program_code',
      'p.member_id',
      'm.age_group',
      'p.checked_in_at',
      'p.duration_minutes',
      'p.source',
    ])
    .where('p.organization_id', '=', org)
    .execute();
  return rows.map((r) => ({
    participation_id: r.id,
    session_id: r.session_id,
    session_external_id: r.external_id,
    outlet_code: r.outlet_code,
    program_code: r.program_code,
    member_ref: r.member_id,
    age_group: r.age_group as ParticipationExportRow['age_group'],
    checked_in_at: shown(r.checked_in_at, r.timezone),
    duration_minutes: r.duration_minutes === null ? null : Number(r.duration_minutes),
    source: r.source as ParticipationExportRow['source'],
  }));
}

/** Count and sha256 of the sorted lines: equal digests mean the same rows, row for row. */
export function digest(lines: string[]): { count: number; sha256: string } {
  const sorted = [...lines].sort();
  return { count: lines.length, sha256: createHash('sha256').update(sorted.join('\n')).digest('hex') };
}

export const ndjsonLines = (rows: ParticipationExportRow[]) => rows.map((r) => JSON.stringify(r));
export const csvLines = (rows: ParticipationExportRow[]) => rows.map(toCsvLine);

export interface NdjsonExport {
  status: number;
  watermark: string;
  rows: ParticipationExportRow[];
  lines: string[];
  trailer: { count: number; watermark: string };
  raw: string;
}

/** GET the NDJSON export and split it into rows and the trailer. */
export async function exportNdjson(app: FastifyInstance, token: string, query = ''): Promise<NdjsonExport> {
  const res = await app.inject({
    method: 'GET',
    url: `/v1/participation:export?format=ndjson${query}`,
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
  expect(res.body.endsWith('\n')).toBe(true);
  const lines = res.body.slice(0, -1).split('\n');
  const trailerLine = lines.pop() ?? '';
  const trailer = JSON.parse(trailerLine)._trailer;
  return {
    status: res.statusCode,
    watermark: String(res.headers['sporthub-watermark']),
    rows: lines.map((line) => JSON.parse(line)),
    lines,
    trailer,
    raw: res.body,
  };
}
