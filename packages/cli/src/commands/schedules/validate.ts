import SchedulesImport from './import.js';

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
  protected static override dryRunOnly = true;
}
