import {
  type HealthIndexAgeGroupRate,
  type HealthIndexMeasurementTrend,
  type HealthIndexPeriod,
  type HealthIndexSatisfaction,
  HealthMeasurementTypeSchema,
  MEASUREMENT_UNITS,
} from '@sporthub/schemas';
import { sql } from 'kysely';
import type { Db } from '../../db/dialect.js';
import { nextDate, startOfLocalDay } from '../participation/local-time.js';

/** Cells counting fewer people than this are suppressed (SPEC §6.7). */
export const SUPPRESSION_THRESHOLD = 5;

const AGE_GROUPS = ['child', 'youth', 'adult', 'senior', 'unknown'] as const;

const round = (value: number, digits: number) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** Where a report looks: outlets and the half-open UTC range of a period's local days. */
export interface ReportWindow {
  outletIds: string[];
  start: string;
  end: string;
}

export function windowOf(outletIds: string[], period: HealthIndexPeriod, timezone: string): ReportWindow {
  return {
    outletIds,
    start: startOfLocalDay(period.from, timezone),
    end: startOfLocalDay(nextDate(period.to), timezone),
  };
}

interface MemberCount {
  ageGroup: (typeof AGE_GROUPS)[number];
  checkIns: number;
}

/** Check-ins per active member of the window, with the member's age group. */
async function memberCounts(db: Db, org: string, w: ReportWindow): Promise<MemberCount[]> {
  if (w.outletIds.length === 0) return [];
  const rows = await db
    .selectFrom('participation as p')
    .leftJoin('members as m', (j) =>
      j.onRef('m.organization_id', '=', 'p.organization_id').onRef('m.id', '=', 'p.member_id'),
    )
    .select(['p.member_id', 'm.age_group', (eb) => eb.fn.countAll<number>().as('n')])
    .where('p.organization_id', '=', org)
    .where('p.outlet_id', 'in', w.outletIds)
    .where('p.checked_in_at', '>=', w.start)
    .where('p.checked_in_at', '<', w.end)
    .groupBy(['p.member_id', 'm.age_group'])
    .execute();
  return rows.map((r) => ({
    ageGroup: (AGE_GROUPS as readonly string[]).includes(r.age_group ?? '')
      ? (r.age_group as MemberCount['ageGroup'])
      : 'unknown',
    checkIns: Number(r.n),
  }));
}

export interface Totals {
  activeMembers: number;
  participations: number;
  repeatRate: number | null;
}

function totalsOf(counts: MemberCount[]): Totals {
  const activeMembers = counts.length;
  const participations = counts.reduce((sum, c) => sum + c.checkIns, 0);
  const repeaters = counts.filter((c) => c.checkIns >= 2).length;
  const repeatRate = activeMembers >= SUPPRESSION_THRESHOLD ? round(repeaters / activeMembers, 2) : null;
  return { activeMembers, participations, repeatRate };
}

/**
 * One cell per age group. Cells of 1–4 people are suppressed; when exactly one is, the next smallest
 * non-empty cell is suppressed too, so the hidden one cannot be recovered from the totals. Empty cells
 * reveal nobody and stay visible (rate null).
 */
function ageGroupCells(counts: MemberCount[]): HealthIndexAgeGroupRate[] {
  const cells = AGE_GROUPS.map((ageGroup) => {
    const mine = counts.filter((c) => c.ageGroup === ageGroup);
    return { ageGroup, activeMembers: mine.length, participations: mine.reduce((s, c) => s + c.checkIns, 0) };
  });
  const hidden = new Set(
    cells
      .filter((c) => c.activeMembers > 0 && c.activeMembers < SUPPRESSION_THRESHOLD)
      .map((c) => c.ageGroup),
  );
  if (hidden.size === 1) {
    const next = cells
      .filter((c) => c.activeMembers > 0 && !hidden.has(c.ageGroup))
      .sort((a, b) => a.activeMembers - b.activeMembers)[0];
    if (next) hidden.add(next.ageGroup);
  }
  return cells.map((c) =>
    hidden.has(c.ageGroup)
      ? { ageGroup: c.ageGroup, activeMembers: null, participations: null, rate: null, suppressed: true }
      : {
          ...c,
          rate: c.activeMembers > 0 ? round(c.participations / c.activeMembers, 2) : null,
          suppressed: false,
        },
  );
}

