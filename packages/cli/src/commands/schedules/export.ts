import { Flags } from '@oclif/core';
import { SporthubCommand } from '../../base-command.js';
import { CliError, usageError } from '../../errors/cli-error.js';
import { ExitCode } from '../../errors/exit-codes.js';

export default class SchedulesExport extends SporthubCommand<typeof SchedulesExport> {
  static override summary = 'Export sessions as CSV (re-importable) or iCalendar, streamed.';
  static override description =
    `CSV has the English columns of \`schedules import\` (external_id, outlet_code, \
program_code, title, date, start_time, end_time, starts_at, ends_at, capacity, waitlist, coach, zone, status); \
ICS has one VEVENT per session with UID = external_id and X-SPORTHUB-OUTLET/PROGRAM/CAPACITY/COACH. With --out \
the file is written to a temp file and renamed when complete.`;
  static override examples = [
    '<%= config.bin %> schedules export --outlet SH-PD-0001 --from 2027-01-01 --to 2027-02-01 --out jan.csv',
    '<%= config.bin %> schedules export --format ics --out - > schedule.ics',
  ];
  static override flags = {
    outlet: Flags.string({ description: 'Only sessions of this outlet (code).' }),
    from: Flags.string({
      description: 'Sessions starting on or after this date, YYYY-MM-DD (outlet time zone).',
    }),
    to: Flags.string({ description: 'Sessions starting before this date, YYYY-MM-DD (exclusive).' }),
    format: Flags.option({ options: ['csv', 'ics'] as const, default: 'csv', description: 'File format.' })(),
    out: Flags.string({ default: '-', description: 'Output file, or - for stdout (default).' }),
  };

  async run(): Promise<{ rows: number; out: string }> {
    const { from, to, outlet: code, format, out } = this.flags;
    for (const [name, value] of [
      ['--from', from],
      ['--to', to],
    ] as const) {
      if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value))
        throw usageError(`${name} "${value}" is not a date: use YYYY-MM-DD.`);
    }
    const hub = await this.client();
    const { fetchScheduleReferences } = await import('../../import/references.js');
    const { localInstant, formatRfc3339 } = await import('../../import/local-time.js');
    const rows = await import('../../import/export-rows.js');
    const refs = await fetchScheduleReferences(hub);
    const outlet = code ? refs.outlets.get(code) : undefined;
    if (code && !outlet) {
      throw new CliError(`No outlet has the code "${code}".`, {
        code: 'not_found',
        exitCode: ExitCode.notFound,
        hint: 'List them with `sporthub outlets list`.',
      });
    }
    const zone = outlet?.timezone ?? 'Asia/Shanghai';
    const instant = (date: string) => {
      const i = localInstant(date, '00:00', zone);
      return formatRfc3339(i.epochMs, i.offsetMinutes);
    };
    const params = {
      limit: 500,
      ...(outlet ? { outletId: outlet.id } : {}),
      ...(from ? { from: instant(from) } : {}),
      ...(to ? { to: instant(to) } : {}),
    };
    const { openSink } = await import('../../import/sink.js');
    const sink = await openSink(out);
    let count = 0;
    try {
      await sink.write(format === 'csv' ? rows.csvHeader() : rows.icsHeader());
      for await (const session of hub.sessions.list(params)) {
        await sink.write(format === 'csv' ? rows.csvRow(session, refs) : rows.icsEvent(session, refs));
        count++;
      }
      if (format === 'ics') await sink.write(rows.icsFooter());
      await sink.commit();
    } catch (error) {
      await sink.abort();
      throw error;
    }
    if (out !== '-') this.note(`${count} sessions written to ${out}`);
    return { rows: count, out };
  }
}
