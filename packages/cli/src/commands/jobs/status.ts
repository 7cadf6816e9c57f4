import { Args, Flags } from '@oclif/core';
import { SporthubCommand } from '../../base-command.js';
import { ExitCode } from '../../errors/exit-codes.js';
import type { JobView } from '../../import/job-lookup.js';

export default class JobsStatus extends SporthubCommand<typeof JobsStatus> {
  static override summary = 'Show an import job (default: the newest). Exit 69 while its process still runs.';
  static override description =
    'Shows the status, the batches acknowledged out of all, the summary and the rejects file of a job from the local journal. Exit 69 while the process working on it is alive (its pid holds the lock file); a job left running by a crashed process can be continued with `jobs resume`.';
  static override examples = [
    '<%= config.bin %> jobs status',
    '<%= config.bin %> jobs status 20261128-232812-3fa9 --json',
  ];
  static override args = { job: Args.string({ description: 'Job id (default: the newest job).' }) };
  static override flags = {
    last: Flags.boolean({ description: 'The newest job (the default without a job id).' }),
  };

  async run(): Promise<JobView> {
    const { findJob, JOB_FIELDS, viewOf } = await import('../../import/job-lookup.js');
    const view = await viewOf(await findJob(this.args.job, this.config.bin));
    await this.printRecord(view, JOB_FIELDS);
    if (view.running) process.exitCode = ExitCode.stillRunning;
    else if (view.batches !== null && ['running', 'interrupted', 'failed'].includes(view.status)) {
      this.note(`Continue it with \`${this.config.bin} jobs resume ${view.id}\`.`);
    }
    return view;
  }
}
