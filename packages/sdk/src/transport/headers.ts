/** Header helpers: normalization of undici's response headers and redaction of secrets for hooks. */

const REDACTED = '[REDACTED]';

/** Lower-cases names and joins repeated values, so callers read `headers.etag` without type juggling. */
export function normalizeHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/**
 * Copies `headers` with credentials hidden: `authorization` keeps its scheme (`Bearer [REDACTED]`),
 * `cookie`/`set-cookie`/`proxy-authorization` are replaced, and any other value containing the token
 * (a caller may pass it in a custom header) is replaced too.
 */
export function redactHeaders(headers: Record<string, string>, secret: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower === 'authorization' || lower === 'proxy-authorization') {
      const scheme = /^(\S+)\s/.exec(value)?.[1];
      out[name] = scheme ? `${scheme} ${REDACTED}` : REDACTED;
    } else if (lower === 'cookie' || lower === 'set-cookie') {
      out[name] = REDACTED;
    } else {
      out[name] = redactText(value, secret);
    }
  }
  return out;
}

/** Replaces every occurrence of `secret` in `text` (a server might echo the token in an error detail). */
export function redactText(text: string, secret: string): string {
  return secret !== '' && text.includes(secret) ? text.split(secret).join(REDACTED) : text;
}
