/*
 * Content-line unfolding on bytes (RFC 5545 §3.1). Lines are folded by octets: a fold (CRLF or LF, then
 * one space or tab) may fall inside a multi-byte UTF-8 character, and decoding the folded file would
 * then meet an invalid sequence (and guess GB18030, garbling every Chinese title). Removing the folds
 * from the bytes first puts each character back together before any decoding.
 *
 * Only for encodings where CR, LF, space and tab are single bytes that never occur inside a character:
 * UTF-8, GB18030/GBK, Big5 and the other ASCII supersets; not UTF-16.
 */

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

/** Bytes without folds, and where each of their lines starts in the original file. */
export interface UnfoldedBytes {
  bytes: Buffer;
  /** How many folds were removed. */
  folds: number;
  /** The 1-based physical line of the original file where (1-based) unfolded line `line` starts. */
  physicalLine(line: number): number;
}

/** Removes every fold (CRLF or LF followed by one space or tab) from the bytes of a calendar. */
export function unfoldBytes(input: Buffer): UnfoldedBytes {
  const parts: Buffer[] = [];
  // starts[i]: the physical line of unfolded line i + 1; only lines after a fold differ from i + 1.
  const starts: number[] = [1];
  let physical = 1;
  let from = 0;
  let folds = 0;
  for (let lf = input.indexOf(LF); lf !== -1; lf = input.indexOf(LF, lf + 1)) {
    physical++;
    const next = input[lf + 1];
    if (next === SPACE || next === TAB) {
      const cut = lf > 0 && input[lf - 1] === CR ? lf - 1 : lf;
      parts.push(input.subarray(from, cut));
      from = lf + 2;
      folds++;
    } else {
      starts.push(physical);
    }
  }
  if (folds === 0) return { bytes: input, folds, physicalLine: (line) => line };
  parts.push(input.subarray(from));
  return {
    bytes: Buffer.concat(parts),
    folds,
    physicalLine: (line) => starts[line - 1] ?? line + folds,
  };
}
