import type { Failure } from '../errors/describe-failure.js';

/** The one document `--json` prints on stdout, on success and on failure (SPEC §5). */
export interface JsonEnvelope {
  ok: boolean;
  command: string;
  result: unknown;
  warnings: string[];
  error?: { code: string; message: string; hint: string | null; requestId: string | null };
  meta: { durationMs: number; cliVersion: string };
}

export interface EnvelopeContext {
  command: string;
  warnings: string[];
  startedAt: number;
  cliVersion: string;
}

export function successEnvelope(ctx: EnvelopeContext, result: unknown): JsonEnvelope {
  return { ok: true, command: ctx.command, result: result ?? null, warnings: ctx.warnings, meta: meta(ctx) };
}

export function failureEnvelope(ctx: EnvelopeContext, failure: Failure): JsonEnvelope {
  return {
    ok: false,
    command: ctx.command,
    result: failure.result ?? null,
    warnings: ctx.warnings,
    error: {
      code: failure.code,
      message: failure.message,
      hint: failure.hint ?? null,
      requestId: failure.requestId ?? null,
    },
    meta: meta(ctx),
  };
}

function meta(ctx: EnvelopeContext): JsonEnvelope['meta'] {
  return { durationMs: Math.round(performance.now() - ctx.startedAt), cliVersion: ctx.cliVersion };
}

/** Written synchronously: the process may exit right after (handler, SIGINT), and a pipe must get it all. */
export function writeEnvelope(envelope: JsonEnvelope): void {
  process.stdout.write(`${JSON.stringify(envelope, null, 2)}\n`);
}
