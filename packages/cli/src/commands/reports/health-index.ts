import { extname, resolve } from 'node:path';
import { Flags } from '@oclif/core';
import type { HealthIndexReport } from '@sporthub/sdk';
import { SporthubCommand } from '../../base-command.js';
import { CliError, usageError } from '../../errors/cli-error.js';
import { ExitCode } from '../../errors/exit-codes.js';
import { REPORT_LANGS, type ReportLang } from '../../reports/messages.js';

const FORMATS = ['html', 'md', 'json'] as const;
type ReportFormat = (typeof FORMATS)[number];
const PERIOD = /^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/;

const FORMAT_OF_EXTENSION: Record<string, ReportFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.markdown': 'md',
  '.json': 'json',
};

interface HealthIndexResult {
  /** Absolute path written, or null for stdout. */
  file: string | null;
  format: ReportFormat;
  lang: ReportLang;
  bytes: number;
  period: string;
  scope: HealthIndexReport['scope'];
  /** The rendered document, only with --json and no --out (stdout holds the envelope). */
  document?: string;
}

export default class ReportsHealthIndex extends SporthubCommand<typeof ReportsHealthIndex> {
  static override summary = 'Render the community health-index report of an outlet or district.';
  static override description =
    `Fetches the health-index report (active members, participations and rates per age group, repeat
rate, satisfaction, measurement trends, the previous period for comparison) and renders it:
  html  one self-contained file — inline CSS and SVG charts, no script or external resource — that opens
        offline and prints on A4
  md    Markdown tables
  json  the report as the API returns it
Cells counting fewer than 5 people are suppressed by the server and shown as "<5" (不足5人), never as 0.
Periods are read in the outlet's time zone (Asia/Shanghai for a district). The language of the labels is
--lang, else zh-CN when LC_ALL / LC_MESSAGES / LANG is a Chinese locale, else en; data such as outlet names
is printed as stored. Writes to stdout unless --out (written atomically; the format then defaults to the
file's extension).`;

  static override examples = [
    {
      description: 'An outlet’s third quarter as a printable HTML file:',
      command: '<%= config.bin %> reports health-index --outlet SH-PD-0001 --period 2026-Q3 --out q3.html',
    },
    {
      description: 'A district’s September in English Markdown on stdout:',
      command:
        '<%= config.bin %> reports health-index --district 浦东新区 --period 2026-09 --format md --lang en',
    },
    {
      description: 'The raw report for a script:',
      command: '<%= config.bin %> reports health-index --outlet SH-PD-0001 --period 2026-Q3 --format json',
    },
  ];

  static override flags = {
    outlet: Flags.string({
      description:
        'Report on the outlet with this code, e.g. SH-PD-0001. Exactly one of --outlet and --district.',
      exactlyOne: ['outlet', 'district'],
    }),
    district: Flags.string({
      description: 'Report on every outlet of this district (exact name, e.g. 浦东新区).',
      exactlyOne: ['outlet', 'district'],
    }),
    period: Flags.string({
      required: true,
      description: 'A quarter (2026-Q3) or a month (2026-09).',
      parse: async (value) => {
        if (!PERIOD.test(value)) throw new Error(`"${value}" is not a period: use 2026-Q3 or 2026-09`);
        return value;
      },
    }),
    format: Flags.option({
      options: FORMATS,
      description: 'Document format. Default: from the --out extension (.html, .md, .json), else md.',
    })(),
    out: Flags.string({ description: 'File to write (atomically). Default: stdout.' }),
    lang: Flags.option({
      options: REPORT_LANGS,
      description: 'Language of the labels. Default: zh-CN for a Chinese LC_ALL/LC_MESSAGES/LANG, else en.',
    })(),
  };

  async run(): Promise<HealthIndexResult> {
    const { out, period } = this.flags;
    const format =
      this.flags.format ?? (out ? FORMAT_OF_EXTENSION[extname(out).toLowerCase()] : undefined) ?? 'md';
    const { defaultReportLang } = await import('../../reports/messages.js');
    const lang = this.flags.lang ?? defaultReportLang();
    const hub = await this.client();
    const scope = this.flags.outlet
      ? { outletId: await this.outletId(this.flags.outlet) }
      : { district: this.flags.district as string };
    const report = await hub.reports.healthIndex({ ...scope, period });
    const document = await render(report, format, lang);
    const bytes = Buffer.byteLength(document);
    const base = { format, lang, bytes, period: report.period.label, scope: report.scope };
    if (out) {
      const { writeFileAtomic } = await import('../../export/atomic-file.js');
      await writeFileAtomic(out, document);
      this.note(`Wrote the ${report.period.label} report (${format}, ${lang}) to ${out}.`);
      return { file: resolve(out), ...base };
    }
    if (this.jsonMode) return { file: null, ...base, document };
    process.stdout.write(document);
    return { file: null, ...base };
  }

  private async outletId(code: string): Promise<string> {
    const hub = await this.client();
    const page = await hub.outlets.list({ code, limit: 1 }).page();
    const outlet = page.data.find((o) => o.code === code);
    if (!outlet) {
      throw new CliError(`No outlet has the code "${code}" (--outlet).`, {
        code: 'not_found',
        exitCode: ExitCode.notFound,
        hint: 'List the codes with `sporthub outlets list`.',
      });
    }
    return outlet.id;
  }
}

async function render(report: HealthIndexReport, format: ReportFormat, lang: ReportLang): Promise<string> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'md': {
      const { renderHealthIndexMarkdown } = await import('../../reports/markdown.js');
      return renderHealthIndexMarkdown(report, lang);
    }
    case 'html': {
      const { renderHealthIndexHtml } = await import('../../reports/html.js');
      return renderHealthIndexHtml(report, lang);
    }
    default:
      throw usageError(`Unknown --format ${String(format)}.`);
  }
}
