import type { FieldError } from '@sporthub/schemas';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { isTransientDbError, isUniqueViolation } from '../db/errors.js';
import { fieldErrorsOf } from './validate.js';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  410: 'Gone',
  412: 'Revision mismatch',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Validation failed',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
};

/**
 * The one error type of the server. Throw it anywhere in a request; the error handler below turns it
 * into RFC 9457 problem+json. `extra` adds members such as a rejected batch's `results`.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly extra?: Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

export const notFound = (what: string) => new HttpProblem(404, 'not_found', `No ${what} with this id.`);

export function validationFailed(errors: FieldError[], extra?: Record<string, unknown>): HttpProblem {
  const detail = errors.length === 1 ? '1 field is invalid.' : `${errors.length} fields are invalid.`;
  return new HttpProblem(422, 'validation_failed', detail, errors, extra);
}

/** Sends `problem` as application/problem+json. */
export function sendProblem(reply: FastifyReply, problem: HttpProblem): FastifyReply {
  const body = {
    type: `https://sporthub.dev/problems/${problem.code}`,
    title: TITLES[problem.status] ?? 'Error',
    status: problem.status,
    detail: problem.detail,
    code: problem.code,
    requestId: String(reply.request.id),
    ...(problem.errors ? { errors: problem.errors } : {}),
    ...problem.extra,
  };
  return reply
    .code(problem.status)
    .headers(problem.headers ?? {})
    .type('application/problem+json')
    .send(JSON.stringify(body));
}

/** Maps anything thrown (ours, zod's, Fastify's, the driver's) to a problem. */
export function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof ZodError) return validationFailed(fieldErrorsOf(error.issues));
  if (isUniqueViolation(error))
    return new HttpProblem(409, 'conflict', 'A record with this key already exists.');
  const fastify = error as Partial<FastifyError>;
  switch (fastify.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpProblem(413, 'payload_too_large', 'The body is over the limit of this route.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpProblem(415, 'unsupported_media_type', 'Send the body as application/json.');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new HttpProblem(400, 'bad_request', 'Content-Length does not match the body.');
  }
  if (typeof fastify.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    return new HttpProblem(fastify.statusCode, 'bad_request', fastify.message ?? 'Bad request.');
  }
  if (isTransientDbError(error)) {
    return new HttpProblem(
      503,
      'unavailable',
      'The database is unavailable for a moment (a restart, failover or busy lock); retry after Retry-After seconds.',
      undefined,
      undefined,
      { 'retry-after': '1' },
    );
  }
  return new HttpProblem(500, 'internal', 'Something went wrong; the request id identifies it in the logs.');
}

/** The single error handler (`app.setErrorHandler`). */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const problem = toProblem(error);
  if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
  return sendProblem(reply, problem);
}

/** Unknown routes (`app.setNotFoundHandler`). */
export function handleNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(reply, new HttpProblem(404, 'not_found', `No route ${request.method} ${request.url}.`));
}
