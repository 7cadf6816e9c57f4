/**
 * What the terminal allows (SPEC §5): prompts, colour and spinners only on a TTY outside CI; `NO_COLOR`
 * (https://no-color.org, any non-empty value) and `--no-color` switch colour off.
 */
export interface TerminalCaps {
  /** stdin and stderr are TTYs and CI is not set: prompts are allowed. */
  interactive: boolean;
  /** stdout is a TTY: tables get borders. */
  stdoutIsTty: boolean;
  /** Colour on stderr/stdout is allowed. */
  color: boolean;
}

export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI?.toLowerCase();
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

export function detectTerminal(noColorFlag: boolean, env: NodeJS.ProcessEnv = process.env): TerminalCaps {
  const ci = isCi(env);
  const stdoutIsTty = Boolean(process.stdout.isTTY);
  const stderrIsTty = Boolean(process.stderr.isTTY);
  return {
    interactive: !ci && Boolean(process.stdin.isTTY) && stderrIsTty,
    stdoutIsTty,
    color: !ci && !noColorFlag && !env.NO_COLOR && stderrIsTty && env.TERM !== 'dumb',
  };
}

/** Minimal SGR styling; identity when colour is off, so callers never branch. */
export function makePaint(color: boolean) {
  const sgr = (open: number, close: number) => (text: string) =>
    color ? `\u001B[${open}m${text}\u001B[${close}m` : text;
  return { red: sgr(31, 39), yellow: sgr(33, 39), dim: sgr(2, 22), bold: sgr(1, 22) };
}

export type Paint = ReturnType<typeof makePaint>;
