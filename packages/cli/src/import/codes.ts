/**
 * The key of `map` that `code` names: the code as written, else the one key that differs from it only in
 * case (`exp` names zone `EXP`, `sh-pd-0001` outlet `SH-PD-0001`). Spreadsheets are typed by hand and
 * calendar LOCATIONs are free text, so a code in the wrong case is accepted when it can mean one thing
 * only; two keys that differ only in case (`Gym`, `GYM`) leave `gym` naming neither.
 *
 * @example
 * canonicalCode(new Map([['EXP', 1]]), 'exp'); // 'EXP'
 */
export function canonicalCode(map: ReadonlyMap<string, unknown>, code: string): string | undefined {
  if (map.has(code)) return code;
  const wanted = code.toLowerCase();
  let found: string | undefined;
  for (const key of map.keys()) {
    if (key.toLowerCase() !== wanted) continue;
    if (found !== undefined) return undefined;
    found = key;
  }
  return found;
}

/** The value `code` names in `map`, by `canonicalCode`. */
export function byCode<V>(map: ReadonlyMap<string, V>, code: string): V | undefined {
  const key = canonicalCode(map, code);
  return key === undefined ? undefined : map.get(key);
}