async function satisfactionOf(db: Db, org: string, w: ReportWindow): Promise<HealthIndexSatisfaction> {
  if (w.outletIds.length === 0) return { responses: 0, averageRating: null, npsResponses: 0, nps: null };
  const row = await db
    .selectFrom('feedback')
    .select([
      sql<number>`count(*)`.as('responses'),
      sql<number>`sum(rating)`.as('ratings'),
      sql<number>`count(nps)`.as('nps_responses'),
      sql<number>`sum(case when nps >= 9 then 1 else 0 end)`.as('promoters'),
      sql<number>`sum(case when nps <= 6 then 1 else 0 end)`.as('detractors'),
    ])
    .where('organization_id', '=', org)
    .where('outlet_id', 'in', w.outletIds)
    .where('created_at', '>=', w.start)
    .where('created_at', '<', w.end)
    .executeTakeFirst();
  const responses = Number(row?.responses ?? 0);
  const npsResponses = Number(row?.nps_responses ?? 0);
  return {
    responses,
    averageRating: responses >= SUPPRESSION_THRESHOLD ? round(Number(row?.ratings) / responses, 2) : null,
    npsResponses,
    nps:
      npsResponses >= SUPPRESSION_THRESHOLD
        ? round(((Number(row?.promoters) - Number(row?.detractors)) / npsResponses) * 100, 1)
        : null,
  };
}

type Series = { type: string; component: 'systolic' | 'diastolic' | null };

/** Per type (and blood pressure component): the mean first and last value of members measured twice or more. */
async function trendsOf(db: Db, org: string, w: ReportWindow): Promise<HealthIndexMeasurementTrend[]> {
  if (w.outletIds.length === 0) return [];
  const rows = await db
    .selectFrom('health_measurements')
    .select(['member_id', 'type', 'value'])
    .where('organization_id', '=', org)
    .where('outlet_id', 'in', w.outletIds)
    .where('measured_at', '>=', w.start)
    .where('measured_at', '<', w.end)
    .orderBy('measured_at')
    .orderBy('id')
    .execute();
  // series key → member → [first, last, count]
  const series = new Map<string, Map<string, [number, number, number]>>();
  const add = (key: string, member: string, value: number) => {
    const byMember = series.get(key) ?? new Map<string, [number, number, number]>();
    series.set(key, byMember);
    const seen = byMember.get(member);
    byMember.set(member, seen ? [seen[0], value, seen[2] + 1] : [value, value, 1]);
  };
  for (const row of rows) {
    const value: unknown = JSON.parse(row.value);
    if (typeof value === 'number') add(`${row.type}|`, row.member_id, value);
    else if (value && typeof value === 'object') {
      const bp = value as { systolic: number; diastolic: number };
      add(`${row.type}|systolic`, row.member_id, bp.systolic);
      add(`${row.type}|diastolic`, row.member_id, bp.diastolic);
    }
  }
  const order: Series[] = HealthMeasurementTypeSchema.options.flatMap((type): Series[] =>
    type === 'blood_pressure'
      ? [
          { type, component: 'systolic' },
          { type, component: 'diastolic' },
        ]
      : [{ type, component: null }],
  );
  return order.flatMap(({ type, component }): HealthIndexMeasurementTrend[] => {
    const byMember = series.get(`${type}|${component ?? ''}`);
    if (!byMember) return [];
    const base = {
      type: type as HealthIndexMeasurementTrend['type'],
      component,
      unit: MEASUREMENT_UNITS[type as keyof typeof MEASUREMENT_UNITS],
    };
    const twice = [...byMember.values()].filter(([, , n]) => n >= 2);
    if (twice.length < SUPPRESSION_THRESHOLD) {
      return [
        { ...base, members: null, averageStart: null, averageEnd: null, change: null, suppressed: true },
      ];
    }
    const start = twice.reduce((s, [first]) => s + first, 0) / twice.length;
    const end = twice.reduce((s, [, last]) => s + last, 0) / twice.length;
    return [
      {
        ...base,
        members: twice.length,
        averageStart: round(start, 2),
        averageEnd: round(end, 2),
        change: round(end - start, 2),
        suppressed: false,
      },
    ];
  });
}

export async function currentFigures(db: Db, org: string, w: ReportWindow) {
  const counts = await memberCounts(db, org, w);
  const totals = totalsOf(counts);
  return {
    activeMembers: totals.activeMembers,
    participations: totals.participations,
    participationRateByAgeGroup: ageGroupCells(counts),
    repeatRate: totals.repeatRate,
    satisfaction: await satisfactionOf(db, org, w),
    measurementTrends: await trendsOf(db, org, w),
  };
}

export async function previousTotals(db: Db, org: string, w: ReportWindow): Promise<Totals> {
  return totalsOf(await memberCounts(db, org, w));
}
