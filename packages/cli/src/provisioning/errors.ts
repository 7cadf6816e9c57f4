import { CliError } from '../errors/cli-error.js';
import { ExitCode } from '../errors/exit-codes.js';
import { formatLocation, type Location } from './source-map.js';

/** One problem in the manifest, at a file and line. */
export interface ManifestProblem {
  at: Location;
  message: string;
}

/** How many problems one run lists; the rest are counted. */
const MAX_LISTED = 20;

/**
 * Invalid input (SPEC §5 exit 65): every problem on its own line as `file:line: message`, so editors and
 * CI annotations can jump to it. Nothing has been written when this is thrown.
 */
export function manifestInvalid(problems: readonly ManifestProblem[]): CliError {
  const sorted = [...problems].sort((a, b) => a.at.file.localeCompare(b.at.file) || a.at.line - b.at.line);
  const lines = sorted.slice(0, MAX_LISTED).map((p) => `  ${formatLocation(p.at)}: ${p.message}`);
  if (sorted.length > MAX_LISTED) lines.push(`  … and ${sorted.length - MAX_LISTED} more`);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new CliError(`The manifest has ${count}:\n${lines.join('\n')}`, {
    code: 'manifest_invalid',
    exitCode: ExitCode.inputInvalid,
    hint: 'Fix the listed lines and run the command again; nothing was written.',
  });
}
