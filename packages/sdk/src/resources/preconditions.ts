/**
 * `If-Match` from a revision: the API sends revisions as quoted ETags (`"7"`, SPEC §3), so a number or a
 * bare string is quoted and an ETag as received (`"7"`, `W/"7"`) passes unchanged.
 */
export function formatIfMatch(revision: number | string): string {
  const text = String(revision).trim();
  return /^(W\/)?".*"$/.test(text) || text === '*' ? text : `"${text}"`;
}

/** The headers to send: the caller's, plus `if-match` when a revision is given. */
export function ifMatchHeader(
  revision: number | string | undefined,
  headers: Record<string, string> | undefined,
): Record<string, string> | undefined {
  if (revision === undefined) return headers;
  return { ...headers, 'if-match': formatIfMatch(revision) };
}
