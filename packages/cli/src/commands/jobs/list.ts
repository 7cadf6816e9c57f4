import { SporthubCommand } from '../../base-command.js';
import type { JobView } from '../../import/job-lookup.js';

export default class JobsList extends SporthubCommand<typeof JobsList> {
  static override summary = 'List the local journal of import jobs, newest first.';
  static override description =
    'Jobs live under $SPORTHUB_CONFIG_DIR/jobs/<id>/ (job.json, batches.log, rejects.csv). A job interrupted or killed can be continued with `jobs resume`.';
  static override examples = ['<%= config.bin %> jobs list', '<%= config.bin %> jobs list -o json'];

  async run(): Promise<JobView[]> {
    const { Job } = await import('../../import/journal.js');
    const { JOB_COLUMNS, viewOf } = await import('../../import/job-lookup.js');
    const views = await Promise.all((await Job.list()).map(viewOf));
    await this.printList(views, JOB_COLUMNS);
    return views;
  }
}
