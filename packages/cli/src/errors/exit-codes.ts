/**
 * Exit codes of the `sporthub` CLI (SPEC §5). One table: the error handler maps failures to these
 * numbers, and `sporthub --help` / `sporthub help` print the same table, so the two cannot drift.
 */
export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  config: 3,
  auth: 4,
  notFound: 5,
  conflict: 6,
  stalePlan: 7,
  planHasChanges: 10,
  inputInvalid: 65,
  partial: 68,
  stillRunning: 69,
  transient: 75,
  interrupted: 130,
} as const;

export type ExitCodeName = keyof typeof ExitCode;
export type ExitCodeValue = (typeof ExitCode)[ExitCodeName];

/** What each exit code means to an operator, in the order `sporthub help` lists them. */
export const EXIT_CODE_MEANINGS: ReadonlyArray<readonly [ExitCodeValue, string]> = [
  [ExitCode.ok, 'ok'],
  [ExitCode.failure, 'failure (unexpected error, server error)'],
  [ExitCode.usage, 'usage: unknown command or flag, bad flag value'],
  [ExitCode.config, 'config: no API URL or token (run `sporthub login`), unsafe config file'],
  [ExitCode.auth, 'auth: token rejected (401) or missing scope (403)'],
  [ExitCode.notFound, 'not found'],
  [ExitCode.conflict, 'conflict: a write lost a race (409/412)'],
  [ExitCode.stalePlan, 'stale plan: nothing applied'],
  [ExitCode.planHasChanges, 'plan has changes (--detailed-exitcode)'],
  [ExitCode.inputInvalid, 'input data invalid (unreadable file, rejected rows, 422); nothing written'],
  [ExitCode.partial, 'partial success'],
  [ExitCode.stillRunning, 'still running'],
  [ExitCode.transient, 'transient: rate limited, unavailable, network; retry later'],
  [ExitCode.interrupted, 'interrupted (Ctrl-C)'],
];

/** The exit-code table as plain text, for help output and the README. */
export function formatExitCodeTable(): string {
  return EXIT_CODE_MEANINGS.map(([code, meaning]) => `${String(code).padStart(3)}  ${meaning}`).join('\n');
}
