import { CliError } from '../errors/cli-error.js';
import { ExitCode } from '../errors/exit-codes.js';
import type { Column } from '../output/formats.js';
import { Job } from './journal.js';

/*
 * Finding a job for the `jobs` commands: by id, or the newest one when none is given (`--last`).
 */

export async function findJob(id: string | undefined, bin: string): Promise<Job> {
  const job = id ? await Job.load(id) : (await Job.list())[0];
  if (!job) {
    throw new CliError(id ? `No import job ${id}.` : 'No import jobs yet.', {
      code: 'job_not_found',
      exitCode: ExitCode.notFound,
      hint: id
        ? `List the jobs with \`${bin} jobs list\`.`
        : `Start one with \`${bin} schedules import FILE\`.`,
    });
  }
  return job;
}

/** A job as `jobs list` and `jobs status` show it. */
export interface JobView {
  id: string;
  status: string;
  running: boolean;
  pid: number | null;
  createdAt: string;
  updatedAt: string;
  files: string[];
  batches: number | null;
  acknowledged: number;
  summary: Job['record']['summary'] | null;
  rejectsPath: string | null;
  /** Every rejects file (`rejects.csv`, `rejects.2.csv`… for files with other headers). */
  rejectsFiles: string[];
  error: Job['record']['error'] | null;
}

/**
 * The counts of a job that has not finished: its last saved summary (pass 1's rows and rejects) with
 * the writes of every batch the server acknowledged so far, so a job killed half-way does not read as
 * "0 created" while thousands of rows are on the server.
 */
function progressSummary(
  summary: Job['record']['summary'],
  acked: Awaited<ReturnType<Job['acknowledged']>>,
): Job['record']['summary'] {
  if (!summary || acked.size === 0) return summary;
  const sum = { ...summary, created: 0, updated: 0, unchanged: 0 };
  for (const batch of acked.values()) {
    sum.created += batch.created;
    sum.updated += batch.updated;
    sum.unchanged += batch.unchanged;
    sum.rejected += batch.rejected;
  }
  return sum;
}

export async function viewOf(job: Job): Promise<JobView> {
  const pid = await job.runningPid();
  const r = job.record;
  const acked = await job.acknowledged();
  // A job still marked running was killed or is writing: its summary is pass 1's (an interrupted one
  // saved its counts when it stopped).
  return {
    id: r.id,
    // A job whose process died while writing (SIGKILL, a crash, a reboot) never got to record it.
    // …and one whose process died while checking the files never wrote anything: it failed.
    status:
      pid === undefined
        ? ({ running: 'interrupted', validating: 'failed' }[r.status as string] ?? r.status)
        : r.status,
    running: pid !== undefined,
    pid: pid ?? null,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    files: r.files.map((f) => f.path),
    batches: r.batches ?? null,
    acknowledged: acked.size,
    summary: (r.status === 'running' ? progressSummary(r.summary, acked) : r.summary) ?? null,
    rejectsPath: r.rejectsPath ?? null,
    rejectsFiles: r.rejectsFiles ?? (r.rejectsPath ? [r.rejectsPath] : []),
    error: r.error ?? (pid === undefined && r.status === 'validating' ? STOPPED_CHECKING : null),
  };
}

/** Why a job whose process died while checking its files (Ctrl-C, a kill) failed. */
const STOPPED_CHECKING = {
  code: 'stopped_before_writing',
  message:
    'The import stopped while checking the files; nothing was written: `jobs resume` checks them again and imports them.',
};

export const JOB_COLUMNS: readonly Column<JobView>[] = [
  { header: 'id', value: (j) => j.id },
  { header: 'status', value: (j) => (j.running ? `${j.status} (pid ${j.pid})` : j.status) },
  { header: 'created', value: (j) => j.createdAt },
  { header: 'batches', value: (j) => (j.batches === null ? '' : `${j.acknowledged}/${j.batches}`) },
  { header: 'rows', value: (j) => j.summary?.rows ?? '' },
  { header: 'rejected', value: (j) => j.summary?.rejected ?? '' },
  { header: 'files', value: (j) => j.files },
];

export const JOB_FIELDS: readonly Column<JobView>[] = [
  ...JOB_COLUMNS,
  { header: 'updated', value: (j) => j.updatedAt },
  { header: 'rejects', value: (j) => j.rejectsFiles.join(', ') },
  { header: 'error', value: (j) => (j.error ? `${j.error.message} [${j.error.code}]` : '') },
];
