import { describe, expect, it } from 'vitest';
import { redactHeaders, redactSecrets, traceHooks } from '../../src/sdk/trace.js';

const TOKEN = 'shk_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

describe('--verbose trace', () => {
  it.each([
    [
      'authorization keeps the scheme',
      { Authorization: `Bearer ${TOKEN}` },
      { authorization: 'Bearer [REDACTED]' },
    ],
    ['cookie', { cookie: 'a=b' }, { cookie: '[REDACTED]' }],
    ['other headers pass', { accept: 'application/json' }, { accept: 'application/json' }],
  ])('redactHeaders: %s', (_name, given, want) => {
    expect(redactHeaders(given)).toEqual(want);
  });

  it('never prints the token, wherever it appears', () => {
    const lines: string[] = [];
    const hooks = traceHooks((l) => lines.push(l), [TOKEN]);
    hooks.onRequest({
      method: 'GET',
      url: `http://x/v1/outlets?t=${TOKEN}`,
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    hooks.onResponse({
      method: 'GET',
      url: 'http://x/v1/outlets',
      status: 200,
      durationMs: 12.6,
      requestId: 'req-1',
    });
    hooks.onRetry({
      method: 'GET',
      url: 'http://x',
      attempt: 1,
      delayMs: 500,
      error: new Error(`bad ${TOKEN}`),
    });
    expect(lines.join('\n')).not.toContain(TOKEN);
    expect(lines[1]).toBe('< 200 GET http://x/v1/outlets 13 ms request req-1');
    expect(redactSecrets(`x${TOKEN}y`, [TOKEN])).toBe('x[REDACTED]y');
  });
});
