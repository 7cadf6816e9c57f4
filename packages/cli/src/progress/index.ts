/*
 * Progress of long commands (SPEC §5): a one-line bar on stderr when stderr is a terminal outside CI
 * (processed, ok, rejected, rate, ETA), NDJSON events on stderr otherwise (or with `--progress ndjson`)
 * so a CI job or a wrapper can follow along, nothing with `--progress none` or `--quiet`. Redraws are
 * throttled; stdout is never touched, so data and the final summary stay clean.
 */

export const PROGRESS_MODES = ['auto', 'bar', 'ndjson', 'none'] as const;
export type ProgressFlag = (typeof PROGRESS_MODES)[number];
export type ProgressMode = Exclude<ProgressFlag, 'auto'>;

/** The mode `auto` resolves to: a bar on an interactive stderr outside CI, else NDJSON events. */
export function resolveProgressMode(
  flag: ProgressFlag | undefined,
  context: { stderrIsTty: boolean; ci: boolean; quiet: boolean },
): ProgressMode {
  if (flag && flag !== 'auto') return flag;
  if (context.quiet) return 'none';
  return context.stderrIsTty && !context.ci ? 'bar' : 'ndjson';
}

/** Counters of a phase. */
export interface ProgressCounts {
  processed: number;
  ok: number;
  rejected: number;
}

export interface ProgressEvent extends ProgressCounts {
  type: 'progress';
  phase: string;
  total: number | null;
  elapsedMs: number;
  /** Rows per second since the phase started. */
  rate: number;
  etaSeconds: number | null;
  done: boolean;
}

/** A wait before a retry (SPEC §5: long work shows why it stands still): rate limited, a 503, a lost connection. */
export interface WaitEvent {
  type: 'retry';
  phase: string;
  /** The attempt that failed (1 = the first). */
  attempt: number;
  delayMs: number;
  /** The API error code (`rate_limited`, `unavailable`…), or `network` when no answer came. */
  reason: string;
  message: string;
}

/** What a retry needs to be shown: the SDK's `RetryEvent` fits. */
export interface RetryNotice {
  attempt: number;
  delayMs: number;
  error: Error & { code?: unknown; status?: unknown };
}

interface Sink {
  write(text: string): unknown;
}

const BAR_WIDTH = 24;

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const m = Math.floor(seconds / 60);
  return m < 60
    ? `${m}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`
    : `${Math.floor(m / 60)}h${m % 60}m`;
}

const grouped = (n: number) => n.toLocaleString('en-US');

/** One reporter per command; `phase()` starts a new counter set (validate, write, …). */
export class ProgressReporter {
  private phaseName = '';
  private total: number | null = null;
  private startedAt = 0;
  private lastDraw = 0;
  private counts: ProgressCounts = { processed: 0, ok: 0, rejected: 0 };
  private drawn = false;

  constructor(
    readonly mode: ProgressMode,
    private readonly sink: Sink = process.stderr,
    private readonly intervalMs = mode === 'bar' ? 100 : 1000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  phase(name: string, total: number | null = null): void {
    this.phaseName = name;
    this.total = total;
    this.startedAt = this.now();
    this.lastDraw = 0;
    this.counts = { processed: 0, ok: 0, rejected: 0 };
  }

  update(counts: ProgressCounts): void {
    this.counts = counts;
    const now = this.now();
    if (now - this.lastDraw < this.intervalMs) return;
    this.lastDraw = now;
    this.emit(false);
  }

  /** Final event of the phase (always emitted), then the bar's line is cleared. */
  done(counts: ProgressCounts = this.counts): void {
    this.counts = counts;
    this.emit(true);
  }

  /**
   * Shows that the command waits before retrying a request: an NDJSON `retry` event, or the bar's line
   * with what it waits for. The next update draws the plain bar again.
   */
  waiting(notice: RetryNotice): void {
    if (this.mode === 'none') return;
    const rateLimited = notice.error.status === 429;
    const event: WaitEvent = {
      type: 'retry',
      phase: this.phaseName,
      attempt: notice.attempt,
      delayMs: Math.round(notice.delayMs),
      reason: typeof notice.error.code === 'string' ? notice.error.code : 'network',
      message: notice.error.message,
    };
    if (this.mode === 'ndjson') {
      this.sink.write(`${JSON.stringify(event)}\n`);
      return;
    }
    const why = rateLimited ? 'rate limited by the server' : notice.error.message;
    this.emit(false, ` · waiting ${formatDuration(notice.delayMs / 1000)} to retry: ${why}`);
    // Keep the note on screen until the next regular redraw is due.
    this.lastDraw = this.now();
  }

  /** Clears the bar so a message can be printed on a clean line. */
  clear(): void {
    if (this.mode === 'bar' && this.drawn) this.sink.write('\r\u001B[2K');
    this.drawn = false;
  }

  event(done: boolean): ProgressEvent {
    const elapsedMs = Math.max(1, this.now() - this.startedAt);
    const rate = (this.counts.processed * 1000) / elapsedMs;
    const left = this.total === null ? null : Math.max(0, this.total - this.counts.processed);
    return {
      type: 'progress',
      phase: this.phaseName,
      ...this.counts,
      total: this.total,
      elapsedMs: Math.round(elapsedMs),
      rate: Math.round(rate),
      etaSeconds: left === null || rate === 0 ? null : Math.round(left / rate),
      done,
    };
  }

  private emit(done: boolean, note = ''): void {
    if (this.mode === 'none') return;
    const e = this.event(done);
    if (this.mode === 'ndjson') {
      this.sink.write(`${JSON.stringify(e)}\n`);
      return;
    }
    const fraction = e.total ? Math.min(1, e.processed / e.total) : null;
    const bar =
      fraction === null
        ? ''
        : `[${'█'.repeat(Math.round(fraction * BAR_WIDTH)).padEnd(BAR_WIDTH, '░')}] ${Math.floor(fraction * 100)}% `;
    const of = e.total === null ? '' : `/${grouped(e.total)}`;
    const eta = e.etaSeconds === null || done ? '' : ` ETA ${formatDuration(e.etaSeconds)}`;
    const line =
      `${e.phase} ${bar}${grouped(e.processed)}${of} rows · ok ${grouped(e.ok)} · rejected ${grouped(e.rejected)}` +
      ` · ${grouped(e.rate)} rows/s${eta}`;
    this.sink.write(`\r\u001B[2K${line}${note}${done ? '\n' : ''}`);
    this.drawn = !done;
  }
}
