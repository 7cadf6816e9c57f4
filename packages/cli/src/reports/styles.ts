/**
 * The report's only stylesheet, inlined into the HTML: system fonts with CJK fallbacks (no web fonts to
 * download), a readable screen layout, and print rules for A4 (margins, no split tables or charts,
 * the measurement section on a new page, colours kept for the charts).
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 960px; padding: 24px; color: #1f2328; background: #fff;
  font: 14px/1.5 -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
  "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", Roboto, Arial, sans-serif; }
header { border-bottom: 3px solid #1f6feb; margin-bottom: 16px; padding-bottom: 8px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h1 .scope { display: block; font-size: 18px; font-weight: 600; color: #424a53; }
h2 { font-size: 18px; margin: 24px 0 8px; border-left: 4px solid #1f6feb; padding-left: 8px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0 0; color: #424a53; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
.kpis { display: grid; grid-template-columns: repeat(5, 1fr); gap: 8px; }
.kpi { border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 10px; }
.kpi .label { font-size: 12px; color: #57606a; }
.kpi .value { font-size: 22px; font-weight: 700; }
.kpi .detail { font-size: 12px; color: #57606a; }
table { width: 100%; border-collapse: collapse; margin: 8px 0; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid #d0d7de; padding: 4px 8px; text-align: left; }
th { background: #f6f8fa; font-weight: 600; }
td.num, th.num { text-align: right; }
td.suppressed { color: #57606a; font-style: italic; }
figure { margin: 8px 0; }
figcaption { font-size: 12px; color: #57606a; }
svg.chart { width: 100%; height: auto; display: block; }
svg.chart text { font-family: inherit; font-size: 11px; fill: #1f2328; }
svg.chart text.tick, svg.chart text.note, svg.chart text.legend { fill: #57606a; }
svg.chart text.suppressed-label { font-weight: 700; fill: #424a53; }
.note { font-size: 12px; color: #57606a; border-top: 1px solid #d0d7de; margin-top: 24px; padding-top: 8px; }
section { break-inside: avoid; page-break-inside: avoid; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .kpis { grid-template-columns: repeat(5, 1fr); }
  section.page-break { break-before: page; page-break-before: always; }
  figure, table, .kpis { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
}
@media (max-width: 640px) { .kpis { grid-template-columns: repeat(2, 1fr); } }
`;
