import {
  AuthenticationError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  PreconditionFailedError,
  RateLimitError,
  SportHubApiError,
  type SportHubApiErrorInit,
  TimeoutError,
  ValidationError,
} from '@sporthub/sdk';
import { describe, expect, it } from 'vitest';
import { CliError, configError, usageError } from '../../src/errors/cli-error.js';
import { describeFailure, describeParseFailure } from '../../src/errors/describe-failure.js';
import { EXIT_CODE_MEANINGS, ExitCode, formatExitCodeTable } from '../../src/errors/exit-codes.js';

const api = (
  status: number,
  code: string,
  extra: Partial<SportHubApiErrorInit> = {},
): SportHubApiErrorInit => ({
  status,
  requestId: 'req-1',
  problem: {
    type: `https://sporthub.dev/problems/${code}`,
    title: code,
    status,
    code,
    detail: `detail ${code}`,
    requestId: 'req-1',
  },
  ...extra,
});

describe('describeFailure: a 404 that no record explains is a wrong API URL (exit 3)', () => {
  it('sporthub\'s own "No route" (e.g. --api-url ending in /v1)', () => {
    const err = new NotFoundError({
      ...api(404, 'not_found'),
      problem: { ...api(404, 'not_found').problem!, detail: 'No route GET /v1/v1/outlets?limit=500.' },
    });
    expect(describeFailure(err)).toMatchObject({
      exitCode: 3,
      code: 'api_url_wrong',
      hint: expect.stringContaining('--api-url'),
    });
  });

  it('a 404 without a problem document (another web server)', () => {
    const err = new NotFoundError({ status: 404, requestId: 'req-1' });
    expect(describeFailure(err)).toMatchObject({ exitCode: 3, code: 'api_url_wrong' });
  });

  it('a record that does not exist stays exit 5', () => {
    expect(describeFailure(new NotFoundError(api(404, 'not_found')))).toMatchObject({
      exitCode: 5,
      code: 'not_found',
    });
  });
});

