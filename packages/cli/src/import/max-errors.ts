/*
 * `--max-errors N|P%` (SPEC §5): how many rejected rows an import tolerates before it writes nothing.
 * `0` (the default) means any rejected row fails the import with exit 65.
 */

export type MaxErrors = { kind: 'count'; value: number } | { kind: 'percent'; value: number };

/** Parses `25` or `2.5%`; undefined when the text is neither. */
export function parseMaxErrors(text: string): MaxErrors | undefined {
  const t = text.trim();
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(t);
  if (percent) {
    const value = Number(percent[1]);
    return value <= 100 ? { kind: 'percent', value } : undefined;
  }
  return /^\d+$/.test(t) ? { kind: 'count', value: Number(t) } : undefined;
}

/** The most rejected rows allowed out of `rows`: `P%` rounds down (1% of 150 rows allows 1). */
export function allowedRejects(limit: MaxErrors, rows: number): number {
  return limit.kind === 'count' ? limit.value : Math.floor((rows * limit.value) / 100 + 1e-9);
}

/** True when the import must stop before writing (exit 65). */
export function exceedsMaxErrors(limit: MaxErrors, rejected: number, rows: number): boolean {
  return rejected > allowedRejects(limit, rows);
}

export function describeMaxErrors(limit: MaxErrors): string {
  return limit.kind === 'count' ? String(limit.value) : `${limit.value}%`;
}
