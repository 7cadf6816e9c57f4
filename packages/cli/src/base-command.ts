import { Command, Flags, type Interfaces } from '@oclif/core';
import type { RetryEvent, SportHub } from '@sporthub/sdk';
import type { Profile } from './config/profile.js';
import { isHttpUrl, type ResolvedConfig, resolveConfig } from './config/resolve.js';
import type { ProfileStore } from './config/store.js';
import { CliError, configError, usageError } from './errors/cli-error.js';
import { describeFailure, describeParseFailure } from './errors/describe-failure.js';
import { ExitCode } from './errors/exit-codes.js';
import { reportFailure } from './errors/report.js';
import { type EnvelopeContext, successEnvelope, writeEnvelope } from './output/envelope.js';
import { isOutputFormat, OUTPUT_FORMATS, type OutputFormat } from './output/formats.js';
import type { Column } from './output/index.js';
import { detectTerminal, makePaint, type Paint, type TerminalCaps } from './terminal/index.js';

/**
 * SPORTHUB_TIMEOUT: seconds a request may take, its retries included (the SDK's default, 60, when unset).
 * A slow link or a large batch may need more; a test of stalls, less.
 */
function requestTimeoutMs(): number | undefined {
  const value = process.env.SPORTHUB_TIMEOUT;
  if (value === undefined || value === '') return undefined;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw configError(
      `SPORTHUB_TIMEOUT "${value}" is not a number of seconds.`,
      'Set it to e.g. 120, or unset it.',
      'config_invalid',
    );
  }
  return Math.round(seconds * 1000);
}

/**
 * Retries per request (the SDK's default is 2). An import or export is hundreds of requests: with 2
 * retries, 10% of requests failing transiently (SPEC §7 faults bar) breaks about one call in 1,700 and
 * so most long jobs; 5 retries (backoff up to 0.5+1+2+4+8 s, within the SDK's 60 s deadline) make it
 * one in a million. Writes stay safe to retry: every POST carries an Idempotency-Key.
 */
const CLI_MAX_RETRIES = 5;

export type CommandFlags<T extends typeof Command> = Interfaces.InferredFlags<
  (typeof SporthubCommand)['baseFlags'] & T['flags']
>;
export type CommandArgs<T extends typeof Command> = Interfaces.InferredArgs<T['args']>;

const GLOBAL = 'GLOBAL';

/**
 * Base of every `sporthub` command: the global flags of SPEC §5, config resolution, the lazily created
 * SDK client, output in the chosen format, and the one error handler that turns any failure into a SPEC
 * exit code (and, with `--json`, the one envelope document).
 *
 * A command implements `run()`, returns its result (the envelope's `result`), and prints human output with
 * `printList` / `printRecord` (skipped under `--json`) and notes with `note` (stderr).
 */
export abstract class SporthubCommand<T extends typeof Command> extends Command {
  static override baseFlags = {
    profile: Flags.string({
      description: 'Profile to use. Default: $SPORTHUB_PROFILE, else "default".',
      helpGroup: GLOBAL,
    }),
    'api-url': Flags.string({
      description: 'API base URL, e.g. https://api.example.org. Overrides $SPORTHUB_API_URL and the profile.',
      helpGroup: GLOBAL,
    }),
    json: Flags.boolean({
      description:
        'Print exactly one JSON document on stdout: {ok, command, result, warnings, error?, meta}.',
      helpGroup: GLOBAL,
    }),
    output: Flags.option({
      char: 'o',
      options: OUTPUT_FORMATS,
      description: "Output format of the data. Default: the profile's defaults.output, else table.",
      helpGroup: GLOBAL,
    })(),
    quiet: Flags.boolean({
      description: 'Print only data and errors: no notes or hints on stderr.',
      helpGroup: GLOBAL,
    }),
    verbose: Flags.boolean({
      description: 'Trace every HTTP request and response to stderr (tokens redacted).',
      helpGroup: GLOBAL,
    }),
    'no-color': Flags.boolean({
      description: 'No colour. Also off with NO_COLOR set, when not a TTY, or with CI=true.',
      helpGroup: GLOBAL,
    }),
  };