describe('describeFailure: SDK errors → SPEC §5 exit codes', () => {
  it.each<[string, { given: unknown; want: { exitCode: number; code: string } }]>([
    [
      '401 AuthenticationError',
      {
        given: new AuthenticationError(api(401, 'unauthorized')),
        want: { exitCode: 4, code: 'unauthorized' },
      },
    ],
    [
      '403 PermissionDeniedError',
      { given: new PermissionDeniedError(api(403, 'forbidden')), want: { exitCode: 4, code: 'forbidden' } },
    ],
    [
      '404 NotFoundError',
      { given: new NotFoundError(api(404, 'not_found')), want: { exitCode: 5, code: 'not_found' } },
    ],
    [
      '409 ConflictError',
      { given: new ConflictError(api(409, 'conflict')), want: { exitCode: 6, code: 'conflict' } },
    ],
    [
      '409 idempotency_key_in_use',
      {
        given: new ConflictError(api(409, 'idempotency_key_in_use')),
        want: { exitCode: 6, code: 'idempotency_key_in_use' },
      },
    ],
    [
      '412 PreconditionFailedError',
      {
        given: new PreconditionFailedError(api(412, 'revision_mismatch')),
        want: { exitCode: 6, code: 'revision_mismatch' },
      },
    ],
    [
      '422 ValidationError',
      {
        given: new ValidationError(api(422, 'validation_failed')),
        want: { exitCode: 65, code: 'validation_failed' },
      },
    ],
    [
      '400 ValidationError',
      { given: new ValidationError(api(400, 'bad_request')), want: { exitCode: 65, code: 'bad_request' } },
    ],
    [
      '429 RateLimitError',
      {
        given: new RateLimitError(api(429, 'rate_limited', { retryAfterMs: 2000 })),
        want: { exitCode: 75, code: 'rate_limited' },
      },
    ],
    [
      '503 InternalServerError',
      {
        given: new InternalServerError(api(503, 'unavailable')),
        want: { exitCode: 75, code: 'unavailable' },
      },
    ],
    [
      '500 InternalServerError',
      { given: new InternalServerError(api(500, 'internal')), want: { exitCode: 1, code: 'internal' } },
    ],
    [
      '418 SportHubApiError',
      {
        given: new SportHubApiError({ status: 418, requestId: 'r' }),
        want: { exitCode: 1, code: 'http_418' },
      },
    ],
    [
      'ConnectionError',
      {
        given: new ConnectionError('connect ECONNREFUSED', { requestId: 'r' }),
        want: { exitCode: 75, code: 'connection_failed' },
      },
    ],
    [
      'TimeoutError',
      {
        given: new TimeoutError('headers', 30_000, { requestId: 'r' }),
        want: { exitCode: 75, code: 'timeout' },
      },
    ],
    ['CliError usage', { given: usageError('bad'), want: { exitCode: 2, code: 'usage' } }],
    ['CliError config', { given: configError('no url'), want: { exitCode: 3, code: 'config_missing' } }],
    [
      'AbortError',
      {
        given: Object.assign(new Error('aborted'), { name: 'AbortError' }),
        want: { exitCode: 130, code: 'interrupted' },
      },
    ],
    ['any other Error', { given: new TypeError('boom'), want: { exitCode: 1, code: 'internal_error' } }],
    ['a thrown string', { given: 'boom', want: { exitCode: 1, code: 'internal_error' } }],
  ])('%s', (_name, { given, want }) => {
    expect(describeFailure(given)).toMatchObject(want);
  });

  it('keeps the request id and says when to retry', () => {
    const failure = describeFailure(new RateLimitError(api(429, 'rate_limited', { retryAfterMs: 1500 })));
    expect(failure.requestId).toBe('req-1');
    expect(failure.hint).toContain('2 s');
  });

  it('names the bad fields of a validation error', () => {
    const err = new ValidationError(
      api(422, 'validation_failed', {
        problem: {
          type: 't',
          title: 'Invalid',
          status: 422,
          code: 'validation_failed',
          detail: 'Invalid outlet.',
          requestId: 'req-1',
          errors: [{ path: '/code', code: 'too_small', message: 'must not be empty' }],
        },
      }),
    );
    expect(describeFailure(err).message).toContain('/code: must not be empty');
  });

  it('every exit code used is in the documented table', () => {
    const documented = new Set(EXIT_CODE_MEANINGS.map(([code]) => code));
    for (const code of Object.values(ExitCode)) expect(documented.has(code)).toBe(true);
    expect(formatExitCodeTable()).toContain('130  interrupted');
  });
});

describe('describeParseFailure', () => {
  it('is a usage error (2) with the first line of oclif’s message and a --help hint', () => {
    const failure = describeParseFailure(
      new Error('Nonexistent flag: --nope\nSee more help with --help'),
      'outlets list',
      'sporthub',
    );
    expect(failure).toMatchObject({ exitCode: 2, code: 'usage', message: 'Nonexistent flag: --nope' });
    expect(failure.hint).toBe('Run `sporthub outlets list --help` for usage.');
  });

  it('names every missing flag instead of oclif’s heading', () => {
    const failure = describeParseFailure(
      new Error(
        'The following errors occurred:\n  Missing required flag period\n  Missing required flag format\nSee more help with --help',
      ),
      'reports health-index',
      'sporthub',
    );
    expect(failure.message).toBe('Missing required flag period; Missing required flag format');
  });
});

describe('CliError.is', () => {
  it('recognises a CliError by brand', () => {
    expect(CliError.is(new CliError('x', { code: 'c', exitCode: ExitCode.partial }))).toBe(true);
    expect(CliError.is(new Error('x'))).toBe(false);
  });
});

describe('README', () => {
  it('lists the same exit codes as `sporthub help`', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const rows = new Set(readme.split('\n').map((line) => line.replace(/\s*\|\s*/g, '|').trim()));
    for (const [code, meaning] of EXIT_CODE_MEANINGS) expect(rows).toContain(`|${code}|${meaning}|`);
  });
});
