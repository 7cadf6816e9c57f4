import { CliError } from './cli-error.js';
import { ExitCode, type ExitCodeValue } from './exit-codes.js';

/** Everything the error handler prints about a failure: one line, a hint, the exit code. */
export interface Failure {
  exitCode: ExitCodeValue;
  /** Stable code: the API's problem `code` when there is one, else the CLI's own. */
  code: string;
  message: string;
  hint: string | undefined;
  requestId: string | undefined;
  /** The `--json` envelope's `result` on failure (what was done before it failed), when there is one. */
  result?: unknown;
}

interface ApiErrorShape extends Error {
  status: number;
  code?: string;
  requestId?: string;
  errors?: Array<{ path?: string; code?: string; message?: string }>;
  problem?: { detail?: string; title?: string };
  retryAfterMs?: number;
}

/** The SDK stamps each error with the brands of its class chain under this registry-wide key. */
const SDK_ERROR_KINDS = Symbol.for('@sporthub/sdk.errorKinds');

/**
 * True when `err` is an instance of the SDK class `className`. Matched by the SDK's brand (and, failing
 * that, the class names along the prototype chain) rather than `instanceof`, so the handler never has to
 * import the SDK just to classify an error — `--version` and config errors stay SDK-free.
 */
export function isSdkError(err: unknown, className: string): boolean {
  if (!(err instanceof Error)) return false;
  const kinds = (err as unknown as Record<symbol, unknown>)[SDK_ERROR_KINDS];
  if (Array.isArray(kinds)) return kinds.includes(className);
  if (err.name === className) return true;
  for (let proto = Object.getPrototypeOf(err); proto && proto !== Error.prototype; ) {
    if (proto.constructor?.name === className) return true;
    proto = Object.getPrototypeOf(proto);
  }
  return false;
}

function isApiError(err: unknown): err is ApiErrorShape {
  return isSdkError(err, 'SportHubApiError') && typeof (err as ApiErrorShape).status === 'number';
}

/** Status → exit code, stable code and hint: the families of SPEC §4 and the SDK's error subclasses. */
function describeApiError(err: ApiErrorShape): Failure {
  const { status } = err;
  const detail = err.problem?.detail ?? err.problem?.title;
  const base = { message: detail ? `${detail} (HTTP ${status})` : err.message, requestId: err.requestId };
  const family = (exitCode: ExitCodeValue, code: string, hint: string): Failure => ({
    ...base,
    exitCode,
    code: err.code ?? code,
    hint,
  });
  if (status === 401) {
    return family(
      ExitCode.auth,
      'unauthorized',
      'The token was rejected: run `sporthub login` (or fix SPORTHUB_TOKEN).',
    );
  }
  if (status === 403) {
    return family(
      ExitCode.auth,
      'forbidden',
      'The token lacks the scope for this action; use a token that has it.',
    );
  }
  if (status === 404) {
    // No problem document (another web server), or sporthub's own "No route": the API URL is wrong
    // (often a trailing /v1), not the id or code the command named.
    const noRoute = /^No route /.test(err.problem?.detail ?? '');
    if (noRoute || (!err.problem && err.code !== 'not_found')) {
      return {
        ...base,
        exitCode: ExitCode.config,
        code: 'api_url_wrong',
        hint: 'Check --api-url (or SPORTHUB_API_URL, or the profile): the base URL of a sporthub server, without /v1, e.g. http://127.0.0.1:4010.',
      };
    }
    return family(
      ExitCode.notFound,
      'not_found',
      'Check the id or code: the `list` command of its topic shows them (e.g. `sporthub members list`).',
    );
  }
  if (status === 409 || status === 412) {
    return family(
      ExitCode.conflict,
      status === 412 ? 'revision_mismatch' : 'conflict',
      'Someone changed it first: read it again and retry.',
    );
  }
  if (status === 400 || status === 422) {
    const details = (err.errors ?? [])
      .slice(0, 3)
      .map((e) => `${e.path ?? ''}: ${e.message ?? e.code ?? ''}`.trim())
      .join('; ');
    return {
      ...family(ExitCode.inputInvalid, 'validation_failed', 'Fix the input and run the command again.'),
      message: details ? `${base.message} (${details})` : base.message,
    };
  }
  if (status === 429) {
    const wait =
      typeof err.retryAfterMs === 'number' ? ` in ${Math.ceil(err.retryAfterMs / 1000)} s` : ' later';
    return family(ExitCode.transient, 'rate_limited', `Rate limited: retry${wait}.`);
  }
  if (status === 502 || status === 503 || status === 504) {
    return family(ExitCode.transient, 'unavailable', 'The server is unavailable: retry later.');
  }
  return family(ExitCode.failure, 'server_error', 'The server failed: report the request id if it persists.');
}

/**
 * oclif's parse errors span lines: a heading ("The following error occurred:"), one line per problem
 * ("Missing required flag period"), then "See more help with --help". Keep the problems on one line,
 * so a missing input names its flag (SPEC §5).
 */
function firstLine(message: string): string {
  const lines = message
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('See more help'));
  const problems = lines.filter((l) => !/^The following errors? occurred:?$/.test(l));
  return problems.length > 0 ? problems.join('; ') : (lines[0] ?? message);
}

/**
 * Maps any thrown value to the SPEC §5 exit code and a stable code. The single place where that mapping
 * lives: the base command's `catch`, the SIGINT handler and the not-found hook all go through it.
 */
export function describeFailure(err: unknown): Failure {
  if (CliError.is(err)) {
    return {
      exitCode: err.exitCode,
      code: err.code,
      message: err.message,
      hint: err.hint,
      requestId: err.requestId,
      result: err.result,
    };
  }
  if (isApiError(err)) return describeApiError(err);
  if (isSdkError(err, 'TimeoutError')) {
    return {
      exitCode: ExitCode.transient,
      code: 'timeout',
      message: (err as Error).message || 'The request timed out.',
      hint: 'The server did not answer in time: retry later.',
      requestId: requestIdOf(err),
    };
  }
  if (isSdkError(err, 'ConnectionError')) {
    return {
      exitCode: ExitCode.transient,
      code: 'connection_failed',
      message: (err as Error).message || 'Could not reach the server.',
      hint: 'Check --api-url (or SPORTHUB_API_URL) and that the server is running, then retry.',
      requestId: requestIdOf(err),
    };
  }
  if (isSdkError(err, 'AbortError')) {
    return {
      exitCode: ExitCode.interrupted,
      code: 'interrupted',
      message: 'Interrupted.',
      hint: undefined,
      requestId: undefined,
    };
  }
  const message = err instanceof Error ? err.message : String(err);
  return {
    exitCode: ExitCode.failure,
    code: 'internal_error',
    message: firstLine(message),
    hint: undefined,
    requestId: undefined,
  };
}

function requestIdOf(err: unknown): string | undefined {
  const id = (err as { requestId?: unknown }).requestId;
  return typeof id === 'string' ? id : undefined;
}

/** Anything oclif's parser throws (unknown flag, bad value, missing or extra argument) is a usage error. */
export function describeParseFailure(err: unknown, commandId: string, bin: string): Failure {
  const message = err instanceof Error ? firstLine(err.message) : String(err);
  return {
    exitCode: ExitCode.usage,
    code: 'usage',
    message,
    hint: `Run \`${bin} ${commandId} --help\` for usage.`,
    requestId: undefined,
  };
}