  protected flags!: CommandFlags<T>;
  protected args!: CommandArgs<T>;
  protected terminal: TerminalCaps = { interactive: false, stdoutIsTty: false, color: false };
  protected paint: Paint = makePaint(false);

  private readonly warnings: string[] = [];
  private startedAt = performance.now();
  private storePromise: Promise<ProfileStore> | undefined;
  private resolved: ResolvedConfig | undefined;
  private hub: SportHub | undefined;
  /** Told of each request the SDK is about to retry, and how long it waits: long commands show it. */
  protected onRetry: ((event: RetryEvent) => void) | undefined;
  private readonly onSigint = () => this.interrupted();

  /** The command as typed, with spaces: `outlets list`. */
  protected get commandName(): string {
    return (this.id ?? '').split(':').join(' ');
  }

  /** `--json` was given (looked up in argv too, so parse errors still get the envelope). */
  protected get jsonMode(): boolean {
    if (this.flags) return this.flags.json === true;
    const end = this.argv.indexOf('--');
    const argv = end === -1 ? this.argv : this.argv.slice(0, end);
    return argv.includes('--json');
  }

  public override async init(): Promise<void> {
    await super.init();
    this.startedAt = performance.now();
    process.once('SIGINT', this.onSigint);
    const noColor = this.argv.includes('--no-color');
    this.terminal = detectTerminal(noColor);
    this.paint = makePaint(this.terminal.color);
    const ctor = this.ctor as typeof SporthubCommand;
    try {
      const { args, flags } = await this.parse({
        flags: ctor.flags,
        baseFlags: ctor.baseFlags,
        args: ctor.args,
        strict: ctor.strict,
        enableJsonFlag: false,
      });
      this.flags = flags as CommandFlags<T>;
      this.args = args as CommandArgs<T>;
    } catch (error) {
      const failure = describeParseFailure(error, this.commandName, this.config.bin);
      throw new CliError(failure.message, {
        code: failure.code,
        exitCode: ExitCode.usage,
        hint: failure.hint,
      });
    }
  }

  /**
   * Runs the command; on success prints the `--json` envelope. oclif's own `_run` prints JSON only for
   * `enableJsonFlag` commands and only for truthy results, which does not fit SPEC §5.
   */
  protected override async _run<R>(): Promise<R> {
    let result: unknown;
    let failed: Error | undefined;
    try {
      await this.init();
      result = await this.run();
    } catch (error) {
      failed = error as Error;
      await this.catch(failed);
    } finally {
      await this.finally(failed);
    }
    if (this.jsonMode) writeEnvelope(successEnvelope(this.envelopeContext(), result));
    return result as R;
  }

  /** The one error handler: every failure becomes a stable code, a SPEC §5 exit code and one message. */
  protected override async catch(err: Interfaces.CommandError): Promise<never> {
    if (isExitError(err)) throw err;
    const failure = describeFailure(err);
    reportFailure(failure, {
      json: this.jsonMode,
      quiet: this.flags?.quiet === true,
      envelope: this.envelopeContext(),
      paint: this.paint,
    });
    if (failure.code === 'internal_error' && this.flags?.verbose && err.stack) {
      process.stderr.write(`${err.stack}\n`);
    }
    process.exitCode = failure.exitCode;
    return this.exit(failure.exitCode);
  }

  protected override async finally(err: Error | undefined): Promise<void> {
    process.removeListener('SIGINT', this.onSigint);
    await super.finally(err);
  }

  // ---- configuration -------------------------------------------------------------------------------

  /** The profile store (config file), opened on first use. */
  protected profiles(): Promise<ProfileStore> {
    this.storePromise ??= import('./config/store.js').then(({ ProfileStore }) => ProfileStore.open());
    return this.storePromise;
  }

