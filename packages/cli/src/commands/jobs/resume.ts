import { Args, Flags } from '@oclif/core';
import { usageError } from '../../errors/cli-error.js';
import SchedulesImport from '../schedules/import.js';

/** `schedules import --resume` under the `jobs` topic, so both behave (and exit) the same way. */
export default class JobsResume extends SchedulesImport {
  static override summary = 'Continue an interrupted import job from its first unacknowledged batch.';
  static override description =
    'Checks the files are unchanged (sha256), then re-sends the batches not acknowledged with the same idempotency keys: every row is written exactly once. Resuming a finished job prints its summary and exits 0 (it writes nothing; `jobs results` shows its rejected rows); a job whose process still runs exits 69.';
  static override examples = [
    '<%= config.bin %> jobs resume --last',
    '<%= config.bin %> jobs resume 20261128-232812-3fa9',
  ];
  static override strict = true;
  // Named `job` for the help's usage line; the import's own argument (files) does not apply here.
  static override args = {
    job: Args.string({ description: 'Job id (see `jobs list`).' }),
  } as unknown as typeof SchedulesImport.args;
  // The import's flags are parsed but not shown: a resumed job keeps its own, and giving one again is a
  // usage error (only --concurrency and --progress may change).
  static override flags = {
    ...(Object.fromEntries(
      Object.entries(SchedulesImport.flags).map(([name, flag]) => [
        name,
        { ...flag, hidden: name !== 'progress' },
      ]),
    ) as typeof SchedulesImport.flags),
    last: Flags.boolean({ description: 'Resume the newest job.' }),
  };

  protected override async inputFiles(): Promise<string[]> {
    return [];
  }

  protected override async resumeId(): Promise<string | undefined> {
    const id = (this.args as { job?: string }).job;
    const { last } = this.flags as { last?: boolean };
    if (!id && !last) throw usageError('Name the job to resume, or pass --last.');
    if (id && last) throw usageError(`Give a job id or --last, not both (${id} or the newest job?).`);
    const { findJob } = await import('../../import/job-lookup.js');
    return (await findJob(id, this.config.bin)).id;
  }
}
