/**
 * `--verbose` HTTP trace, written to stderr through the SDK's hooks. Secrets never reach the terminal:
 * credential headers are masked, and the token itself is replaced wherever else it might appear.
 */
const SECRET_HEADERS = new Set(['authorization', 'cookie', 'set-cookie', 'proxy-authorization', 'x-api-key']);

export type TraceWriter = (line: string) => void;

export function redactHeaders(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const entries =
    headers instanceof Headers
      ? [...headers.entries()]
      : headers && typeof headers === 'object'
        ? Object.entries(headers as Record<string, unknown>)
        : [];
  for (const [name, value] of entries) {
    const lower = name.toLowerCase();
    out[lower] = SECRET_HEADERS.has(lower) ? maskCredential(String(value)) : String(value);
  }
  return out;
}

function maskCredential(value: string): string {
  const scheme = /^(\w+)\s+/.exec(value)?.[1];
  return scheme ? `${scheme} [REDACTED]` : '[REDACTED]';
}

/** Replaces every occurrence of each secret (a token) in `text`. */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 4) out = out.split(secret).join('[REDACTED]');
  return out;
}

interface TraceEvent {
  method?: unknown;
  url?: unknown;
  status?: unknown;
  headers?: unknown;
  durationMs?: unknown;
  elapsedMs?: unknown;
  attempt?: unknown;
  delayMs?: unknown;
  requestId?: unknown;
  error?: unknown;
}

function field(event: unknown): TraceEvent {
  return event && typeof event === 'object' ? (event as TraceEvent) : {};
}

/** SDK hooks that print one line per request, response and retry. */
export function traceHooks(write: TraceWriter, secrets: readonly (string | undefined)[]) {
  const emit = (line: string) => write(redactSecrets(line, secrets));
  return {
    onRequest(event: unknown): void {
      const e = field(event);
      const headers = Object.entries(redactHeaders(e.headers))
        .map(([k, v]) => `${k}: ${v}`)
        .join('; ');
      emit(`> ${String(e.method ?? '')} ${String(e.url ?? '')}${headers ? ` [${headers}]` : ''}`);
    },
    onResponse(event: unknown): void {
      const e = field(event);
      const ms = e.durationMs ?? e.elapsedMs;
      const id = e.requestId ?? redactHeaders(e.headers)['x-request-id'];
      emit(
        `< ${String(e.status ?? '')} ${String(e.method ?? '')} ${String(e.url ?? '')}` +
          `${typeof ms === 'number' ? ` ${Math.round(ms)} ms` : ''}${id ? ` request ${String(id)}` : ''}`,
      );
    },
    onRetry(event: unknown): void {
      const e = field(event);
      const reason =
        e.error instanceof Error ? e.error.message : e.status !== undefined ? `HTTP ${String(e.status)}` : '';
      emit(
        `~ retry ${String(e.attempt ?? '')} ${String(e.method ?? '')} ${String(e.url ?? '')}` +
          `${e.delayMs === undefined ? '' : ` in ${String(e.delayMs)} ms`}${reason ? `: ${reason}` : ''}`,
      );
    },
  };
}
