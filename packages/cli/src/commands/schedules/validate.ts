import SchedulesImport from './import.js';

const WRITE_ONLY = new Set(['dry-run', 'batch-size', 'concurrency', 'resume']);

export default class SchedulesValidate extends SchedulesImport {
  static override summary = 'Check schedule files without writing anything (= schedules import --dry-run).';
  static override description =
    `Runs the first pass of \`schedules import\`: every row checked (formats, codes, \
duplicate external_id, coach or zone double-booked, capacity below bookings held), rejected rows written to \
--rejects. Needs only read access. Exit 0 all rows valid, 68 some rejected within --max-errors, 65 more.`;
  static override examples = [
    '<%= config.bin %> schedules validate march.csv',
    '<%= config.bin %> schedules validate 课程表.xlsx --sheet 三月 --rejects bad.csv --json',
  ];
  // The flags that only matter when writing are accepted (so an import command line can be reused) but
  // not shown.
  static override flags = Object.fromEntries(
    Object.entries(SchedulesImport.flags).map(([name, flag]) => [
      name,
      WRITE_ONLY.has(name) ? { ...flag, hidden: true } : flag,
    ]),
  ) as typeof SchedulesImport.flags;
  protected static override dryRunOnly = true;
}
