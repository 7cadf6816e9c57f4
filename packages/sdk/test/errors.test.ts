import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConflictError,
  ConnectionError,
  errorFromResponse,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  PreconditionFailedError,
  type Problem,
  RateLimitError,
  SportHubApiError,
  SportHubError,
  TimeoutError,
  ValidationError,
} from '../src/index.js';

const problem = (status: number, code: string, extra: Partial<Problem> = {}): Problem => ({
  type: `https://sporthub.dev/problems/${code}`,
  title: code,
  status,
  code,
  requestId: 'req-9',
  ...extra,
});

describe('errorFromResponse', () => {
  const cases: Array<[number, string, new (...args: never[]) => SportHubApiError]> = [
    [400, 'validation_failed', ValidationError],
    [422, 'validation_failed', ValidationError],
    [422, 'idempotency_key_reused', ValidationError],
    [401, 'unauthorized', AuthenticationError],
    [403, 'forbidden', PermissionDeniedError],
    [404, 'not_found', NotFoundError],
    [409, 'conflict', ConflictError],
    [412, 'revision_mismatch', PreconditionFailedError],
    [429, 'rate_limited', RateLimitError],
    [500, 'internal', InternalServerError],
    [503, 'unavailable', InternalServerError],
    [410, 'cursor_expired', SportHubApiError],
    [413, 'payload_too_large', SportHubApiError],
  ];
  it.each(cases)('%i %s → %o', (status, code, ErrorClass) => {
    const error = errorFromResponse({ status, problem: problem(status, code), requestId: 'sent-1' });
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(SportHubApiError);
    expect(error).toBeInstanceOf(SportHubError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(ErrorClass.name);
    expect(error).toMatchObject({ status, code, requestId: 'req-9' });
  });

  it('carries field errors, the problem, headers and the idempotency key', () => {
    const errors = [{ path: '/code', code: 'too_small', message: 'must not be empty' }];
    const body = problem(422, 'validation_failed', { detail: '1 field is invalid.', errors });
    const error = errorFromResponse({
      status: 422,
      problem: body,
      headers: { 'x-request-id': 'req-9' },
      requestId: 'sent-1',
      idempotencyKey: 'idem-1',
    });
    expect(error.errors).toEqual(errors);
    expect(error.problem).toBe(body);
    expect(error.headers).toEqual({ 'x-request-id': 'req-9' });
    expect(error.idempotencyKey).toBe('idem-1');
    expect(error.message).toBe('422 validation_failed: 1 field is invalid. (request req-9)');
  });

  it('keeps the message on one line', () => {
    const body = problem(409, 'conflict', { detail: 'An outlet with code\nSH-PD-0001\r\n  already exists.' });
    const error = errorFromResponse({ status: 409, problem: body, requestId: 'x' });
    expect(error.message).toBe(
      '409 conflict: An outlet with code SH-PD-0001 already exists. (request req-9)',
    );
  });

  it('falls back to http_<status>, the reason phrase and the sent request id without a problem body', () => {
    const error = errorFromResponse({ status: 502, requestId: 'sent-1', statusText: 'Bad Gateway' });
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ code: 'http_502', errors: [], problem: undefined });
    expect(error.message).toBe('502 http_502: Bad Gateway (request sent-1)');
  });

  it('prefers the response X-Request-Id over the one sent', () => {
    const error = errorFromResponse({
      status: 404,
      headers: { 'x-request-id': 'srv-1' },
      requestId: 'sent-1',
    });
    expect(error.requestId).toBe('srv-1');
  });

  it('gives RateLimitError the Retry-After delay', () => {
    const error = errorFromResponse({
      status: 429,
      problem: problem(429, 'rate_limited'),
      requestId: 'r',
      retryAfterMs: 12_000,
    });
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(12_000);
  });
});

describe('hierarchy', () => {
  it('keeps siblings apart', () => {
    const notFound = new NotFoundError({ status: 404, requestId: 'r' });
    expect(notFound).not.toBeInstanceOf(ConflictError);
    expect(notFound).not.toBeInstanceOf(ConnectionError);
    expect({}).not.toBeInstanceOf(SportHubError);
    expect(SportHubError[Symbol.hasInstance](null)).toBe(false);
  });

  it('makes TimeoutError a ConnectionError with a phase', () => {
    const error = new TimeoutError('connect', 10_000, { requestId: 'r-1' });
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ phase: 'connect', timeoutMs: 10_000, name: 'TimeoutError' });
    expect(error.message).toBe('request timed out after 10000 ms (phase connect) (request r-1)');
  });

  it('leaves a caller subclass with ordinary instanceof semantics', () => {
    class MyNotFound extends NotFoundError {}
    const mine = new MyNotFound({ status: 404, requestId: 'r' });
    expect(mine).toBeInstanceOf(MyNotFound);
    expect(mine).toBeInstanceOf(NotFoundError);
    expect(mine.name).toBe('MyNotFound');
    expect(new NotFoundError({ status: 404, requestId: 'r' })).not.toBeInstanceOf(MyNotFound);
  });
});
