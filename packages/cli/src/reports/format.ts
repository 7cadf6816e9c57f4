/*
 * Number formatting for the report, written out instead of Intl so the output is byte-identical on every
 * Node build (small-icu or full-icu) and golden files stay stable: `,` thousands separators and `.`
 * decimals, which both English and Chinese reports use.
 */

/** 3127 → "3,127". */
export function formatInteger(value: number): string {
  const sign = value < 0 ? '−' : '';
  return (
    sign +
    Math.round(Math.abs(value))
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  );
}

/** 5.8123 → "5.81" (fixed decimals, thousands separated). */
export function formatDecimal(value: number, digits: number): string {
  const [whole = '0', fraction] = Math.abs(value).toFixed(digits).split('.');
  const sign = value < 0 && Number(Math.abs(value).toFixed(digits)) !== 0 ? '−' : '';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + (fraction === undefined ? grouped : `${grouped}.${fraction}`);
}

/** 0.61 → "61.0%". */
export function formatShare(value: number): string {
  return `${formatDecimal(value * 100, 1)}%`;
}

/** A signed difference: +0.9, −4.3, 0.0. */
export function formatSigned(value: number, digits: number): string {
  const text = formatDecimal(value, digits);
  if (Number(Math.abs(value).toFixed(digits)) === 0) return text.replace('−', '');
  return value > 0 ? `+${text}` : text;
}

/** Relative change of a count in percent: 2710 → 3127 is "+15.4%"; from 0 it is undefined. */
export function formatRelativeChange(current: number, previous: number): string | undefined {
  if (previous === 0) return undefined;
  return `${formatSigned(((current - previous) / previous) * 100, 1)}%`;
}

/** "2026-10-08T09:00:00+08:00" → "2026-10-08 09:00 (UTC+08:00)": the report's own time, no clock read. */
export function formatTimestamp(rfc3339: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(rfc3339);
  if (!m) return rfc3339;
  const offset = m[3] === 'Z' ? '+00:00' : m[3];
  return `${m[1]} ${m[2]} (UTC${offset})`;
}
