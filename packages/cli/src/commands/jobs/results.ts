import { Args, Flags } from '@oclif/core';
import { SporthubCommand } from '../../base-command.js';
import type { JobView } from '../../import/job-lookup.js';

export default class JobsResults extends SporthubCommand<typeof JobsResults> {
  static override summary = 'Print the summary of an import job and where its rejected rows are.';
  static override description =
    'The summary table (rows, created, updated, unchanged, rejected, cancelled, warnings) of the job as last recorded, and the path of its rejects CSV (original columns plus error_code,error_message).';
  static override examples = [
    '<%= config.bin %> jobs results',
    '<%= config.bin %> jobs results 20261128-232812-3fa9 -o json',
  ];
  static override args = { job: Args.string({ description: 'Job id (default: the newest job).' }) };
  static override flags = {
    last: Flags.boolean({ description: 'The newest job (the default without a job id).' }),
  };

  async run(): Promise<JobView> {
    const { findJob, viewOf } = await import('../../import/job-lookup.js');
    const { SUMMARY_FIELDS } = await import('../../import/outcome.js');
    const view = await viewOf(await findJob(this.args.job, this.config.bin));
    const summary = view.summary ?? {
      rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      cancelled: 0,
      warnings: 0,
    };
    // The job and its rejects file are part of the record (-o json|yaml|csv), not only notes on stderr.
    await this.printRecord(
      { job: view.id, status: view.status, ...summary, rejects: view.rejectsFiles.join(', ') },
      [
        { header: 'job', value: (r) => r.job },
        { header: 'status', value: (r) => r.status },
        ...SUMMARY_FIELDS,
        { header: 'rejects', value: (r) => r.rejects },
      ],
    );
    return view;
  }
}