  /** Settings after precedence: flags > SPORTHUB_* environment > profile. */
  protected async settings(): Promise<ResolvedConfig> {
    if (!this.resolved) {
      const store = await this.profiles();
      this.resolved = resolveConfig({
        flags: { profile: this.flags.profile, apiUrl: this.flags['api-url'] },
        env: process.env,
        lookup: (name) => store.get(name),
      });
    }
    return this.resolved;
  }

  /** The SDK client for the resolved settings; fails with exit 3 naming what is missing. */
  protected async client(): Promise<SportHub> {
    if (this.hub) return this.hub;
    const { apiUrl, token, profile } = await this.settings();
    await this.checkNamedProfile(profile, Boolean(apiUrl && token));
    if (apiUrl) this.checkApiUrl(apiUrl);
    if (!apiUrl) {
      throw configError(
        `No API URL: pass --api-url or set SPORTHUB_API_URL (profile "${profile}" has none).`,
        'Run `sporthub login --api-url <url> --with-token` to set up a profile.',
      );
    }
    if (!token) {
      throw configError(
        `No API token: set SPORTHUB_TOKEN or log in (profile "${profile}" has none).`,
        'Run `sporthub login` (or `sporthub login --with-token < token.txt`).',
      );
    }
    this.hub = await this.createClient({ apiUrl, token });
    return this.hub;
  }

  /** An API URL that is no http(s) URL: exit 2 from `--api-url`, else 3 naming where it came from. */
  private checkApiUrl(apiUrl: string): void {
    if (isHttpUrl(apiUrl)) return;
    const source = this.resolved?.sources.apiUrl;
    const problem = `"${apiUrl}" is not an http(s) URL, e.g. https://api.example.org`;
    if (source === 'flag') throw usageError(`--api-url ${problem}.`);
    const where =
      source === 'env' ? 'SPORTHUB_API_URL' : `the API URL of profile "${this.resolved?.profile}"`;
    throw configError(
      `${where} ${problem}.`,
      source === 'env'
        ? 'Fix or unset SPORTHUB_API_URL.'
        : 'Run `sporthub config set apiUrl <url>` or `sporthub login --api-url <url>`.',
      'config_invalid',
    );
  }

  /**
   * A profile named by `--profile` or SPORTHUB_PROFILE that the config file does not hold is a typo or a
   * machine that was never logged in: an error when the profile was needed (exit 3, naming the profiles
   * there are), a warning when the flags and environment supply the API URL and token anyway.
   */
  private async checkNamedProfile(profile: string, suppliedElsewhere: boolean): Promise<void> {
    if (!this.flags.profile && !process.env.SPORTHUB_PROFILE) return;
    const store = await this.profiles();
    if (store.get(profile)) return;
    if (suppliedElsewhere) {
      this.warning(
        `Profile "${profile}" does not exist; using the API URL and token from the flags and environment.`,
      );
      return;
    }
    const known = store.names();
    throw configError(
      `Profile "${profile}" does not exist${known.length ? ` (profiles: ${known.join(', ')})` : ' (no profiles are configured)'}.`,
      `Run \`sporthub login --profile ${profile}\` to create it, or \`sporthub config profiles\` to list them.`,
      'profile_not_found',
    );
  }

  /** A client for explicit settings (used by `login` to verify before saving). Loads the SDK lazily. */
  protected async createClient(profile: Required<Pick<Profile, 'apiUrl' | 'token'>>): Promise<SportHub> {
    const { SportHub } = await import('@sporthub/sdk');
    const options = {
      baseUrl: profile.apiUrl,
      token: profile.token,
      userAgent: `sporthub-cli/${this.config.version}`,
      maxRetries: CLI_MAX_RETRIES,
      timeoutMs: requestTimeoutMs(),
    };
    const onRetry = (event: RetryEvent) => this.onRetry?.(event);
    if (!this.flags.verbose) return new SportHub({ ...options, hooks: { onRetry } });
    const { traceHooks } = await import('./sdk/trace.js');
    const write = (line: string) => process.stderr.write(`${this.paint.dim(line)}\n`);
    const trace = traceHooks(write, [profile.token]);
    return new SportHub({
      ...options,
      hooks: {
        ...trace,
        onRetry: (event) => {
          trace.onRetry(event);
          onRetry(event);
        },
      },
    });
  }

