import { ExitCode, type ExitCodeValue } from './exit-codes.js';

export interface CliErrorOptions {
  /** Stable machine-readable code, e.g. `config_missing`, `not_found`. */
  code: string;
  exitCode: ExitCodeValue;
  /** What to do next, one line. */
  hint?: string | undefined;
  requestId?: string | undefined;
  cause?: unknown;
  /** What the command did get done, for the `--json` envelope's `result` (e.g. an import's summary). */
  result?: unknown;
}

/**
 * The one error type commands throw on purpose. The base command's handler prints it (or puts it in the
 * `--json` envelope) and exits with `exitCode`; anything else thrown is mapped by `describeFailure`.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly code: string;
  readonly exitCode: ExitCodeValue;
  readonly hint: string | undefined;
  readonly requestId: string | undefined;
  readonly result: unknown;

  constructor(message: string, options: CliErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.exitCode = options.exitCode;
    this.hint = options.hint;
    this.requestId = options.requestId;
    this.result = options.result;
  }

  /** `CliError` across module copies (tests load the sources twice): match on the brand, not the class. */
  static is(err: unknown): err is CliError {
    return err instanceof Error && err.name === 'CliError' && typeof (err as CliError).exitCode === 'number';
  }
}

/** A missing or invalid flag/argument: exit 2, naming the flag. */
export function usageError(message: string, hint?: string): CliError {
  return new CliError(message, { code: 'usage', exitCode: ExitCode.usage, hint });
}

/** Missing or unusable configuration (API URL, token, config file): exit 3. */
export function configError(message: string, hint?: string, code = 'config_missing'): CliError {
  return new CliError(message, { code, exitCode: ExitCode.config, hint });
}
