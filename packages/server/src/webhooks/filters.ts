/**
 * Whether an endpoint's event filter selects an event type: the exact type, `<resource>.*` for every
 * type of a resource, or `*` for all. `webhook.test` is never selected by a filter (only `:test` sends it).
 */
export function filterMatches(filter: string, type: string): boolean {
  if (filter === '*') return true;
  if (filter.endsWith('.*')) return type.startsWith(filter.slice(0, -1));
  return filter === type;
}

export function endpointWants(filters: readonly string[], type: string): boolean {
  return type !== 'webhook.test' && filters.some((filter) => filterMatches(filter, type));
}
