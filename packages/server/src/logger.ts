import { type Logger, pino } from 'pino';

/**
 * JSON lines to stdout. Tokens and personal data never reach a log line (SPEC §1.1, PIPL): the
 * redaction list covers headers and the personal fields of request bodies, should anyone log one.
 */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { service: 'sporthub-server' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["idempotency-key"]',
        'headers.authorization',
        'authorization',
        'token',
        '*.token',
        'phone',
        '*.phone',
        '*.*.phone',
        'guardian.phone',
        '*.guardian.phone',
        'secret',
        '*.secret',
      ],
      censor: '[redacted]',
    },
  });
}
