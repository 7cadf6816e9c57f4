import type { HealthIndexPeriod } from '@sporthub/schemas';

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month (1-based). */
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function monthPeriod(year: number, month: number): HealthIndexPeriod {
  return {
    label: `${year}-${pad(month)}`,
    kind: 'month',
    from: `${year}-${pad(month)}-01`,
    to: `${year}-${pad(month)}-${pad(lastDay(year, month))}`,
  };
}

function quarterPeriod(year: number, quarter: number): HealthIndexPeriod {
  const first = (quarter - 1) * 3 + 1;
  return {
    label: `${year}-Q${quarter}`,
    kind: 'quarter',
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(first + 2)}-${pad(lastDay(year, first + 2))}`,
  };
}

/** `2026-Q3` → 2026-07-01..2026-09-30; `2026-09` → 2026-09-01..2026-09-30 (the label is already validated). */
export function parsePeriod(label: string): HealthIndexPeriod {
  const year = Number(label.slice(0, 4));
  return label[5] === 'Q'
    ? quarterPeriod(year, Number(label.slice(6)))
    : monthPeriod(year, Number(label.slice(5)));
}

/** The period of the same length just before: 2026-Q1 → 2025-Q4, 2026-01 → 2025-12. */
export function previousPeriod(period: HealthIndexPeriod): HealthIndexPeriod {
  const year = Number(period.label.slice(0, 4));
  if (period.kind === 'quarter') {
    const quarter = Number(period.label.slice(6));
    return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1);
  }
  const month = Number(period.label.slice(5));
  return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
}
