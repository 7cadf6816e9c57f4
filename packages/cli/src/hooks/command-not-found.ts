import type { Hook } from '@oclif/core';
import { ExitCode } from '../errors/exit-codes.js';
import { reportFailure } from '../errors/report.js';
import { detectTerminal, makePaint } from '../terminal/index.js';

/**
 * Unknown command: a usage error (exit 2, SPEC §5) with the closest command as a suggestion. Replaces
 * @oclif/plugin-not-found, which prompts and exits 127.
 */
const hook: Hook.CommandNotFound = async function (opts) {
  const startedAt = performance.now();
  const typed = opts.id.split(':').join(' ');
  const ids = opts.config.commandIDs.map((id) => id.split(':').join(' '));
  const suggestion = closest(typed, ids);
  const argv = opts.argv ?? [];
  const end = argv.indexOf('--');
  const json = (end === -1 ? argv : argv.slice(0, end)).includes('--json');
  const terminal = detectTerminal(argv.includes('--no-color'));
  reportFailure(
    {
      exitCode: ExitCode.usage,
      code: 'command_not_found',
      message: `"${typed}" is not a ${opts.config.bin} command.`,
      hint: `${suggestion ? `Did you mean "${opts.config.bin} ${suggestion}"? ` : ''}Run \`${opts.config.bin} help\` for the list of commands.`,
      requestId: undefined,
    },
    {
      json,
      envelope: { command: typed, warnings: [], startedAt, cliVersion: opts.config.version },
      paint: makePaint(terminal.color),
    },
  );
  this.exit(ExitCode.usage);
};

export default hook;

/** The command id nearest to `typed` by edit distance, if it is near enough to be a likely typo. */
export function closest(typed: string, candidates: readonly string[]): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const id of candidates) {
    const distance = levenshtein(typed, id);
    if (!best || distance < best.distance) best = { id, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(typed.length / 3)) ? best.id : undefined;
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
