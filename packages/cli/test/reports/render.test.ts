import { readFileSync } from 'node:fs';
import { HealthIndexReportSchema } from '@sporthub/schemas';
import { describe, expect, it } from 'vitest';
import { niceMax } from '../../src/reports/charts.js';
import { formatDecimal, formatInteger, formatSigned, formatTimestamp } from '../../src/reports/format.js';
import { renderHealthIndexHtml } from '../../src/reports/html.js';
import { renderHealthIndexMarkdown } from '../../src/reports/markdown.js';
import { defaultReportLang, REPORT_LANGS } from '../../src/reports/messages.js';

const report = HealthIndexReportSchema.parse(
  JSON.parse(readFileSync(new URL('./fixtures/health-index.json', import.meta.url), 'utf8')),
);

describe('health-index renderers (golden files)', () => {
  for (const lang of REPORT_LANGS) {
    it(`renders Markdown in ${lang}`, async () => {
      await expect(renderHealthIndexMarkdown(report, lang)).toMatchFileSnapshot(
        `./__golden__/health-index.${lang}.md`,
      );
    });
    it(`renders self-contained HTML in ${lang}`, async () => {
      const html = renderHealthIndexHtml(report, lang);
      await expect(html).toMatchFileSnapshot(`./__golden__/health-index.${lang}.html`);
    });
  }
});

describe('health-index HTML', () => {
  const html = renderHealthIndexHtml(report, 'en');

  it('needs nothing from outside the file: no script, link, external URL or web font', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|@font-face|url\((?!#)/i);
    expect(html.match(/(?:src|href)=/gi) ?? []).toEqual([]);
    expect(html.replaceAll('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:\/\//);
  });

  it('is printable on A4 with page breaks', () => {
    expect(html).toContain('@page { size: A4');
    expect(html).toContain('@media print');
    expect(html).toContain('break-before: page');
  });

  it('draws one bar per age group, suppressed groups hatched and labelled, never as 0', () => {
    const chart = html.slice(
      html.indexOf('<svg id="chart-age-groups"'),
      html.indexOf('</svg>', html.indexOf('chart-age-groups')),
    );
    expect(chart.match(/<rect class="bar[ "]/g)).toHaveLength(5);
    expect(chart.match(/<rect class="bar suppressed"/g)).toHaveLength(2);
    expect(chart).toContain('fill="url(#hatch-age)"');
    expect(chart).toContain('>&lt;5</text>');
    expect(chart).not.toMatch(/data-value="0"/);
  });

  it('compares the current and previous period with paired bars', () => {
    const chart = html.slice(html.indexOf('<svg id="chart-comparison"'));
    expect(chart.slice(0, chart.indexOf('</svg>')).match(/<rect class="bar bar-/g)).toHaveLength(6);
  });

  it('escapes data: an outlet name cannot inject markup', () => {
    expect(html).toContain('&lt;Annex &amp; &quot;East&quot;&gt;');
    expect(html).not.toContain('<Annex');
  });

  it('labels suppressed cells 不足5人 in Chinese', () => {
    const zh = renderHealthIndexHtml(report, 'zh-CN');
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('不足5人');
    expect(zh).toContain('各年龄段参与情况');
  });
});

describe('Markdown', () => {
  it('escapes pipes in data so tables keep their columns', () => {
    const md = renderHealthIndexMarkdown(report, 'en');
    expect(md).toContain('\\| 1');
    for (const line of md.split('\n').filter((l) => l.startsWith('| Adults'))) {
      expect(line.split(' | ')).toHaveLength(4);
    }
  });

  it('says "no measurements" when there are none', () => {
    const md = renderHealthIndexMarkdown({ ...report, measurementTrends: [] }, 'en');
    expect(md).toContain('No health measurements in this period.');
  });
});

describe('formatting and language', () => {
  it.each([
    ['LC_ALL wins', { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'zh-CN'],
    ['LC_MESSAGES before LANG', { LC_MESSAGES: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' }, 'en'],
    ['LANG zh_TW', { LANG: 'zh_TW.UTF-8' }, 'zh-CN'],
    ['C locale', { LANG: 'C.UTF-8' }, 'en'],
    ['nothing set', {}, 'en'],
  ] as const)('%s', (_name, env, want) => {
    expect(defaultReportLang(env as NodeJS.ProcessEnv)).toBe(want);
  });

  it.each([
    [formatInteger(1234567), '1,234,567'],
    [formatDecimal(7480.5, 1), '7,480.5'],
    [formatSigned(-0.04, 1), '0.0'],
    [formatSigned(-4.3, 1), '−4.3'],
    [formatSigned(1270.5, 1), '+1,270.5'],
    [formatTimestamp('2026-10-08T01:00:00Z'), '2026-10-08 01:00 (UTC+00:00)'],
    [String(niceMax(1422)), '2000'],
    [String(niceMax(0)), '1'],
  ])('%s', (got, want) => {
    expect(got).toBe(want);
  });
});
