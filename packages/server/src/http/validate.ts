import type { FieldError } from '@sporthub/schemas';
import type { z } from 'zod';
import { validationFailed } from './problem.js';

/** RFC 6901 JSON Pointer of a zod path, e.g. `['zones', 0, 'code']` → `/zones/0/code`. */
export function jsonPointer(path: readonly PropertyKey[]): string {
  return path.map((part) => `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** Zod issues as field errors whose paths are JSON Pointers below `prefix`. */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): FieldError[] {
  return issues.flatMap((issue): FieldError[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: jsonPointer([...path, key]),
        code: 'unknown_field',
        message: `unknown field "${key}"`,
      }));
    }
    return [{ path: jsonPointer(path), code: codeOf(issue), message: issue.message }];
  });
}

function codeOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return 'required';
  if (issue.code === 'invalid_value') return 'invalid_enum';
  // Schemas name the code of a cross-field rule in `params.code` (e.g. `ends_before_start`).
  if (issue.code === 'custom' && typeof issue.params?.code === 'string') return issue.params.code;
  return issue.code;
}

/** Parses a request body with a zod schema, or throws 422 `validation_failed`. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (!result.success) throw validationFailed(fieldErrorsOf(result.error.issues));
  return result.data;
}

/**
 * Parses query parameters with a zod schema, or throws 422. Errors name the parameter
 * (`limit`), as the contract's FieldError says for query parameters.
 */
export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.output<S> {
  const result = schema.safeParse(query);
  if (!result.success) {
    throw validationFailed(
      result.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.') || 'query',
        code: codeOf(issue),
        message: issue.message,
      })),
    );
  }
  return result.data;
}
