import type { HealthIndexReport } from '@sporthub/schemas';
import { ageGroupChart, comparisonChart, trendsChart } from './charts.js';
import { escapeXml as e } from './escape.js';
import type { ReportLang } from './messages.js';
import { REPORT_CSS } from './styles.js';
import { buildReportView, type ReportView } from './view-model.js';

function tableHtml(
  header: string[],
  rows: Array<Array<{ text: string; num?: boolean; suppressed?: boolean }>>,
) {
  const th = header.map((h, i) => `<th${i > 0 ? ' class="num"' : ''}>${e(h)}</th>`).join('');
  const body = rows
    .map(
      (cells) =>
        `<tr>${cells
          .map((c) => {
            const cls = [c.num ? 'num' : '', c.suppressed ? 'suppressed' : ''].filter(Boolean).join(' ');
            return `<td${cls ? ` class="${cls}"` : ''}>${e(c.text)}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('\n');
  return `<table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function summary(v: ReportView): string {
  const cards = v.kpis
    .map(
      (k) =>
        `<div class="kpi"><div class="label">${e(k.label)}</div><div class="value">${e(k.value)}</div>` +
        (k.detail ? `<div class="detail">${e(k.detail)}</div>` : '') +
        '</div>',
    )
    .join('\n');
  return `<section id="summary">\n<h2>${e(v.m.summary)}</h2>\n<div class="kpis">\n${cards}\n</div>\n</section>`;
}

function ageGroups(v: ReportView): string {
  const { m } = v;
  return [
    `<section id="age-groups">\n<h2>${e(m.byAgeGroup)}</h2>`,
    `<figure>${ageGroupChart(v)}<figcaption>${e(m.chartAgeTitle)}</figcaption></figure>`,
    tableHtml(
      [m.ageGroup, m.activeMembers, m.participations, m.rate],
      v.ageGroups.map((g) => [
        { text: g.label },
        { text: g.activeMembers, num: true, suppressed: g.suppressed },
        { text: g.participations, num: true, suppressed: g.suppressed },
        { text: g.rate, num: true, suppressed: g.suppressed },
      ]),
    ),
    `<p class="hint">${e(m.rateHint)}</p>\n</section>`,
  ].join('\n');
}

function comparison(v: ReportView): string {
  const { m } = v;
  return [
    `<section id="comparison">\n<h2>${e(m.comparison)}</h2>`,
    `<figure>${comparisonChart(v)}<figcaption>${e(m.chartComparisonTitle)}</figcaption></figure>`,
    tableHtml(
      [m.metric, m.current, m.previous, m.change],
      v.comparison.map((c) => [
        { text: c.label },
        { text: c.current, num: true, suppressed: c.currentValue === null },
        { text: c.previous, num: true, suppressed: c.previousValue === null },
        { text: c.change, num: true },
      ]),
    ),
    '</section>',
  ].join('\n');
}

function trends(v: ReportView): string {
  const { m } = v;
  if (v.trends.length === 0) {
    return `<section id="trends" class="page-break">\n<h2>${e(m.trends)}</h2>\n<p>${e(m.noMeasurements)}</p>\n</section>`;
  }
  return [
    `<section id="trends" class="page-break">\n<h2>${e(m.trends)}</h2>`,
    `<figure>${trendsChart(v)}<figcaption>${e(m.chartTrendsTitle)}</figcaption></figure>`,
    tableHtml(
      [m.measurement, m.members, m.start, m.end, m.change],
      v.trends.map((t) => [
        { text: `${t.label} (${t.unit})` },
        { text: t.members, num: true, suppressed: t.suppressed },
        { text: t.start, num: true, suppressed: t.suppressed },
        { text: t.end, num: true, suppressed: t.suppressed },
        { text: t.change, num: true, suppressed: t.suppressed },
      ]),
    ),
    '</section>',
  ].join('\n');
}

/**
 * The health-index report as ONE self-contained HTML file: inline CSS and inline SVG charts, no script,
 * no external resource (fonts, images, styles), so it opens offline, mails as an attachment and prints
 * on A4. Deterministic: the only time in it is the report's `generatedAt`.
 *
 * @example
 * await writeFileAtomic('q3.html', renderHealthIndexHtml(report, 'zh-CN'));
 */
export function renderHealthIndexHtml(report: HealthIndexReport, lang: ReportLang): string {
  const v = buildReportView(report, lang);
  const { m } = v;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="sporthub reports health-index">
<title>${e(`${v.title} · ${v.scope} · ${report.period.label}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${e(v.title)}<span class="scope">${e(v.scope)}</span></h1>
<dl class="meta">
<dt>${e(m.period)}</dt><dd>${e(v.period)}</dd>
<dt>${e(m.previousPeriod)}</dt><dd>${e(v.previousPeriod)}</dd>
<dt>${e(m.timezone)}</dt><dd>${e(v.timezone)}</dd>
<dt>${e(m.generatedAt)}</dt><dd>${e(v.generatedAt)}</dd>
</dl>
</header>
<main>
${summary(v)}
${ageGroups(v)}
${comparison(v)}
${trends(v)}
</main>
<footer class="note"><p>${e(v.suppressionNote)}</p></footer>
</body>
</html>
`;
}
