/**
 * The current time as stored and returned: RFC 3339 in UTC (`…Z`). One fixed format on both
 * dialects keeps text timestamps sortable and comparable as strings.
 */
export function nowIso(): string {
  return new Date().toISOString();
}

/** `iso` moved by `ms` milliseconds, in the same format. */
export function addMs(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}
