import { escapeXml } from './escape.js';
import { formatInteger } from './format.js';
import type { ReportView } from './view-model.js';

/*
 * Inline SVG charts of the health-index report: static markup (no script, no external font or image),
 * sized by viewBox so they scale to the page and print sharply. Every bar is a `rect.bar` (suppressed ones
 * also `.suppressed`, drawn hatched with the "<5" label — never as a zero-height bar), so tests and
 * screen readers can find them; each chart has a <title>.
 */

const WIDTH = 640;
const COLORS = {
  current: '#1f6feb',
  previous: '#9aa4b2',
  axis: '#57606a',
  grid: '#d8dee4',
  hatch: '#8c959f',
};

/** A diagonal-hatch fill, one per chart (ids are unique in the document). */
function hatch(id: string): string {
  return (
    `<defs><pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#f6f8fa"/><line x1="0" y1="0" x2="0" y2="6" stroke="${COLORS.hatch}" stroke-width="2"/>` +
    '</pattern></defs>'
  );
}

function svgOpen(id: string, height: number, title: string): string {
  return (
    `<svg id="${id}" class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" ` +
    `role="img" aria-labelledby="${id}-title"><title id="${id}-title">${escapeXml(title)}</title>`
  );
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${round(x)}" y="${round(y)}"${attrs ? ` ${attrs}` : ''}>${escapeXml(content)}</text>`;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A "nice" axis maximum (1, 2, 5 × 10ⁿ) at or above `value`. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Participations per age group: one bar per group, suppressed groups hatched and labelled "<5". */
export function ageGroupChart(view: ReportView): string {
  const height = 300;
  const plot = { left: 56, right: WIDTH - 16, top: 24, bottom: 236 };
  const values = view.ageGroups.map((g) => g.participationsValue ?? 0);
  const max = niceMax(Math.max(...values));
  const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * v) / max;
  const slot = (plot.right - plot.left) / view.ageGroups.length;
  const barWidth = slot * 0.56;
  const parts = [svgOpen('chart-age-groups', height, view.m.chartAgeTitle), hatch('hatch-age')];
  // Gridlines at whole numbers: 4 steps when they divide the maximum evenly, else 5 (0–50 by 10).
  const steps = [4, 5, 2, 1].find((d) => max % d === 0 && max / d >= 1) ?? 1;
  for (let i = 0; i <= steps; i++) {
    const v = (max * i) / steps;
    parts.push(
      `<line class="grid" x1="${plot.left}" x2="${plot.right}" y1="${round(y(v))}" y2="${round(y(v))}" stroke="${COLORS.grid}"/>`,
      text(plot.left - 6, y(v) + 4, formatInteger(v), 'class="tick" text-anchor="end"'),
    );
  }
  view.ageGroups.forEach((g, i) => {
    const x = plot.left + slot * i + (slot - barWidth) / 2;
    const cx = x + barWidth / 2;
    if (g.suppressed || g.participationsValue === null) {
      parts.push(
        `<rect class="bar suppressed" data-group="${g.key}" x="${round(x)}" y="${plot.top}" width="${round(barWidth)}" ` +
          `height="${plot.bottom - plot.top}" fill="url(#hatch-age)" stroke="${COLORS.hatch}" stroke-dasharray="4 3"/>`,
        text(
          cx,
          (plot.top + plot.bottom) / 2,
          g.participations,
          'class="value suppressed-label" text-anchor="middle"',
        ),
      );
    } else {
      const top = y(g.participationsValue);
      parts.push(
        `<rect class="bar" data-group="${g.key}" data-value="${g.participationsValue}" x="${round(x)}" y="${round(top)}" ` +
          `width="${round(barWidth)}" height="${round(plot.bottom - top)}" fill="${COLORS.current}"/>`,
        text(cx, top - 6, g.participations, 'class="value" text-anchor="middle"'),
      );
    }
    parts.push(text(cx, plot.bottom + 20, g.label, 'class="label" text-anchor="middle"'));
  });
  parts.push(
    `<line x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}" stroke="${COLORS.axis}"/>`,
    '</svg>',
  );
  return parts.join('');
}

/**
 * Current vs previous period: a pair of bars per headline figure, each pair on its own scale (counts up
 * to their larger value, the repeat rate on 0–100%), with the formatted values above the bars.
 */
