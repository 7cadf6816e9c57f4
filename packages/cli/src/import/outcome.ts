import { CliError } from '../errors/cli-error.js';
import { ExitCode } from '../errors/exit-codes.js';
import type { Column } from '../output/formats.js';
import type { ImportSummary } from './journal.js';
import type { ImportOutcome } from './pipeline.js';

/** How many rejected rows an import keeps to show (all their problems): the rest are in the rejects file. */
export const SHOWN_REJECTS = 20;

/*
 * How an import ends, shared by `schedules import|validate` and `jobs resume|results`: the summary table
 * (SPEC §5: created, updated, unchanged, rejected) and the exit code — 65 when more rows were rejected
 * than --max-errors allows (nothing written), 68 when some were rejected within it, 130 interrupted.
 */

export const SUMMARY_FIELDS: readonly Column<ImportSummary>[] = [
  { header: 'rows', value: (s) => s.rows },
  { header: 'created', value: (s) => s.created },
  { header: 'updated', value: (s) => s.updated },
  { header: 'unchanged', value: (s) => s.unchanged },
  { header: 'rejected', value: (s) => s.rejected },
  { header: 'cancelled', value: (s) => s.cancelled },
  { header: 'warnings', value: (s) => s.warnings },
];

/** The error to throw for an outcome that must not exit 0/68, or undefined. */
export function outcomeFailure(outcome: ImportOutcome, bin: string, result?: unknown): CliError | undefined {
  const { summary } = outcome;
  if (outcome.status === 'rejected') {
    const where = outcome.rejectsPath ? ` in ${outcome.rejectsPath}` : ' (pass --rejects FILE to get them)';
    return new CliError(
      `${summary.rejected} of ${summary.rows} rows rejected, more than --max-errors allows (${outcome.allowed}): nothing was written.`,
      {
        code: 'rows_rejected',
        exitCode: ExitCode.inputInvalid,
        hint: `Fix the rows${where} and import again, or raise --max-errors.`,
        result,
      },
    );
  }
  if (outcome.status === 'interrupted') {
    return new CliError(`Interrupted: job ${outcome.jobId} is saved; no row will be written twice.`, {
      code: 'interrupted',
      exitCode: ExitCode.interrupted,
      hint: `Continue with: ${bin} schedules import --resume ${outcome.jobId}`,
    });
  }
  return undefined;
}

/** 68 when rows were rejected within --max-errors, else 0. */
export function outcomeExitCode(outcome: ImportOutcome): number {
  // Resuming a finished job exits 0 (SPEC §5), whatever that job exited with: it did nothing now.
  if (outcome.alreadyCompleted) return ExitCode.ok;
  return outcome.summary.rejected > 0 ? ExitCode.partial : ExitCode.ok;
}