  // ---- output ----------------------------------------------------------------------------------------

  /** `-o`, else the profile's defaults.output (when the config is loaded), else table. */
  protected get outputFormat(): OutputFormat {
    const fromProfile = this.resolved?.defaults.output;
    return this.flags.output ?? (fromProfile && isOutputFormat(fromProfile) ? fromProfile : 'table');
  }

  /** Writes a list to stdout in the chosen format; nothing under `--json` (the envelope carries it). */
  protected async printList<R>(rows: readonly R[], columns: readonly Column<R>[]): Promise<void> {
    if (this.jsonMode) return;
    const { renderList } = await import('./output/index.js');
    process.stdout.write(await renderList(rows, columns, this.renderOptions()));
  }

  /**
   * A cursor-paged list: the page at `cursor`, or every page with `all`, printed with `columns`, then a
   * note naming the next page's cursor (and `No <what> match.` when empty). Returns the `--json` result.
   */
  protected async listPages<R>(
    fetchPage: (cursor: string | undefined) => Promise<{ data: R[]; nextCursor: string | null }>,
    options: {
      all?: boolean | undefined;
      cursor?: string | undefined;
      columns: readonly Column<R>[];
      what: string;
    },
  ): Promise<{ data: R[]; nextCursor: string | null }> {
    let result: { data: R[]; nextCursor: string | null };
    if (options.all) {
      const data: R[] = [];
      let at: string | undefined;
      do {
        const next = await fetchPage(at);
        data.push(...next.data);
        at = next.nextCursor ?? undefined;
      } while (at);
      result = { data, nextCursor: null };
    } else {
      result = await fetchPage(options.cursor);
    }
    await this.printList(result.data, options.columns);
    if (result.data.length === 0) this.note(`No ${options.what} match.`);
    if (result.nextCursor) {
      this.note(
        `More ${options.what}: run again with --cursor ${result.nextCursor}, or with --all for every page.`,
      );
    }
    return result;
  }

  /** Writes one record to stdout in the chosen format; nothing under `--json`. */
  protected async printRecord<R>(record: R, fields: readonly Column<R>[]): Promise<void> {
    if (this.jsonMode) return;
    const { renderRecord } = await import('./output/index.js');
    process.stdout.write(await renderRecord(record, fields, this.renderOptions()));
  }

  /** A note or next-step hint for the operator, on stderr; silent with `--quiet` or `--json`. */
  protected note(message: string): void {
    if (this.flags?.quiet || this.jsonMode) return;
    process.stderr.write(`${message}\n`);
  }

  /** A warning: in the envelope's `warnings` under `--json`, else on stderr (even with `--quiet`). */
  protected warning(message: string): void {
    this.warnings.push(message);
    if (!this.jsonMode) process.stderr.write(`${this.paint.yellow('Warning:')} ${message}\n`);
  }

  private renderOptions() {
    return { format: this.outputFormat, tty: this.terminal.stdoutIsTty, color: this.terminal.color };
  }

  private envelopeContext(): EnvelopeContext {
    return {
      command: this.commandName,
      warnings: this.warnings,
      startedAt: this.startedAt,
      cliVersion: this.config.version,
    };
  }

  /** Ctrl-C: report it like any failure (envelope with --json) and exit 130 at once. */
  private interrupted(): void {
    reportFailure(
      {
        exitCode: ExitCode.interrupted,
        code: 'interrupted',
        message: 'Interrupted.',
        hint: undefined,
        requestId: undefined,
      },
      { json: this.jsonMode, envelope: this.envelopeContext(), paint: this.paint },
    );
    process.exit(ExitCode.interrupted);
  }
}

function isExitError(err: unknown): boolean {
  return (err as { code?: unknown })?.code === 'EEXIT';
}