export function comparisonChart(view: ReportView): string {
  const height = 290;
  const plot = { left: 16, right: WIDTH - 16, top: 48, bottom: 236 };
  const slot = (plot.right - plot.left) / view.comparison.length;
  const barWidth = slot * 0.28;
  const parts = [svgOpen('chart-comparison', height, view.m.chartComparisonTitle), hatch('hatch-cmp')];
  parts.push(
    `<rect x="${plot.left}" y="8" width="12" height="12" fill="${COLORS.previous}"/>`,
    text(plot.left + 18, 18, view.m.previous, 'class="legend"'),
    `<rect x="${plot.left + 110}" y="8" width="12" height="12" fill="${COLORS.current}"/>`,
    text(plot.left + 128, 18, view.m.current, 'class="legend"'),
  );
  view.comparison.forEach((c, i) => {
    const max = c.share ? 1 : niceMax(Math.max(c.currentValue ?? 0, c.previousValue ?? 0));
    const bars: Array<[string, number | null, string, string]> = [
      ['previous', c.previousValue, c.previous, COLORS.previous],
      ['current', c.currentValue, c.current, COLORS.current],
    ];
    const x0 = plot.left + slot * i + slot / 2 - barWidth - 4;
    bars.forEach(([which, value, label, color], j) => {
      const x = x0 + j * (barWidth + 8);
      const cx = x + barWidth / 2;
      if (value === null) {
        parts.push(
          `<rect class="bar bar-${which} suppressed" data-metric="${c.key}" x="${round(x)}" y="${plot.top}" width="${round(barWidth)}" ` +
            `height="${plot.bottom - plot.top}" fill="url(#hatch-cmp)" stroke="${COLORS.hatch}" stroke-dasharray="4 3"/>`,
          text(
            cx,
            (plot.top + plot.bottom) / 2,
            label,
            'class="value suppressed-label" text-anchor="middle"',
          ),
        );
        return;
      }
      const h = ((plot.bottom - plot.top) * value) / max;
      parts.push(
        `<rect class="bar bar-${which}" data-metric="${c.key}" data-value="${value}" x="${round(x)}" y="${round(plot.bottom - h)}" ` +
          `width="${round(barWidth)}" height="${round(h)}" fill="${color}"/>`,
        text(cx, plot.bottom - h - 6, label, 'class="value" text-anchor="middle"'),
      );
    });
    parts.push(
      text(plot.left + slot * i + slot / 2, plot.bottom + 20, c.label, 'class="label" text-anchor="middle"'),
      text(
        plot.left + slot * i + slot / 2,
        plot.bottom + 38,
        `${view.m.change}: ${c.change}`,
        'class="note" text-anchor="middle"',
      ),
    );
  });
  parts.push(
    `<line x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}" stroke="${COLORS.axis}"/>`,
    '</svg>',
  );
  return parts.join('');
}

/**
 * Measurement trends: one row per measurement, the average first value (grey dot) and last value (blue
 * dot) joined by a line on the row's own scale, so kilograms and mmHg need no common axis.
 */
export function trendsChart(view: ReportView): string {
  const rowHeight = 40;
  const plot = { left: 220, right: WIDTH - 80, top: 36 };
  const height = plot.top + rowHeight * view.trends.length + 12;
  const parts = [svgOpen('chart-trends', height, view.m.chartTrendsTitle), hatch('hatch-trend')];
  parts.push(
    `<circle cx="${plot.left + 6}" cy="14" r="6" fill="${COLORS.previous}"/>`,
    text(plot.left + 18, 18, view.m.start, 'class="legend"'),
    `<circle cx="${plot.left + 196}" cy="14" r="6" fill="${COLORS.current}"/>`,
    text(plot.left + 208, 18, view.m.end, 'class="legend"'),
  );
  view.trends.forEach((t, i) => {
    const cy = plot.top + rowHeight * i + rowHeight / 2;
    parts.push(
      `<g class="trend-row" data-measurement="${t.key}">`,
      text(plot.left - 12, cy + 4, `${t.label} (${t.unit})`, 'class="label" text-anchor="end"'),
    );
    if (t.startValue === null || t.endValue === null) {
      parts.push(
        `<rect class="suppressed" x="${plot.left}" y="${cy - 10}" width="${plot.right - plot.left}" height="20" ` +
          `fill="url(#hatch-trend)" stroke="${COLORS.hatch}" stroke-dasharray="4 3"/>`,
        text(
          (plot.left + plot.right) / 2,
          cy + 4,
          t.members,
          'class="value suppressed-label" text-anchor="middle"',
        ),
        '</g>',
      );
      return;
    }
    const lo = Math.min(t.startValue, t.endValue);
    const hi = Math.max(t.startValue, t.endValue);
    const pad = Math.max((hi - lo) * 0.5, Math.abs(hi) * 0.02, 0.5);
    const x = (v: number) => plot.left + ((plot.right - plot.left) * (v - (lo - pad))) / (hi - lo + 2 * pad);
    parts.push(
      `<line x1="${plot.left}" x2="${plot.right}" y1="${cy}" y2="${cy}" stroke="${COLORS.grid}"/>`,
      `<line x1="${round(x(t.startValue))}" x2="${round(x(t.endValue))}" y1="${cy}" y2="${cy}" stroke="${COLORS.axis}" stroke-width="3"/>`,
      `<circle class="trend-marker start" cx="${round(x(t.startValue))}" cy="${cy}" r="6" fill="${COLORS.previous}"/>`,
      `<circle class="trend-marker end" cx="${round(x(t.endValue))}" cy="${cy}" r="6" fill="${COLORS.current}"/>`,
      text(x(t.startValue), cy - 10, t.start, 'class="value" text-anchor="middle"'),
      text(x(t.endValue), cy + 20, t.end, 'class="value" text-anchor="middle"'),
      text(plot.right + 8, cy + 4, t.change, 'class="note"'),
      '</g>',
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
