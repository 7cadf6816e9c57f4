import type { HealthIndexReport } from '@sporthub/schemas';
import type { ReportLang } from './messages.js';
import { buildReportView } from './view-model.js';

/**
 * Data as inline Markdown: backslash, pipe, angle brackets and emphasis characters escaped (CommonMark
 * backslash escapes) and line breaks flattened, so an outlet name can neither break a table nor inject
 * HTML into whatever renders the file.
 */
function cell(text: string): string {
  return text.replace(/[\\|<>*_`[\]]/g, (ch) => `\\${ch}`).replace(/\s*[\r\n]+\s*/g, ' ');
}

function table(header: string[], rows: string[][], align: Array<'l' | 'r'>): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `|${align.map((a) => (a === 'r' ? ' ---: ' : ' --- ')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/**
 * The health-index report as GitHub-flavoured Markdown: headings and tables, the same figures and labels
 * as the HTML version (no charts). Deterministic: the only time in it is the report's `generatedAt`.
 *
 * @example
 * process.stdout.write(renderHealthIndexMarkdown(report, 'en'));
 */
export function renderHealthIndexMarkdown(report: HealthIndexReport, lang: ReportLang): string {
  const v = buildReportView(report, lang);
  const { m } = v;
  const parts: string[] = [
    `# ${v.title}: ${cell(v.scope)}`,
    [
      `- **${m.period}:** ${v.period}`,
      `- **${m.previousPeriod}:** ${v.previousPeriod}`,
      `- **${m.timezone}:** ${v.timezone}`,
      `- **${m.generatedAt}:** ${v.generatedAt}`,
    ].join('\n'),
    `## ${m.summary}`,
    table(
      [m.metric, m.current],
      v.kpis.map((k) => [k.label, k.detail ? `${k.value} (${k.detail})` : k.value]),
      ['l', 'r'],
    ),
    `## ${m.byAgeGroup}`,
    table(
      [m.ageGroup, m.activeMembers, m.participations, m.rate],
      v.ageGroups.map((g) => [g.label, g.activeMembers, g.participations, g.rate]),
      ['l', 'r', 'r', 'r'],
    ),
    `## ${m.comparison}`,
    table(
      [m.metric, m.current, m.previous, m.change],
      v.comparison.map((c) => [c.label, c.current, c.previous, c.change]),
      ['l', 'r', 'r', 'r'],
    ),
    `## ${m.trends}`,
    v.trends.length === 0
      ? m.noMeasurements
      : table(
          [m.measurement, m.unit, m.members, m.start, m.end, m.change],
          v.trends.map((t) => [t.label, t.unit, t.members, t.start, t.end, t.change]),
          ['l', 'l', 'r', 'r', 'r', 'r'],
        ),
    `> ${v.suppressionNote}`,
  ];
  return `${parts.join('\n\n')}\n`;
}
