import type { HealthIndexReport } from '@sporthub/schemas';
import {
  formatDecimal,
  formatInteger,
  formatRelativeChange,
  formatShare,
  formatSigned,
  formatTimestamp,
} from './format.js';
import { type Messages, messagesFor, type ReportLang } from './messages.js';

/*
 * The report as both renderers show it: every label translated and every number formatted once, so the
 * Markdown and the HTML say exactly the same thing. Suppressed cells (SPEC §6.7) stay suppressed: they
 * carry `suppressed: true` and the "<5" text, never a 0.
 */

export interface AgeGroupView {
  key: HealthIndexReport['participationRateByAgeGroup'][number]['ageGroup'];
  label: string;
  suppressed: boolean;
  /** Participations, the bar's height; null when suppressed. */
  participationsValue: number | null;
  activeMembers: string;
  participations: string;
  rate: string;
}

export interface ComparisonView {
  key: 'activeMembers' | 'participations' | 'repeatRate';
  label: string;
  currentValue: number | null;
  previousValue: number | null;
  current: string;
  previous: string;
  change: string;
  /** Shares (repeat rate) are drawn on a 0–100% scale; counts on their own maximum. */
  share: boolean;
}

export interface TrendView {
  key: string;
  label: string;
  unit: string;
  suppressed: boolean;
  startValue: number | null;
  endValue: number | null;
  members: string;
  start: string;
  end: string;
  change: string;
}

export interface ReportView {
  lang: ReportLang;
  m: Messages;
  title: string;
  scope: string;
  period: string;
  previousPeriod: string;
  generatedAt: string;
  timezone: string;
  kpis: Array<{ label: string; value: string; detail?: string }>;
  ageGroups: AgeGroupView[];
  comparison: ComparisonView[];
  trends: TrendView[];
  suppressionNote: string;
}

export function buildReportView(report: HealthIndexReport, lang: ReportLang): ReportView {
  const m = messagesFor(lang);
  const threshold = report.suppressionThreshold;
  const hidden = m.suppressed(threshold);
  const na = m.notAvailable;
  const count = (v: number | null | undefined, suppressed = false) =>
    suppressed ? hidden : v === null || v === undefined ? na : formatInteger(v);
  const { scope, satisfaction } = report;
  const scopeLabel =
    scope.kind === 'outlet'
      ? m.scopeOutlet(scope.outletName ?? scope.outletCode ?? '', scope.outletCode ?? '')
      : m.scopeDistrict(scope.district ?? '', scope.outletCount);
  const periodLabel = (p: HealthIndexReport['period']) =>
    `${p.label} (${p.kind === 'quarter' ? m.quarter : m.month}, ${p.from} – ${p.to})`;

  return {
    lang,
    m,
    title: m.title,
    scope: scopeLabel,
    period: periodLabel(report.period),
    previousPeriod: periodLabel(report.previousPeriod),
    generatedAt: formatTimestamp(report.generatedAt),
    timezone: scope.timezone,
    kpis: [
      { label: m.activeMembers, value: formatInteger(report.activeMembers) },
      { label: m.participations, value: formatInteger(report.participations) },
      { label: m.repeatRate, value: report.repeatRate === null ? hidden : formatShare(report.repeatRate) },
      {
        label: m.averageRating,
        value: satisfaction.averageRating === null ? hidden : formatDecimal(satisfaction.averageRating, 2),
        detail: m.responses(formatInteger(satisfaction.responses)),
      },
      {
        label: m.nps,
        value: satisfaction.nps === null ? hidden : formatSigned(satisfaction.nps, 1),
        detail: m.responses(formatInteger(satisfaction.npsResponses)),
      },
    ],
    ageGroups: report.participationRateByAgeGroup.map((g) => ({
      key: g.ageGroup,
      label: m.ageGroups[g.ageGroup],
      suppressed: g.suppressed,
      participationsValue: g.suppressed ? null : g.participations,
      activeMembers: count(g.activeMembers, g.suppressed),
      participations: count(g.participations, g.suppressed),
      rate: g.suppressed ? hidden : g.rate === null ? na : formatDecimal(g.rate, 2),
    })),
    comparison: [
      countComparison(
        'activeMembers',
        m.activeMembers,
        report.activeMembers,
        report.previous.activeMembers,
        na,
      ),
      countComparison(
        'participations',
        m.participations,
        report.participations,
        report.previous.participations,
        na,
      ),
      {
        key: 'repeatRate',
        label: m.repeatRate,
        currentValue: report.repeatRate,
        previousValue: report.previous.repeatRate,
        current: report.repeatRate === null ? hidden : formatShare(report.repeatRate),
        previous: report.previous.repeatRate === null ? hidden : formatShare(report.previous.repeatRate),
        change:
          report.repeatRate === null || report.previous.repeatRate === null
            ? na
            : `${formatSigned((report.repeatRate - report.previous.repeatRate) * 100, 1)}${m.percentagePoints}`,
        share: true,
      },
    ],
    trends: report.measurementTrends.map((t) => {
      const key = t.component ?? t.type;
      const value = (v: number | null) => (t.suppressed ? hidden : v === null ? na : formatDecimal(v, 1));
      return {
        key: t.component ? `${t.type}.${t.component}` : t.type,
        label: m.trendNames[key as keyof Messages['trendNames']] ?? key,
        unit: m.units[t.unit] ?? t.unit,
        suppressed: t.suppressed,
        startValue: t.suppressed ? null : t.averageStart,
        endValue: t.suppressed ? null : t.averageEnd,
        members: count(t.members, t.suppressed),
        start: value(t.averageStart),
        end: value(t.averageEnd),
        change: t.suppressed ? hidden : t.change === null ? na : formatSigned(t.change, 1),
      };
    }),
    suppressionNote: m.suppressionNote(threshold),
  };
}

function countComparison(
  key: 'activeMembers' | 'participations',
  label: string,
  current: number,
  previous: number,
  na: string,
): ComparisonView {
  return {
    key,
    label,
    currentValue: current,
    previousValue: previous,
    current: formatInteger(current),
    previous: formatInteger(previous),
    change: formatRelativeChange(current, previous) ?? na,
    share: false,
  };
}
