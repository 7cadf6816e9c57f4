import { type EnvelopeContext, failureEnvelope, writeEnvelope } from '../output/envelope.js';
import type { Paint } from '../terminal/index.js';
import type { Failure } from './describe-failure.js';

export interface ReportOptions {
  json: boolean;
  /** `--quiet`: the error line only, no hint (the envelope keeps it). */
  quiet?: boolean;
  envelope: EnvelopeContext;
  paint: Paint;
}

/**
 * Prints a failure: with `--json` the one envelope on stdout; otherwise one line on stderr, then the
 * hint (not with `--quiet`). Never prints the data stream, so a pipe reading stdout sees nothing on failure.
 */
export function reportFailure(failure: Failure, opts: ReportOptions): void {
  if (opts.json) {
    writeEnvelope(failureEnvelope(opts.envelope, failure));
    return;
  }
  const { paint } = opts;
  const request =
    failure.requestId && !failure.message.includes(failure.requestId)
      ? ` (request ${failure.requestId})`
      : '';
  const lines = [`${paint.red('Error:')} ${failure.message}${request} ${paint.dim(`[${failure.code}]`)}`];
  if (failure.hint && !opts.quiet) lines.push(`${paint.yellow('Hint:')} ${failure.hint}`);
  process.stderr.write(`${lines.join('\n')}\n`);
}
