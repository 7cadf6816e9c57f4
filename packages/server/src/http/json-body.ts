import type { FastifyInstance } from 'fastify';
import { HttpProblem } from './problem.js';

/**
 * JSON bodies: an empty body is "no body" (clients send `Content-Type: application/json` on
 * DELETE too), and malformed JSON is a 422 naming the problem rather than Fastify's bare 400.
 * Unknown keys such as `__proto__` are harmless here: every body goes through a strict zod schema.
 */
export function registerJsonBody(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    /^application\/([\w.+-]+\+)?json(;.*)?$/,
    { parseAs: 'string' },
    (_request, body, done) => {
      const text = String(body);
      if (text.trim() === '') return done(null, undefined);
      try {
        done(null, JSON.parse(text));
      } catch (error) {
        const message = error instanceof Error ? error.message : 'invalid JSON';
        done(
          new HttpProblem(422, 'validation_failed', 'The body is not valid JSON.', [
            { path: '', code: 'invalid_json', message },
          ]),
          undefined,
        );
      }
    },
  );
}
